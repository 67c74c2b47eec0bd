import { forwardFlopsPerSample, type DenseAeConfig } from '../../core/model/dense-ae-architecture';

const KEY = 'anomaly-lab:train-speed';

/** Effective training FLOP/s measured on this machine per backend, remembered across visits. */
type Speeds = Record<string, number>;

/** Training ≈ 3 forward passes of work (forward + two backward matmuls per layer). */
export function trainFlopsPerEpoch(config: DenseAeConfig, nTrain: number): number {
  return 3 * forwardFlopsPerSample(config) * nTrain;
}

/** Typical effective FLOP/s before anything was measured here (wasm, 2 cores). */
const FALLBACK_FLOPS = 8e9;

export function readSpeeds(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Speeds {
  try {
    return JSON.parse(storage?.getItem(KEY) ?? '{}') as Speeds;
  } catch {
    return {};
  }
}

/** Remembers the throughput of a finished run. */
export function rememberSpeed(backend: string, secondsPerEpoch: number, flopsPerEpoch: number, storage = safeStorage()): void {
  if (!(secondsPerEpoch > 0) || !storage) return;
  const speeds = { ...readSpeeds(storage), [backend]: flopsPerEpoch / secondsPerEpoch };
  try {
    storage.setItem(KEY, JSON.stringify(speeds));
  } catch {
    /* storage full or blocked: estimates fall back to the default */
  }
}

/** Estimated seconds per epoch and the backend the estimate is based on. */
export function estimateSecondsPerEpoch(flopsPerEpoch: number, speeds: Speeds, backend: string | null): { seconds: number; basis: string } {
  const known = backend && speeds[backend] ? backend : Object.keys(speeds)[0];
  const flops = known ? speeds[known] : FALLBACK_FLOPS;
  return { seconds: flopsPerEpoch / flops, basis: known ?? 'wasm' };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
