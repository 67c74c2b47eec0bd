import * as tf from '@tensorflow/tfjs';
import type { ImageSplit } from '../data/class-split';
import { createDenseAutoencoder, type DenseAeConfig } from '../model/dense-autoencoder';
import { scoreReconstructions, type ReconstructionScores } from '../score/reconstruction-scores';
import type { TrainOptions } from '../train/train-events';
import { trainThen, type TrainSummary } from '../train/train-job';
import type { JobEvent } from './job-events';

/** Input of the dense-AE lesson job. */
export interface DenseAeJobInput {
  split: Pick<ImageSplit, 'dim' | 'trainX' | 'valX' | 'testX'>;
  model: DenseAeConfig;
  train: Omit<TrainOptions, 'signal'>;
  /** Seed of the initial weights. */
  initSeed: number;
}

/** Plain-data result of the dense-AE lesson job. */
export interface DenseAeJobResult extends TrainSummary {
  /** Scores of the test samples, in `split.testX` order. */
  test: ReconstructionScores;
  /** Scores of the validation normals (for normal-only thresholds). */
  val: ReconstructionScores;
  /** Test reconstructions, row-major [nTest, dim]. */
  reconstructions: Float32Array;
  /** The trained weights (`DenseAutoencoder.getWeights()` order), for reopening the model later. */
  weights: Float32Array[];
  backend: string;
}

/**
 * Trains a dense autoencoder on `split.trainX` (early stopping on `split.valX`)
 * and scores the test and validation sets. Yields training and scoring events;
 * returns the scores and reconstructions. Leaves no tensors behind.
 */
export async function* denseAeJob(input: DenseAeJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, DenseAeJobResult> {
  const { dim, trainX, valX, testX } = input.split;
  return yield* trainThen(
    () => createDenseAutoencoder({ ...input.model, inputSize: dim }, input.initSeed),
    { features: dim, train: trainX, val: valX },
    { ...input.train, signal },
    async function* (model, { val }, summary): AsyncGenerator<JobEvent, DenseAeJobResult> {
      const nTest = testX.length / dim;
      yield { type: 'eval', phase: 'scoring', done: 0, total: nTest };
      const testT = tf.tensor2d(testX, [nTest, dim]);
      const scored = await scoreReconstructions(model, testT, { keepReconstructions: true }).finally(() => testT.dispose());
      const valScored = val ? await scoreReconstructions(model, val) : { scores: emptyScores() };
      yield { type: 'eval', phase: 'scoring', done: nTest, total: nTest };
      return {
        test: scored.scores,
        val: valScored.scores,
        reconstructions: scored.reconstructions!,
        weights: await model.getWeights(),
        ...summary,
        backend: tf.getBackend(),
      };
    },
  );
}

function emptyScores(): ReconstructionScores {
  return { l1: new Float32Array(0), l2: new Float32Array(0), max: new Float32Array(0) };
}
