import * as tf from '@tensorflow/tfjs';
import { randomPatches } from '../data/patches';
import { createPatchVae } from '../model/patch-vae';
import { SCORE_FLOORS, type WindowLayout } from '../score/window-scores';
import type { JobEvent } from './job-events';
import { imageDetails } from './patch-vae-details';
import { scoreImages, type PatchVaeJobInput, type PatchVaeJobResult } from './patch-vae-job';
import { latentPicture } from './patch-vae-latent';

/** Input of the restore job: the training job's input without training settings, and the trained weights. */
export type PatchVaeRestoreInput = Omit<PatchVaeJobInput, 'train' | 'initSeed'> & { weights: Float32Array[] };

/** Everything the result cells need: the training job's result without training. */
export type PatchVaeRestoreResult = Pick<PatchVaeJobResult, 'test' | 'heldOut' | 'details' | 'latent' | 'scoringSeconds' | 'windows' | 'backend'>;

/**
 * Rebuilds a trained patch VAE from its weights (`weights-mismatch` when they
 * do not fit the config) and recomputes what training's scoring pass returns:
 * every test and held-out window, the detail images and the latent picture
 * (of the same seeded training patches). Leaves no tensors behind.
 */
export async function* patchVaeRestoreJob(input: PatchVaeRestoreInput): AsyncGenerator<JobEvent, PatchVaeRestoreResult> {
  const { side, model: config } = input;
  const model = createPatchVae(config, 0);
  try {
    model.setWeights(input.weights);
    const layout: WindowLayout = { side, size: config.patchSize, stride: input.patches.stride };
    const floors = input.patches.scoreFloors ?? SCORE_FLOORS;
    const t0 = performance.now();
    const test = yield* scoreImages(model, input.testX, layout, floors);
    const scoringSeconds = (performance.now() - t0) / 1000;
    const heldOut = input.heldOutX && input.heldOutX.length > 0 ? yield* scoreImages(model, input.heldOutX, layout, floors, 'held-out') : null;
    const details = await imageDetails(model, input.testX, input.detailIndices, layout);
    const latentSamples = input.latentSamples ?? 2000;
    let latent = null;
    if (latentSamples > 0) {
      const count = Math.min(latentSamples, input.patches.count);
      // The crops are drawn one after another from the seed, so the first `count` are training's first `count`.
      const patches = randomPatches({ pixels: input.trainX, side }, count, config.patchSize, input.patches.seed);
      const train = tf.tensor2d(patches, [count, config.patchSize ** 2]);
      latent = await latentPicture(model, train, count, input.latentGrid ?? 15).finally(() => train.dispose());
    }
    return { test, heldOut, details, latent, scoringSeconds, windows: test.old.length * test.grid * test.grid, backend: tf.getBackend() };
  } finally {
    model.dispose();
  }
}
