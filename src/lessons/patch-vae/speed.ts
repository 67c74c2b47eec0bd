import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/**
 * Duration estimates. The patch VAE is tiny (~6k parameters), so an epoch costs
 * about (batches) × (a per-batch overhead of ~900 kernels), not FLOPs: the
 * lesson remembers seconds per batch per backend.
 */
export const SPEED_KEY = 'anomaly-lab:patch-vae-batch-seconds';

/** WebAssembly on a 2-core machine, before anything was measured here: a batch of 128 takes ~20–25 ms. */
export const FALLBACK_SECONDS_PER_BATCH = 0.025;

/** Remembered seconds per batch of this lesson, by backend. */
export const batchSpeed = createBatchSpeedMemory(SPEED_KEY, FALLBACK_SECONDS_PER_BATCH);
