import type { ImageSplit } from '../../core/data/class-split';
import { forwardFlopsPerSample, type DenseAeConfig } from '../../core/model/dense-ae-architecture';
import { createFlopSpeedMemory, createSpeedMemory } from '../../notebook/speed-memory';
import type { DenseAeParams } from './params';

/** Training ≈ 3 forward passes of work (forward + two backward matmuls per layer). */
export function trainFlopsPerEpoch(config: DenseAeConfig, nTrain: number): number {
  return 3 * forwardFlopsPerSample(config) * nTrain;
}

/** Effective training FLOP/s measured on this machine per backend (typically 8 GFLOP/s on wasm, 2 cores, before any run). */
export const flopSpeed = createFlopSpeedMemory('anomaly-lab:train-speed', 8e9);

/** FLOPs of scoring `images` after training: one forward pass each. */
export function scoringFlops(config: DenseAeConfig, images: number): number {
  return forwardFlopsPerSample(config) * images;
}

/**
 * Seconds a run spends around its epochs (building the model, scoring the validation and test
 * images, the weights read back, the first epoch's one-time work, the worker's warm-up on a first
 * run), by the FLOPs of its scoring (`scoringFlops` of `scoredImages`). Before anything was
 * measured here: 3 s and 8 GFLOP/s (as `flopSpeed`), 3.5 s for the defaults' 2,818 images.
 * Measured (Chromium, wasm, machine loaded), a page's first run spent 1.9–4 s around its epochs
 * (five runs, 2.9 s on average) and a later one 0.6–0.7 s; in Node, scoring took 0.2–0.4 s at a
 * hidden width of 392 and 1.3–1.8 s at 2,048.
 */
export const aroundSpeed = createSpeedMemory('anomaly-lab:dense-ae-around-seconds', 1 / 8e9, 3);

/** Held-out normals per normal class (a tenth of MNIST-1's 6,742), and test images per class: about what the datasets hold. */
const VAL_PER_CLASS = 674;
const TEST_PER_CLASS = 1000;

/** Images a run scores after training: the loaded split's validation and test images, else about what the chosen classes hold. */
export function scoredImages(p: Pick<DenseAeParams, 'normal' | 'anomaly'>, counts: Pick<ImageSplit['counts'], 'val' | 'testNormal' | 'testAnomaly'> | null): number {
  if (counts) return counts.val + counts.testNormal + counts.testAnomaly;
  return VAL_PER_CLASS * p.normal.length + TEST_PER_CLASS * (p.normal.length + p.anomaly.length);
}
