import * as tf from '@tensorflow/tfjs';
import { randomPatches } from '../data/patches';
import { createPatchVae, type PatchVae, type PatchVaeConfig } from '../model/patch-vae';
import { SCORE_FLOORS, scoreAllWindows, type WindowLayout, type WindowScores } from '../score/window-scores';
import type { TrainOptions } from '../train/train-events';
import { trainThen, type TrainSummary } from '../train/train-job';
import type { JobEvent } from './job-events';
import { latentPicture, type LatentPicture } from './patch-vae-latent';
import { imageDetails, type ImageDetail } from './patch-vae-details';

/** Patch sampling and window scoring settings. */
export interface PatchSettings {
  /** Training patches cut from the train normals (seed: 100,000). */
  count: number;
  /** Seed of the crops. */
  seed: number;
  /** Scoring stride (seed: 2 → 11×11 windows on 28×28). */
  stride: number;
  /** σ² floors to compute the new score with (default `SCORE_FLOORS`; 0 = the raw σ²). */
  scoreFloors?: number[];
}

/** Input of the patch-VAE lesson job. Typed arrays are transferred to the worker. */
export interface PatchVaeJobInput {
  /** Image side (28). */
  side: number;
  /** Train normals [nTrain, side²] in [0, 1]. */
  trainX: Float32Array;
  /** Test images [nTest, side²] in [0, 1]. */
  testX: Float32Array;
  /**
   * Held-out train normals [nHeld, side²] in [0, 1], never cut into training
   * patches; their window scores give the per-position statistics of
   * `positionNormalized`. Empty or absent = none.
   */
  heldOutX?: Float32Array;
  patches: PatchSettings;
  model: PatchVaeConfig;
  train: Omit<TrainOptions, 'signal'>;
  /** Seed of the initial weights and of the reparameterisation noise. */
  initSeed: number;
  /** Test images (indices into testX) whose μ, σ² and per-pixel score maps are returned. */
  detailIndices: number[];
  /** Training patches whose latent codes are returned (0 = none). Default 2,000. */
  latentSamples?: number;
  /** Side of the grid of patches decoded over the latent plane. Default 15. */
  latentGrid?: number;
}

/** Plain-data result of the patch-VAE lesson job (no validation set, so no `valLoss`). */
export interface PatchVaeJobResult extends Omit<TrainSummary, 'valLoss'> {
  /** Per-window maps and per-image max scores of the test images, in testX order. */
  test: WindowScores;
  /** The same for the held-out normals (`heldOutX`); null when none were given. */
  heldOut: WindowScores | null;
  details: ImageDetail[];
  /** Latent codes and decoded grid; null when `latentSamples` is 0. */
  latent: LatentPicture | null;
  /** Trained weights (`PatchVae.getWeights()` order), for scoring drawn images later. */
  weights: Float32Array[];
  /** Wall time of scoring every test window (after training). */
  scoringSeconds: number;
  /** Windows scored: nTest × grid². */
  windows: number;
  backend: string;
}

/**
 * Cuts seeded random patches from the train normals, trains the patch VAE on
 * them (no validation set: the monitored loss is the training loss), then
 * scores every window of every test image (and of the held-out normals) in
 * batches. Leaves no tensors behind.
 */
export async function* patchVaeJob(input: PatchVaeJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, PatchVaeJobResult> {
  const { side, model: config } = input;
  const size = config.patchSize;
  const patches = randomPatches({ pixels: input.trainX, side }, input.patches.count, size, input.patches.seed);
  return yield* trainThen(
    () => createPatchVae(config, input.initSeed),
    { features: size * size, train: patches, val: null },
    { ...input.train, signal },
    async function* (model, { train }, { valLoss: _noValidation, ...summary }): AsyncGenerator<JobEvent, PatchVaeJobResult> {
      const layout: WindowLayout = { side, size, stride: input.patches.stride };
      const t0 = performance.now();
      const floors = input.patches.scoreFloors ?? SCORE_FLOORS;
      const test = yield* scoreImages(model, input.testX, layout, floors);
      const scoringSeconds = (performance.now() - t0) / 1000;
      const heldOut = input.heldOutX && input.heldOutX.length > 0 ? yield* scoreImages(model, input.heldOutX, layout, floors, 'held-out') : null;
      const details = await imageDetails(model, input.testX, input.detailIndices, layout);
      const latentSamples = input.latentSamples ?? 2000;
      const latent = latentSamples > 0 ? await latentPicture(model, train, latentSamples, input.latentGrid ?? 15) : null;
      return {
        test,
        heldOut,
        details,
        latent,
        weights: await model.getWeights(),
        ...summary,
        scoringSeconds,
        windows: test.old.length * test.grid * test.grid,
        backend: tf.getBackend(),
      };
    },
  );
}

/**
 * Scores all windows of images [n, side²] (plain data) with `model` (the new
 * score at each σ² floor of `floors`), yielding
 * 'eval' progress events. Shared by the lesson job and the "try it" job.
 */
export async function* scoreImages(
  model: PatchVae,
  pixels: Float32Array,
  layout: WindowLayout,
  floors: number[],
  phase: 'scoring' | 'held-out' = 'scoring',
): AsyncGenerator<JobEvent, WindowScores> {
  const n = pixels.length / (layout.side * layout.side);
  const images = tf.tensor2d(pixels, [n, layout.side * layout.side]);
  try {
    const gen = scoreAllWindows(model, images, layout, { floors });
    yield { type: 'eval', phase, done: 0, total: n };
    let step = await gen.next();
    while (!step.done) {
      yield { type: 'eval', phase, ...step.value };
      step = await gen.next();
    }
    return step.value;
  } finally {
    images.dispose();
  }
}
