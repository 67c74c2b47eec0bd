import type { NumberRule } from '../../notebook/settings/parse-setting';
import type { SeriesSpec } from '../../core/timeseries/series-spec';

/** A generator field: "length" or "<group>.<field>", e.g. "cos.amplitude". */
export type SpecField = 'length' | `${Exclude<keyof SeriesSpec, 'length'>}.${string}`;

/** Range of a generator field (the spec's own validation adds cross-checks: totals, non-zero effects). */
export function specFieldSpec(field: SpecField): NumberRule {
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
