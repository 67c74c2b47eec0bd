import type { TimeseriesParams } from './params';

/** What generated data depends on: changing any of these makes the Data cell stale. */
export function dataKey(p: TimeseriesParams): string {
  return JSON.stringify(['generated', p.spec, p.dataSeed]);
}

/** What a trained model depends on, given the key of the data it was trained on. */
export function trainKey(p: TimeseriesParams, dataKeyOfLoaded: string | null): string {
  return JSON.stringify([dataKeyOfLoaded, p.hidden, p.latent, p.output, p.pool, p.valFraction, p.lr, p.batch, p.epochs, p.seed]);
}
