/**
 * Duration estimates. The patch VAE is tiny (~6k parameters), so an epoch costs
 * about (batches) × (a per-batch overhead of ~900 kernels), not FLOPs: the
 * lesson remembers seconds per batch per backend.
 */
const KEY = 'anomaly-lab:patch-vae-batch-seconds';
/** Measured here with WebAssembly on a busy 2-core machine (batch 128): ~0.04 s of CPU per batch. */
const FALLBACK_SECONDS_PER_BATCH = 0.04;

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

/** Estimated seconds per epoch for `patches` in batches of `batch`. */
export function estimateEpochSeconds(patches: number, batch: number, speeds: Record<string, number>, backend: string | null): number {
  const known = backend && speeds[backend] ? backend : Object.keys(speeds)[0];
  const perBatch = known ? speeds[known] : FALLBACK_SECONDS_PER_BATCH;
  return Math.ceil(Math.max(1, patches) / Math.max(1, batch)) * perBatch;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
