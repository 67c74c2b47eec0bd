/**
 * Duration estimates for this lesson. Its model is tiny (≈13k parameters), so an
 * epoch costs about (number of batches) × (a fixed per-batch overhead) rather than
 * FLOPs; lesson 1's FLOP-based memory would be skewed by it, so this lesson keeps
 * its own per-backend seconds-per-batch.
 */
const KEY = 'anomaly-lab:timeseries-batch-seconds';
/** A 2-core laptop with WebAssembly, before anything was measured here. */
const FALLBACK_SECONDS_PER_BATCH = 0.005;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** Remembered seconds per batch by backend. */
export function readBatchSpeeds(storage: Storage | null = safeStorage()): Record<string, number> {
  try {
    const parsed = JSON.parse(storage?.getItem(KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Remembers a finished run's seconds per batch. */
export function rememberBatchSpeed(backend: string, secondsPerEpoch: number, batchesPerEpoch: number, storage: Storage | null = safeStorage()): void {
  if (!(secondsPerEpoch > 0) || !(batchesPerEpoch > 0) || !storage) return;
  try {
    storage.setItem(KEY, JSON.stringify({ ...readBatchSpeeds(storage), [backend]: secondsPerEpoch / batchesPerEpoch }));
  } catch {
    /* storage blocked or full: estimates use the fallback */
  }
}

/** Estimated seconds per epoch for `nTrain` series in batches of `batch`, and the backend it is based on. */
export function estimateEpochSeconds(nTrain: number, batch: number, speeds: Record<string, number>, backend: string | null): { seconds: number; basis: string } {
  const known = backend && speeds[backend] ? backend : Object.keys(speeds)[0];
  const perBatch = known ? speeds[known] : FALLBACK_SECONDS_PER_BATCH;
  return { seconds: Math.ceil(Math.max(1, nTrain) / Math.max(1, batch)) * perBatch, basis: known ?? 'wasm' };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
