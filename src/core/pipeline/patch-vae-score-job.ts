import { fail } from '../problem';
import { createPatchVae, type PatchVaeConfig } from '../model/patch-vae';
import { SCORE_FLOORS, type WindowScores } from '../score/window-scores';
import type { JobEvent } from './job-events';
import { imageDetails, type ImageDetail } from './patch-vae-details';
import { scoreImages } from './patch-vae-job';

/** Input of the "try it" job: a trained patch VAE's weights and a few images to score. */
export interface PatchVaeScoreInput {
  /** Image side (28). */
  side: number;
  /** The trained model's config (as given to the training job). */
  model: PatchVaeConfig;
  /** `PatchVaeJobResult.weights` (copied, not transferred, if the caller keeps them). */
  weights: Float32Array[];
  /** Images [n, side²] in [0, 1], e.g. a drawing or a painted-on test image. */
  images: Float32Array;
  /** Scoring stride. */
  stride: number;
  /** σ² floors of the new score (default `SCORE_FLOORS`). */
  scoreFloors?: number[];
}

/** Scores and per-pixel pictures of every input image. */
export interface PatchVaeScoreResult {
  scores: WindowScores;
  details: ImageDetail[];
}

/**
 * Rebuilds the trained patch VAE from its weights and scores a few images
 * (all windows batched), returning maps for each. Leaves no tensors behind.
 */
export async function* patchVaeScoreJob(input: PatchVaeScoreInput, signal: AbortSignal): AsyncGenerator<JobEvent, PatchVaeScoreResult> {
  const model = createPatchVae(input.model, 0);
  try {
    model.setWeights(input.weights);
    const layout = { side: input.side, size: input.model.patchSize, stride: input.stride };
    const scores = yield* scoreImages(model, input.images, layout, input.scoreFloors ?? SCORE_FLOORS);
    if (signal.aborted) fail('scoring-cancelled', {});
    const n = input.images.length / (input.side * input.side);
    const details = await imageDetails(model, input.images, Array.from({ length: n }, (_, i) => i), layout);
    return { scores, details };
  } finally {
    model.dispose();
  }
}
