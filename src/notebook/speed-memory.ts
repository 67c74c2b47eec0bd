/**
 * Duration estimates remembered across visits: a few measured runs per backend,
 * stored as JSON under a lesson's own `localStorage` key. Storage that is missing,
 * blocked, full or holds junk never breaks a lesson: reads give `{}` and the
 * estimates fall back to a typical value.
 *
 * An epoch is modelled as a fixed overhead (warm-up, validation, reading the
 * losses back, amortised over the epochs) plus a cost per unit of work (FLOPs,
 * batches, windows). Both are fitted to the runs seen, so a small run's overhead
 * is not scaled up with the work of a big one.
 */

/** One measured run: its work per epoch and its seconds per epoch. */
export type SpeedPoint = readonly [work: number, seconds: number];

/** Measured runs by backend name, oldest first, e.g. `{ wasm: [[3.2e9, 1.1], [2.2e10, 2.6]] }`. */
export type Speeds = Record<string, readonly SpeedPoint[]>;

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
/** Runs kept per backend (the most recent; one per size of work). */
export const MAX_POINTS = 6;
/** Runs whose work differs by less than this factor count as the same size: the newer replaces the older. */
const SAME_SIZE = 1.25;

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 1e18;
const isPoint = (v: unknown): v is SpeedPoint => Array.isArray(v) && v.length === 2 && positive(v[0]) && positive(v[1]);

/**
 * The runs remembered under `key`; `{}` when there are none or they cannot be
 * read. Entries that are not a backend name with a list of positive
 * [work, seconds] pairs (edited or corrupt storage, or the single number an
 * older version stored) are dropped, so an estimate is never nonsense.
 */
export function readSpeedRecord(key: string, storage: Pick<SpeedStorage, 'getItem'> | null = safeStorage()): Speeds {
  try {
    const parsed = JSON.parse(storage?.getItem(key) ?? '{}') as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const entries = Object.entries(parsed).map(([k, v]) => [k, Array.isArray(v) ? v.filter(isPoint).slice(-MAX_POINTS) : []] as const);
    return Object.fromEntries(entries.filter(([k, v]) => BACKEND_NAME.test(k) && v.length > 0));
  } catch {
    return {};
  }
}

const listeners = new Set<() => void>();
let remembered = 0;

