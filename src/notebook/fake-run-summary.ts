import type { RunSummary } from './training-state';

/** How a test's lesson result was trained: one epoch on the cpu backend, completed, under the key 'k'. Not used by the app. */
export const FAKE_RUN_SUMMARY: RunSummary = { key: 'k', stopReason: 'completed', secondsPerEpoch: 1, epochsRun: 1, backend: 'cpu' };
