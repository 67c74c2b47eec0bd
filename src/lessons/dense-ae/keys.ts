import type { DenseAeParams } from './params';

/** What the loaded data depends on: changing any of these makes the Data cell stale. */
export function dataKey(p: DenseAeParams): string {
  return JSON.stringify([p.dataset, [...p.normal].sort(), [...p.anomaly].sort(), p.seed, p.maxTrain]);
}

/** What a trained model depends on: changing any of these makes Train and every result cell stale. */
export function trainKey(p: DenseAeParams): string {
  return JSON.stringify([dataKey(p), p.hidden, p.latent, p.loss, p.lr, p.batch, p.epochs, p.patience]);
}
