import { forwardFlopsPerSample, type DenseAeConfig } from '../../core/model/dense-ae-architecture';
import { pickSpeed, readSpeedRecord, safeStorage, storeSpeed, type EpochEstimate, type SpeedStorage, type Speeds } from '../../notebook/speed-memory';

/** Effective training FLOP/s measured on this machine per backend, remembered across visits. */
const KEY = 'anomaly-lab:train-speed';

/** Training ≈ 3 forward passes of work (forward + two backward matmuls per layer). */
export function trainFlopsPerEpoch(config: DenseAeConfig, nTrain: number): number {
  return 3 * forwardFlopsPerSample(config) * nTrain;
}

/** Typical effective FLOP/s before anything was measured here (wasm, 2 cores). */
const FALLBACK_FLOPS = 8e9;

/** Remembered effective FLOP/s by backend. */
export function readSpeeds(storage: Pick<SpeedStorage, 'getItem'> | null = safeStorage()): Speeds {
  return readSpeedRecord(KEY, storage);
}

/** Remembers the throughput of a finished run. */
export function rememberSpeed(backend: string, secondsPerEpoch: number, flopsPerEpoch: number, storage: SpeedStorage | null = safeStorage()): void {
  if (!(secondsPerEpoch > 0)) return;
  storeSpeed(KEY, backend, flopsPerEpoch / secondsPerEpoch, storage);
}

/** Estimated seconds per epoch and the backend the estimate is based on. */
export function estimateSecondsPerEpoch(flopsPerEpoch: number, speeds: Speeds, backend: string | null): EpochEstimate {
  const { value, basis } = pickSpeed(speeds, backend, FALLBACK_FLOPS);
  return { seconds: flopsPerEpoch / value, basis };
}