/** Calls `listener` each time a run is remembered under any key (estimates from it may change); returns the unsubscribe function. */
export function subscribeSpeeds(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** How many runs were remembered in this page so far, under any key: it changes whenever one is (`useSyncExternalStore`'s snapshot). */
export function rememberedCount(): number {
  return remembered;
}

/** Remembers a run for `backend` under `key`: it replaces earlier runs of about the same work, and only the last `MAX_POINTS` are kept. */
export function storeSpeed(key: string, backend: string, point: SpeedPoint, storage: SpeedStorage | null = safeStorage()): void {
  if (!storage || !isPoint(point)) return;
  try {
    const record = readSpeedRecord(key, storage);
    const others = (record[backend] ?? []).filter(([w]) => w * SAME_SIZE <= point[0] || w >= point[0] * SAME_SIZE);
    storage.setItem(key, JSON.stringify({ ...record, [backend]: [...others, point].slice(-MAX_POINTS) }));
  } catch {
    /* storage blocked or full: estimates use the fallback */
    return;
  }
  remembered += 1;
  listeners.forEach((listener) => listener());
}

/** Seconds per epoch as `overhead + perWork × work`. */
export interface SpeedModel {
  overhead: number;
  perWork: number;
}

/**
 * Fits `seconds = overhead + perWork × work` to measured runs (both ≥ 0), or null without any.
 * Runs of one size cannot tell the two apart: then the work costs what the measurement
 * shows or `priorPerWork` (a typical machine's cost), whichever is less, and the rest of
 * the measured time is overhead. Runs of different sizes are fitted by least squares;
 * when noise makes the bigger runs no slower, their seconds scale with work from the biggest.
 */
export function fitSpeed(points: readonly SpeedPoint[], priorPerWork: number): SpeedModel | null {
  if (points.length === 0) return null;
  const works = points.map(([w]) => w);
  const biggest = points.reduce((a, b) => (b[0] > a[0] ? b : a));
  if (Math.max(...works) < Math.min(...works) * SAME_SIZE) {
    const perWork = Math.min(biggest[1] / biggest[0], priorPerWork);
    return { overhead: biggest[1] - perWork * biggest[0], perWork };
  }
  const n = points.length;
  const mw = works.reduce((s, w) => s + w, 0) / n;
  const ms = points.reduce((s, [, t]) => s + t, 0) / n;
  const cov = points.reduce((s, [w, t]) => s + (w - mw) * (t - ms), 0);
  const varW = points.reduce((s, [w]) => s + (w - mw) ** 2, 0);
  const perWork = cov / varW;
  if (!(perWork > 0)) return { overhead: 0, perWork: biggest[1] / biggest[0] };
  const overhead = ms - perWork * mw;
  if (overhead >= 0) return { overhead, perWork };
  return { overhead: 0, perWork: points.reduce((s, [w, t]) => s + w * t, 0) / points.reduce((s, [w]) => s + w * w, 0) };
}

/** An estimate and the backend it is based on; `extraSeconds` is work a run does once after training (e.g. scoring), if any. */
export interface EpochEstimate {
  seconds: number;
  basis: string;
  extraSeconds?: number;
}

/** A memory of measured runs under one storage key, and estimates from it. */
export interface SpeedMemory {
  /** Remembered runs by backend. */
  read(storage?: Pick<SpeedStorage, 'getItem'> | null): Speeds;
  /** Remembers a finished run's seconds for its work; ignores runs without a positive duration or work. */
  remember(backend: string, seconds: number, work: number, storage?: SpeedStorage | null): void;
  /**
   * Estimated seconds for `work` on `backend` (else the first backend measured here, else
   * the fallback, based on "wasm"), and the backend it is based on.
   */
  estimate(work: number, speeds: Speeds, backend: string | null): EpochEstimate;
}

/**
 * A memory whose runs cost `overhead + perWork × work` (see `fitSpeed`);
 * `fallbackPerWork` (seconds per unit of work) and `fallbackOverhead` (seconds) are
 * used until this machine has measured something, and `fallbackPerWork` as the
 * typical cost that splits runs of one size.
 */
export function createSpeedMemory(key: string, fallbackPerWork: number, fallbackOverhead = 0): SpeedMemory {
  return {
    read: (storage = safeStorage()) => readSpeedRecord(key, storage),
    remember(backend, seconds, work, storage = safeStorage()) {
      if (seconds > 0 && work > 0) storeSpeed(key, backend, [work, seconds], storage);
    },
    estimate(work, speeds, backend) {
      const basis = backend && speeds[backend] ? backend : Object.keys(speeds)[0];
      const model = basis ? fitSpeed(speeds[basis], fallbackPerWork) : null;
      const { overhead, perWork } = model ?? { overhead: fallbackOverhead, perWork: fallbackPerWork };
      return { seconds: overhead + perWork * work, basis: basis ?? 'wasm' };
    },
  };
}

/** A per-batch speed memory: runs' seconds per epoch by batches per epoch and backend, under one storage key. */
export interface BatchSpeedMemory {
  read(storage?: Pick<SpeedStorage, 'getItem'> | null): Speeds;
  /** Remembers a finished run's seconds per epoch; ignores runs without a positive duration or batch count. */
  remember(backend: string, secondsPerEpoch: number, batchesPerEpoch: number, storage?: SpeedStorage | null): void;
  /** Estimated seconds per epoch for `nSamples` in batches of `batch`, and the backend it is based on. */
  estimateEpochSeconds(nSamples: number, batch: number, speeds: Speeds, backend: string | null): EpochEstimate;
}

/**
 * A memory for models so small that an epoch costs about (number of batches) ×
 * (a fixed per-batch overhead) rather than FLOPs. `fallbackSecondsPerBatch` and
 * `fallbackOverhead` (seconds per epoch) are used until this machine has measured something.
 */
export function createBatchSpeedMemory(key: string, fallbackSecondsPerBatch: number, fallbackOverhead = 0): BatchSpeedMemory {
  const memory = createSpeedMemory(key, fallbackSecondsPerBatch, fallbackOverhead);
  return {
    read: memory.read,
    remember: memory.remember,
    estimateEpochSeconds: (nSamples, batch, speeds, backend) => memory.estimate(Math.ceil(Math.max(1, nSamples) / Math.max(1, batch)), speeds, backend),
  };
}

/** A per-FLOP speed memory: runs' seconds per epoch by training FLOPs per epoch and backend, under one storage key. */
export interface FlopSpeedMemory {
  read(storage?: Pick<SpeedStorage, 'getItem'> | null): Speeds;
  /** Remembers a finished run's seconds per epoch; ignores runs without a positive duration. */
  remember(backend: string, secondsPerEpoch: number, flopsPerEpoch: number, storage?: SpeedStorage | null): void;
  /** Estimated seconds per epoch of `flopsPerEpoch`, and the backend it is based on. */
  estimateEpochSeconds(flopsPerEpoch: number, speeds: Speeds, backend: string | null): EpochEstimate;
}

/**
 * A memory for models whose epoch cost follows their FLOPs (lesson 1's dense
 * AE). `fallbackFlops` (FLOP/s) is used until this machine has measured something.
 */
export function createFlopSpeedMemory(key: string, fallbackFlops: number): FlopSpeedMemory {
  const memory = createSpeedMemory(key, 1 / fallbackFlops);
  return { read: memory.read, remember: memory.remember, estimateEpochSeconds: memory.estimate };
}
