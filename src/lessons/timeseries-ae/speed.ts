import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/**
 * Duration estimates for this lesson. Its model is tiny (≈13k parameters), so an
 * epoch costs about (number of batches) × (a fixed per-batch overhead) rather than
 * FLOPs; lesson 1's FLOP-based memory would be skewed by it, so this lesson keeps
 * its own per-backend seconds-per-batch.
 */
export const SPEED_KEY = 'anomaly-lab:timeseries-batch-seconds';

/** A 2-core laptop with WebAssembly, before anything was measured here. */
export const FALLBACK_SECONDS_PER_BATCH = 0.005;

/** Remembered seconds per batch of this lesson, by backend. */
export const batchSpeed = createBatchSpeedMemory(SPEED_KEY, FALLBACK_SECONDS_PER_BATCH);
