import type { PatchVaeParams } from './params';

/** What the loaded data depends on: changing any of these makes the Data cell stale. */
export function dataKey(p: PatchVaeParams): string {
  return JSON.stringify([p.dataset, [...p.normal].sort(), [...p.anomaly].sort()]);
}

/** What a trained model and its scores depend on: changing any makes Train and every result cell stale. */
export function trainKey(p: PatchVaeParams): string {
  return JSON.stringify([dataKey(p), p.patchSize, p.patches, p.stride, p.latent, p.epochs, p.batch, p.lr, p.beta, p.variance, p.variance === 'floor' ? p.floor : null, p.seed]);
}
