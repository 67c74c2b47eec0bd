import type { NumberSpec } from '../../notebook/param-spec';
import type { TrainingPool } from '../../core/timeseries/pool-rows';
import { SEED002_SERIES, type SeriesSpec } from '../../core/timeseries/series-spec';

/** Numeric model/training settings and their ranges. */
export const NUMBER_SPECS = {
  hidden: { kind: 'int', min: 1, max: 1024 },
  latent: { kind: 'int', min: 1, max: 1000 },
  valFraction: { kind: 'float', min: 0, max: 0.5, note: '(0 = none)' },
  lr: { kind: 'float', min: 0.00001, max: 1 },
  batch: { kind: 'int', min: 1, max: 8192 },
  epochs: { kind: 'int', min: 1, max: 1000 },
  seed: { kind: 'int', min: 0, max: 2147483647 },
  dataSeed: { kind: 'int', min: 0, max: 2147483647 },
} satisfies Record<string, NumberSpec>;

export type NumberParam = keyof typeof NUMBER_SPECS;

/** A generator field: "length" or "<group>.<field>", e.g. "cos.amplitude". */
export type SpecField = 'length' | `${Exclude<keyof SeriesSpec, 'length'>}.${string}`;

/** Range of a generator field (the spec's own validation adds cross-checks: totals, non-zero effects). */
export function specFieldSpec(field: SpecField): NumberSpec {
  if (field === 'length') return { kind: 'int', min: 8, max: 1000 };
  const [group, name] = field.split('.');
  switch (name) {
    case 'count':
      return { kind: 'int', min: group === 'normal' ? 1 : 0, max: 200_000 };
    case 'amplitude':
      return { kind: 'float', min: 0, max: 10 };
    case 'noise':
      return { kind: 'float', min: 0, max: 5 };
    case 'height':
      return { kind: 'float', min: -50, max: 50 };
    case 'shift':
      return { kind: 'float', min: -10, max: 10 };
    case 'factor':
      return { kind: 'float', min: 0, max: 20 };
    default:
      return { kind: 'float', min: 0, max: 1 };
  }
}

/** Reads a generator field's value. */
export function readSpecField(spec: SeriesSpec, field: SpecField): number {
  if (field === 'length') return spec.length;
  const [group, name] = field.split('.') as [Exclude<keyof SeriesSpec, 'length'>, string];
  return (spec[group] as unknown as Record<string, number>)[name];
}

/** A copy of `spec` with one field changed. */
export function writeSpecField(spec: SeriesSpec, field: SpecField, value: number): SeriesSpec {
  if (field === 'length') return { ...spec, length: value };
  const [group, name] = field.split('.') as [Exclude<keyof SeriesSpec, 'length'>, string];
  return { ...spec, [group]: { ...spec[group], [name]: value } };
}

/** Every setting of the time-series lesson. */
export interface TimeseriesParams extends Record<NumberParam, number> {
  spec: SeriesSpec;
  output: 'sigmoid' | 'linear';
  pool: TrainingPool;
}

/**
 * Seed 002's data, model (L → 50 → 25 → 50 → L, sigmoid, MSE), batch 32,
 * Adam 1e-3, validation_split 0.25, trained on everything; 20 epochs instead of
 * 100 so a first run takes well under a minute (the "Seed 002 full" preset runs 100).
 */
export const DEFAULT_PARAMS: TimeseriesParams = {
  spec: SEED002_SERIES,
  dataSeed: 0,
  hidden: 50,
  latent: 25,
  output: 'sigmoid',
  pool: 'all',
  valFraction: 0.25,
  lr: 0.001,
  batch: 32,
  epochs: 20,
  seed: 0,
};

/** One-click model settings. */
export const PRESETS: { id: string; label: { en: string; ja: string }; params: Partial<TimeseriesParams> }[] = [
  {
    id: 'quick',
    label: { en: 'Quick (default): 20 epochs', ja: 'お試し（既定）：20 エポック' },
    params: { hidden: 50, latent: 25, output: 'sigmoid', pool: 'all', valFraction: 0.25, batch: 32, epochs: 20, lr: 0.001 },
  },
  {
    id: 'seed002-full',
    label: { en: 'Seed 002 as written: 100 epochs', ja: '記事002 そのまま：100 エポック' },
    params: { hidden: 50, latent: 25, output: 'sigmoid', pool: 'all', valFraction: 0.25, batch: 32, epochs: 100, lr: 0.001 },
  },
  {
    id: 'linear',
    label: { en: 'Linear output (compare)', ja: '線形出力（比較）' },
    params: { output: 'linear' },
  },
  {
    id: 'clean',
    label: { en: 'Clean subset (compare)', ja: '正常だけで学習（比較）' },
    params: { pool: 'clean' },
  },
];
