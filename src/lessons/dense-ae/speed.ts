import { forwardFlopsPerSample, type DenseAeConfig } from '../../core/model/dense-ae-architecture';
import { createFlopSpeedMemory } from '../../notebook/speed-memory';

/** Training ≈ 3 forward passes of work (forward + two backward matmuls per layer). */
export function trainFlopsPerEpoch(config: DenseAeConfig, nTrain: number): number {
  return 3 * forwardFlopsPerSample(config) * nTrain;
}

/** Effective training FLOP/s measured on this machine per backend (typically 8 GFLOP/s on wasm, 2 cores, before any run). */
export const flopSpeed = createFlopSpeedMemory('anomaly-lab:train-speed', 8e9);
