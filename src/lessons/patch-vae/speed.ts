import type { ImageSplit } from '../../core/data/class-split';
import { createBatchSpeedMemory, createSpeedMemory } from '../../notebook/speed-memory';
import type { PatchVaeParams } from './params';
import { SIDE } from './state';

/**
 * Seconds per batch by backend. The patch VAE is tiny (~6k parameters), so an
 * epoch costs about (batches) × (a per-batch overhead of ~900 kernels), not
 * FLOPs. Before anything was measured here: WebAssembly on a 2-core machine
 * takes ~20–25 ms for a batch of 128.
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:patch-vae-batch-seconds', 0.025);

/**
 * Seconds a run takes besides its epochs (cutting the patches, then scoring every window of
 * the test images and the held-out normals, the detail maps and the latent picture), by
 * windows scored. Before anything was measured here: ~60 µs per window and 1 s (wasm, 2 cores).
 */
export const scoringSpeed = createSpeedMemory('anomaly-lab:patch-vae-scoring-seconds', 6e-5, 1);

/** MNIST and Fashion-MNIST have about this many test images per class, and train images per class. */
const TEST_PER_CLASS = 1000;
const TRAIN_PER_CLASS = 6000;

/**
 * Windows a run scores after training: every window (`patchSize`, `stride`) of the test
 * images and of the held-out normals, from the loaded split's counts, else about what
 * the chosen classes hold (a tenth of the train normals are held out).
 */
export function scoredWindows(p: Pick<PatchVaeParams, 'patchSize' | 'stride' | 'normal' | 'anomaly'>, counts: Pick<ImageSplit['counts'], 'val' | 'testNormal' | 'testAnomaly'> | null): number {
  const perAxis = Math.max(1, Math.floor((SIDE - p.patchSize) / Math.max(1, p.stride)) + 1);
  const images = counts ? counts.val + counts.testNormal + counts.testAnomaly : TEST_PER_CLASS * (p.normal.length + p.anomaly.length) + (TRAIN_PER_CLASS / 10) * p.normal.length;
  return images * perAxis * perAxis;
}
