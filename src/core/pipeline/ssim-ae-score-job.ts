import * as tf from '@tensorflow/tfjs';
import type { SsimOptions } from '../metrics/ssim';
import { createConvAutoencoder, type ConvAeConfig } from '../model/conv-ae';
import { fail } from '../problem';
import type { JobEvent } from './job-events';
import { mapCrops, type CropMaps } from './ssim-ae-job';

/** Input of the SSIM-AE score job: one trained model's weights and the crops to map again. */
export interface SsimAeScoreInput {
  /** Held-out normal crops [nVal, size²] in [0, 1] (the protocol's thresholds). */
  validation: Float32Array;
  /** Test crops [nTest, size²] in [0, 1]. */
  test: Float32Array;
  /** The model the weights belong to; `inputSize` is the crop side. */
  model: ConvAeConfig;
  /** SSIM window of the residual maps (as in training). */
  mapSsim: SsimOptions;
  /** `SsimAeJobResult.weights` (or a model file's), `ConvAutoencoder.getWeights()` order; read, not kept. */
  weights: Float32Array[];
}

/** The same fields as `SsimAeJobResult` without training. Plain data. */
export interface SsimAeScoreResult {
  /** Test reconstructions [nTest, size²]. */
  reconstructions: Float32Array;
  test: CropMaps;
  validation: CropMaps;
  /** Seconds to reconstruct and map every crop. */
  scoringSeconds: number;
  backend: string;
}

/**
 * Rebuilds one trained convolutional autoencoder from its weights (problem
 * `weights-mismatch` when they do not fit `model`) and recomputes the L2 and
 * SSIM residual maps of the validation and test crops exactly as the
 * training job does. Leaves no tensors behind.
 */
export async function* ssimAeScoreJob(input: SsimAeScoreInput): AsyncGenerator<JobEvent, SsimAeScoreResult> {
  const size = input.model.inputSize;
  const model = createConvAutoencoder(input.model, 0);
  try {
    try {
      model.setWeights(input.weights);
    } catch {
      return fail('weights-mismatch', {});
    }
    const started = performance.now();
    const validation = yield* mapCrops(model, input.validation, size, input.mapSsim, 'validation');
    const test = yield* mapCrops(model, input.test, size, input.mapSsim, 'scoring');
    return {
      reconstructions: test.reconstructions,
      test: { l2: test.l2, ssim: test.ssim },
      validation: { l2: validation.l2, ssim: validation.ssim },
      scoringSeconds: (performance.now() - started) / 1000,
      backend: tf.getBackend(),
    };
  } finally {
    model.dispose();
  }
}
