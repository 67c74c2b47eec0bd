import * as tf from '@tensorflow/tfjs';
import type { ImageSplit } from '../data/class-split';
import { createDenseAutoencoder, type DenseAeConfig } from '../model/dense-autoencoder';
import { scoreReconstructions, type ReconstructionScores } from '../score/reconstruction-scores';
import type { StopReason, TrainOptions, TrainStop } from '../train/train-events';
import { trainModel } from '../train/train-loop';
import { fail } from '../problem';
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
export interface DenseAeJobResult {
  /** Scores of the test samples, in `split.testX` order. */
  test: ReconstructionScores;
  /** Scores of the validation normals (for normal-only thresholds). */
  val: ReconstructionScores;
  /** Test reconstructions, row-major [nTest, dim]. */
  reconstructions: Float32Array;
  /** The trained weights (`DenseAutoencoder.getWeights()` order), for reopening the model later. */
  weights: Float32Array[];
  trainLoss: number[];
  valLoss: number[];
  epochsRun: number;
  bestEpoch: number;
  stopReason: StopReason;
  /** Why and how training ended, for the learner. */
  stop: TrainStop;
  secondsPerEpoch: number;
  backend: string;
}

/**
 * Trains a dense autoencoder on `split.trainX` (early stopping on `split.valX`)
 * and scores the test and validation sets. Yields training and scoring events;
 * returns the scores and reconstructions. Leaves no tensors behind.
 */
export async function* denseAeJob(input: DenseAeJobInput, signal: AbortSignal): AsyncGenerator<JobEvent, DenseAeJobResult> {
  const { dim, trainX, valX, testX } = input.split;
  const model = createDenseAutoencoder({ ...input.model, inputSize: dim }, input.initSeed);
  const train = tf.tensor2d(trainX, [trainX.length / dim, dim]);
  const val = valX.length > 0 ? tf.tensor2d(valX, [valX.length / dim, dim]) : null;
  const trainLoss: number[] = [];
  const valLoss: number[] = [];
  try {
    let done: Extract<JobEvent, { type: 'done' }> | null = null;
    for await (const event of trainModel(model, { train, val }, { ...input.train, signal })) {
      if (event.type === 'epoch') {
        trainLoss.push(event.trainLoss);
        valLoss.push(event.valLoss);
      }
      if (event.type === 'done') done = event;
      yield event;
    }
    if (!done) return fail('no-done-event', {});
    const nTest = testX.length / dim;
    yield { type: 'eval', phase: 'scoring', done: 0, total: nTest };
    const testT = tf.tensor2d(testX, [nTest, dim]);
    const scored = await scoreReconstructions(model, testT, { keepReconstructions: true });
    testT.dispose();
    const valScored = val ? await scoreReconstructions(model, val) : { scores: emptyScores() };
    yield { type: 'eval', phase: 'scoring', done: nTest, total: nTest };
    return {
      test: scored.scores,
      val: valScored.scores,
      reconstructions: scored.reconstructions!,
      weights: await model.getWeights(),
      trainLoss,
      valLoss,
      epochsRun: done.epochsRun,
      bestEpoch: done.bestEpoch,
      stopReason: done.reason,
      stop: done.stop,
      secondsPerEpoch: done.secondsPerEpoch,
      backend: tf.getBackend(),
    };
  } finally {
    tf.dispose([train, ...(val ? [val] : [])]);
    model.dispose();
  }
}

function emptyScores(): ReconstructionScores {
  return { l1: new Float32Array(0), l2: new Float32Array(0), max: new Float32Array(0) };
}
