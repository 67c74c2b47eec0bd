import * as tf from '@tensorflow/tfjs';
import { createDenseAutoencoder, type DenseAeConfig } from '../model/dense-autoencoder';
import { scoreReconstructions, type ReconstructionScores } from '../score/reconstruction-scores';
import type { JobEvent } from './job-events';

/** Input of the dense-AE score job: a trained model's weights and the data to score. */
export interface DenseAeScoreInput {
  split: { dim: number; valX: Float32Array; testX: Float32Array };
  model: DenseAeConfig;
  /** `DenseAeJobResult.weights` (or a model file's); copied, not kept. */
  weights: Float32Array[];
}

/** What the lesson's result cells need of a model: the same fields as `DenseAeJobResult` without training. */
export interface DenseAeScoreResult {
  test: ReconstructionScores;
  val: ReconstructionScores;
  /** Test reconstructions, row-major [nTest, dim]. */
  reconstructions: Float32Array;
  backend: string;
}

/**
 * Rebuilds a trained dense autoencoder from its weights (`weights-mismatch`
 * when they do not fit the config) and scores the test and validation sets as
 * the training job does. Leaves no tensors behind.
 */
export async function* denseAeScoreJob(input: DenseAeScoreInput): AsyncGenerator<JobEvent, DenseAeScoreResult> {
  const { dim, valX, testX } = input.split;
  const model = createDenseAutoencoder({ ...input.model, inputSize: dim }, 0);
  try {
    model.setWeights(input.weights);
    const nTest = testX.length / dim;
    yield { type: 'eval', phase: 'scoring', done: 0, total: nTest };
    const testT = tf.tensor2d(testX, [nTest, dim]);
    const scored = await scoreReconstructions(model, testT, { keepReconstructions: true }).finally(() => testT.dispose());
    const valT = valX.length > 0 ? tf.tensor2d(valX, [valX.length / dim, dim]) : null;
    const val = valT ? (await scoreReconstructions(model, valT).finally(() => valT.dispose())).scores : { l1: new Float32Array(0), l2: new Float32Array(0), max: new Float32Array(0) };
    yield { type: 'eval', phase: 'scoring', done: nTest, total: nTest };
    return { test: scored.scores, val, reconstructions: scored.reconstructions!, backend: tf.getBackend() };
  } finally {
    model.dispose();
  }
}
