import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/**
 * Seconds per batch by backend. The patch VAE is tiny (~6k parameters), so an
 * epoch costs about (batches) × (a per-batch overhead of ~900 kernels), not
 * FLOPs. Before anything was measured here: WebAssembly on a 2-core machine
 * takes ~20–25 ms for a batch of 128.
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:patch-vae-batch-seconds', 0.025);
