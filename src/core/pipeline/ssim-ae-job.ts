import * as tf from '@tensorflow/tfjs';
import { createConvAutoencoder, type ConvAeConfig } from '../model/conv-ae';
import type { SsimOptions } from '../metrics/ssim';
import { residualMaps } from '../score/residual-maps';
import { sourceSampler, type CropSource } from '../textures/crops';
import type { TrainOptions } from '../train/train-events';
import { trainSummarised, type TrainSummary } from '../train/train-job';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import type { JobEvent } from './job-events';

/** Input of the SSIM-autoencoder lesson job: crops of size² pixels in [0, 1], row-major. */
export interface SsimAeJobInput {
  /** Training crops [nTrain, size²]; with `trainSource` only their number counts (crops per epoch). */
  trainX: Float32Array;
  /** Draw nTrain fresh crops from here every epoch instead of repeating `trainX` (its first epoch equals the protocol's crops). */
  trainSource?: CropSource;
  /** Held-out normal crops [nVal, size²]: early-stopping loss and the thresholds of the MVTec protocol. */
  validation: Float32Array;
  /** Test crops [nTest, size²]. */
  test: Float32Array;
  /** The model; `config.loss` says whether it trains on SSIM or L2. `inputSize` is the crop side. */
  model: ConvAeConfig;
  /** SSIM window of the residual maps (the paper: 11). */
  mapSsim: SsimOptions;
  training: Omit<TrainOptions, 'signal'>;
  /** Seed of the initial weights. */
  initSeed: number;
}

/** Both residual maps of a set of crops, [n, size²] row-major each. */
export interface CropMaps {
  l2: Float32Array;
  ssim: Float32Array;
}

/** Plain-data result of the SSIM-autoencoder lesson job: the training summary and the maps. */
export interface SsimAeJobResult extends TrainSummary {
  /** Test reconstructions [nTest, size²]. */
  reconstructions: Float32Array;
  /** L2 and SSIM residual maps of the test crops. */
  test: CropMaps;
  /** The same maps of the validation crops (thresholds use normals only). */
  validation: CropMaps;
  /** The trained weights (`ConvAutoencoder.getWeights()` order). */
  weights: Float32Array[];
  /** Seconds to reconstruct and map every test crop. */
  scoringSeconds: number;
  backend: string;
}

const SCORE_BATCH = 32;

/** Reconstructs `x` [n, size²] in batches and computes both residual maps of every crop (leaves no tensors; the score job shares it). */
export async function* mapCrops(model: { reconstruct(x: tf.Tensor2D): tf.Tensor2D }, x: Float32Array, size: number, ssimOptions: SsimOptions, phase: string): AsyncGenerator<JobEvent, CropMaps & { reconstructions: Float32Array }> {
  const area = size * size;
  const n = x.length / area;
  const reconstructions = new Float32Array(x.length);
  const l2 = new Float32Array(x.length);
  const ssim = new Float32Array(x.length);
  for (let from = 0; from < n; from += SCORE_BATCH) {
    const count = Math.min(SCORE_BATCH, n - from);
    const rec = tf.tidy(() => model.reconstruct(tf.tensor2d(x.subarray(from * area, (from + count) * area), [count, area])));
    const values = await rec.data();
    rec.dispose();
    reconstructions.set(values, from * area);
    for (let i = 0; i < count; i++) {
      const at = (from + i) * area;
      const maps = residualMaps(x.subarray(at, at + area), values.subarray(i * area, (i + 1) * area), size, size, ssimOptions);
      l2.set(maps.l2, at);
      ssim.set(maps.ssim, at);
    }
    yield { type: 'eval', phase, done: from + count, total: n };
    await yieldToEventLoop();
  }
  return { reconstructions, l2, ssim };
}

/** The training crops of each epoch in turn: `trainX` over and over, or fresh ones from `trainSource`. */
function freshCrops(input: SsimAeJobInput, size: number): { next(): Float32Array } {
  const source = input.trainSource;
  if (!source) return { next: () => input.trainX };
  const sample = sourceSampler(source, size);
  const out = new Float32Array(input.trainX.length);
  return {
    next: () => {
      sample(out, out.length / (size * size));
      return out;
    },
  };
}

/**
 * Trains the convolutional autoencoder of Bergmann et al. (2018) on texture
 * crops with an SSIM or L2 loss (early stopping on the validation crops; with
 * a `trainSource`, every epoch sees nTrain crops never seen before), then
 * reconstructs the validation and test crops and returns both residual maps of
 * each (L2 and 1 − SSIM), so the lesson can compare the two maps of one model
 * and the two models. Leaves no tensors behind.
 */
export async function* ssimAeJob(input: SsimAeJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, SsimAeJobResult> {
  const size = input.model.inputSize;
  const area = size * size;
  const model = createConvAutoencoder(input.model, input.initSeed);
  const crops = freshCrops(input, size);
  const train = tf.tidy(() => tf.variable(tf.tensor2d(crops.next(), [input.trainX.length / area, area]), false));
  const val = input.validation.length > 0 ? tf.tensor2d(input.validation, [input.validation.length / area, area]) : null;
  try {
    const run = trainSummarised(model, { train, val }, { ...input.training, signal });
    let step = await run.next();
    while (!step.done) {
      // The loop reads `train` again only when asked for the next event: new crops before the next epoch.
      if (step.value.type === 'epoch' && input.trainSource) tf.tidy(() => train.assign(tf.tensor2d(crops.next(), train.shape as [number, number])));
      yield step.value;
      step = await run.next();
    }
    const started = performance.now();
    const validation = yield* mapCrops(model, input.validation, size, input.mapSsim, 'validation');
    const test = yield* mapCrops(model, input.test, size, input.mapSsim, 'scoring');
    return {
      ...step.value,
      reconstructions: test.reconstructions,
      test: { l2: test.l2, ssim: test.ssim },
      validation: { l2: validation.l2, ssim: validation.ssim },
      weights: await model.getWeights(),
      scoringSeconds: (performance.now() - started) / 1000,
      backend: tf.getBackend(),
    };
  } finally {
    tf.dispose([train, ...(val ? [val] : [])]);
    model.dispose();
  }
}
