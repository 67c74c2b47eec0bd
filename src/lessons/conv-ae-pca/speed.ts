import { createBatchSpeedMemory } from '../../notebook/speed-memory';

/** Seconds per AE batch by backend; before anything was measured here, a guess for 32 faces of 64² at the default width on wasm. */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:conv-ae-pca-batch-seconds', 0.08);
