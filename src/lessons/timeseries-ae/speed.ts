import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/**
 * Seconds per batch by backend. The model is tiny (≈13k parameters), so an
 * epoch costs about (number of batches) × (a fixed per-batch overhead) rather
 * than FLOPs; lesson 1's FLOP-based memory would be skewed by it. Before
 * anything was measured here: 5 ms per batch (a 2-core laptop, WebAssembly).
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:timeseries-batch-seconds', 0.005);
