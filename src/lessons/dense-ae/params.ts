import type { ReconstructionLoss } from '../../core/model/losses';
import type { DatasetName } from '../../core/data/dataset-files';
import type { NumberSpec } from '../../notebook/param-spec';

/** Numeric settings of lesson 1 and their allowed ranges. */
export const NUMBER_SPECS = {
  latent: { kind: 'int', min: 1, max: 784 },
  hidden: { kind: 'int', min: 1, max: 2048 },
  lr: { kind: 'float', min: 0.00001, max: 1 },
  batch: { kind: 'int', min: 1, max: 8192 },
  epochs: { kind: 'int', min: 1, max: 1000 },
  patience: { kind: 'int', min: 0, max: 1000, note: '(0 = off)' },
  seed: { kind: 'int', min: 0, max: 2147483647 },
  maxTrain: { kind: 'int', min: 0, max: 60000, note: '(0 = all)' },
} satisfies Record<string, NumberSpec>;

export type NumberParam = keyof typeof NUMBER_SPECS;

/** Every setting of lesson 1. */
export interface DenseAeParams extends Record<NumberParam, number> {
  dataset: DatasetName;
  normal: number[];
  anomaly: number[];
  loss: ReconstructionLoss;
}

/**
 * Practical defaults: seed 000's model and data, trained for at most 20 epochs
 * at batch 256 — about a minute on a 2-core laptop with WebAssembly.
 */
export const DEFAULT_PARAMS: DenseAeParams = {
  dataset: 'mnist',
  normal: [1],
  anomaly: [9],
  loss: 'mse',
  latent: 64,
  hidden: 392,
  lr: 0.001,
  batch: 256,
  epochs: 20,
  patience: 10,
  seed: 0,
  maxTrain: 0,
};

/** One-click settings from the seeds. */
export const PRESETS: { id: string; label: { en: string; ja: string }; params: Partial<DenseAeParams> }[] = [
  {
    id: 'quick',
    label: { en: 'Quick (default)', ja: 'お試し（既定）' },
    params: { hidden: 392, latent: 64, loss: 'mse', batch: 256, epochs: 20, patience: 10, lr: 0.001 },
  },
  {
    id: 'seed000-full',
    label: { en: 'Seed 000, full: batch 32, up to 300 epochs', ja: '記事000 そのまま：バッチ32・最大300エポック' },
    params: { hidden: 392, latent: 64, loss: 'mse', batch: 32, epochs: 300, patience: 10, lr: 0.001 },
  },
  {
    id: 'seed002-deep',
    label: { en: 'Seed 002 deep AE: 300-100, BCE', ja: '記事002 の深層AE：300-100・BCE' },
    params: { hidden: 300, latent: 100, loss: 'bce', batch: 256, epochs: 50, patience: 10, lr: 0.001 },
  },
];
