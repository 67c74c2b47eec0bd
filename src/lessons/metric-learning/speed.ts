import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/**
 * Seconds per batch by backend, per model. Before anything was measured here:
 * a batch of 128 Fashion images through the width-0.5 backbone, forward and
 * backward, is taken as 0.5 s on wasm (2 cores).
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:metric-learning-batch-seconds', 0.5);
