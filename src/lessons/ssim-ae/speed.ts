import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/**
 * Seconds per batch by backend. Before anything was measured here: a batch of
 * 32 crops of 64² at half width takes about 0.35 s on wasm (2 cores); other
 * sizes scale with the model's FLOPs (see `scaledBatchSeconds`).
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:ssim-ae-batch-seconds', 0.35);
