import { createBatchSpeedMemory, createSpeedMemory } from '../../notebook/speed-memory';
import type { TimeseriesParams } from './params';
import type { DataState } from './state';

/**
 * Seconds per batch by backend. The model is tiny (≈13k parameters), so an
 * epoch costs about (number of batches) × (a fixed per-batch overhead) rather
 * than FLOPs; lesson 1's FLOP-based memory would be skewed by it. Before
 * anything was measured here: 5 ms per batch (a 2-core laptop, WebAssembly).
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:timeseries-batch-seconds', 0.005);

/**
 * Seconds a run spends around its epochs (standardising the series, building the model, scoring
 * every series, the weights read back, the first epoch's one-time work, the worker's warm-up on a
 * first run), by the values of the series it handles (`runValues`). Before anything was measured
 * here: 3 s and 0.5 µs a value, 3.5 s for the defaults' 10,200 series of 100 steps. Measured
 * (Chromium, wasm, machine loaded), a page's first run spent 2.2–4.4 s around its epochs (five
 * runs, 3.3 s on average) and a later one 0.4–0.6 s; in Node, 0.2–1.1 s.
 */
export const aroundSpeed = createSpeedMemory('anomaly-lab:timeseries-around-seconds', 5e-7, 3);

/** Values a run handles: every series of a loaded CSV in use, else every series the settings generate, times their steps. */
export function runValues(p: Pick<TimeseriesParams, 'spec'>, data: Pick<DataState, 'set' | 'source'>): number {
  if (data.source === 'csv' && data.set) return data.set.x.length;
  const series = Object.values(p.spec).reduce((n: number, g) => n + (typeof g === 'object' ? g.count : 0), 0);
  return series * p.spec.length;
}
