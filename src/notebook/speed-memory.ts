/**
 * Duration estimates remembered across visits: one number per backend, stored
 * as JSON under a lesson's own `localStorage` key. Storage that is missing,
 * blocked, full or holds junk never breaks a lesson: reads give `{}` and the
 * estimates fall back to a typical value.
 */

/** A remembered number per backend name, e.g. `{ wasm: 0.02 }`. */
export type Speeds = Record<string, number>;

/** The part of `Storage` the memory uses (a `Map`-backed fake in tests). */
export type SpeedStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's `localStorage`, or null where there is none or it is blocked. */
export function safeStorage(): SpeedStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Backend names a speed may be remembered for. */
const BACKEND_NAME = /^[a-z0-9-]{1,20}$/;

/**
 * The numbers remembered under `key`; `{}` when there are none or they cannot
 * be read. Entries that are not a backend name with a finite positive number
 * (edited or corrupt storage) are dropped, so an estimate is never nonsense.
 */
export function readSpeedRecord(key: string, storage: Pick<SpeedStorage, 'getItem'> | null = safeStorage()): Speeds {
  try {
    const parsed = JSON.parse(storage?.getItem(key) ?? '{}') as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([k, v]) => BACKEND_NAME.test(k) && typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 1e15));
  } catch {
    return {};
  }
}

/** Remembers `value` for `backend` under `key`, keeping the other backends' numbers. */
export function storeSpeed(key: string, backend: string, value: number, storage: SpeedStorage | null = safeStorage()): void {
  if (!storage) return;
  try {
    storage.setItem(key, JSON.stringify({ ...readSpeedRecord(key, storage), [backend]: value }));
  } catch {
    /* storage blocked or full: estimates use the fallback */
  }
}

/**
 * The number to estimate with: `backend`'s when it was measured, else the first
 * one measured on this machine, else `fallback` (based on "wasm").
 */
export function pickSpeed(speeds: Speeds, backend: string | null, fallback: number): { value: number; basis: string } {
  const known = backend && speeds[backend] ? backend : Object.keys(speeds)[0];
  return { value: known ? speeds[known] : fallback, basis: known ?? 'wasm' };
}

/** An estimate and the backend it is based on. */
export interface EpochEstimate {
  seconds: number;
  basis: string;
}

/** What every speed memory does with its storage key: read its numbers and remember a finished run's. */
interface SpeedRecord {
  read(storage?: Pick<SpeedStorage, 'getItem'> | null): Speeds;
  remember(backend: string, secondsPerEpoch: number, workPerEpoch: number, storage?: SpeedStorage | null): void;
}

/** `read` and `remember` under `key`: a run is stored as `speed(secondsPerEpoch, workPerEpoch)`, and ignored unless both are positive. */
function speedRecord(key: string, speed: (secondsPerEpoch: number, workPerEpoch: number) => number): SpeedRecord {
  return {
    read: (storage = safeStorage()) => readSpeedRecord(key, storage),
    remember(backend, secondsPerEpoch, workPerEpoch, storage = safeStorage()) {
      if (!(secondsPerEpoch > 0) || !(workPerEpoch > 0)) return;
      storeSpeed(key, backend, speed(secondsPerEpoch, workPerEpoch), storage);
    },
  };
}

/** A per-batch speed memory: seconds per batch by backend, under one storage key. */
export interface BatchSpeedMemory {
  /** Remembered seconds per batch by backend. */
  read(storage?: Pick<SpeedStorage, 'getItem'> | null): Speeds;
  /** Remembers a finished run's seconds per batch; ignores runs without a positive duration or batch count. */
  remember(backend: string, secondsPerEpoch: number, batchesPerEpoch: number, storage?: SpeedStorage | null): void;
  /** Estimated seconds per epoch for `nSamples` in batches of `batch`, and the backend it is based on. */
  estimateEpochSeconds(nSamples: number, batch: number, speeds: Speeds, backend: string | null): EpochEstimate;
}

/**
 * A memory for models so small that an epoch costs about (number of batches) ×
 * (a fixed per-batch overhead) rather than FLOPs. `fallbackSecondsPerBatch` is
 * used until this machine has measured something.
 */
export function createBatchSpeedMemory(key: string, fallbackSecondsPerBatch: number): BatchSpeedMemory {
  return {
    ...speedRecord(key, (secondsPerEpoch, batchesPerEpoch) => secondsPerEpoch / batchesPerEpoch),
    estimateEpochSeconds(nSamples, batch, speeds, backend) {
      const { value, basis } = pickSpeed(speeds, backend, fallbackSecondsPerBatch);
      return { seconds: Math.ceil(Math.max(1, nSamples) / Math.max(1, batch)) * value, basis };
    },
  };
}

/** A per-FLOP speed memory: effective training FLOP/s by backend, under one storage key. */
export interface FlopSpeedMemory {
  read(storage?: Pick<SpeedStorage, 'getItem'> | null): Speeds;
  /** Remembers a finished run's throughput; ignores runs without a positive duration. */
  remember(backend: string, secondsPerEpoch: number, flopsPerEpoch: number, storage?: SpeedStorage | null): void;
  /** Estimated seconds per epoch of `flopsPerEpoch`, and the backend it is based on. */
  estimateEpochSeconds(flopsPerEpoch: number, speeds: Speeds, backend: string | null): EpochEstimate;
}

/**
 * A memory for models whose epoch cost follows their FLOPs (lesson 1's dense
 * AE). `fallbackFlops` is used until this machine has measured something.
 */
export function createFlopSpeedMemory(key: string, fallbackFlops: number): FlopSpeedMemory {
  return {
    ...speedRecord(key, (secondsPerEpoch, flopsPerEpoch) => flopsPerEpoch / secondsPerEpoch),
    estimateEpochSeconds(flopsPerEpoch, speeds, backend) {
      const { value, basis } = pickSpeed(speeds, backend, fallbackFlops);
      return { seconds: flopsPerEpoch / value, basis };
    },
  };
}
