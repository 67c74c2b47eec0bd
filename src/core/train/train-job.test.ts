import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDenseAutoencoder, SEED000_CONFIG, type DenseAeConfig } from '../model/dense-autoencoder';
import { problemOf } from '../problem';
import { createRng } from '../random/rng';
import { drainJob } from '../pipeline/test-jobs';
import type { TrainOptions } from './train-events';
import { trainThen, type TrainSummary } from './train-job';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG: DenseAeConfig = { ...SEED000_CONFIG, inputSize: 8, hidden: [6], latent: 2 };
const OPTS: TrainOptions = { epochs: 3, batchSize: 16, learningRate: 0.01, patience: 0, seed: 1 };

function rows(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n * 8 }, () => rng.next());
}

describe('trainThen', () => {
  it('forwards the training events, hands the trained model and tensors to `after`, then frees them', async () => {
    const before = tf.memory().numTensors;
    let seen: { nTrain: number; nVal: number; summary: TrainSummary } | null = null;
    const { events, result } = await drainJob(
      trainThen(() => createDenseAutoencoder(CONFIG, 0), { features: 8, train: rows(64, 1), val: rows(16, 2) }, OPTS, async function* (_model, data, summary) {
        seen = { nTrain: data.train.shape[0], nVal: data.val?.shape[0] ?? 0, summary };
        yield 'scored';
        return 42;
      }),
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(result).toBe(42);
    expect(events.map((e) => (typeof e === 'string' ? e : e.type))).toEqual(['start', ...Array(3).fill(['batch', 'batch', 'batch', 'batch', 'epoch']).flat(), 'done', 'scored']);
    expect(seen).toMatchObject({ nTrain: 64, nVal: 16, summary: { epochsRun: 3, bestEpoch: expect.any(Number), stopReason: 'completed' } });
    const summary = seen!.summary;
    const epochs = events.filter((e) => typeof e !== 'string' && e.type === 'epoch');
    expect(summary.trainLoss).toEqual(epochs.map((e) => (typeof e !== 'string' && e.type === 'epoch' ? e.trainLoss : 0)));
    expect(summary.valLoss).toHaveLength(3);
    expect(summary.valLoss.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    expect(summary.stop).toMatchObject({ reason: 'completed', epochsRun: 3, restoredBest: true });
  });

  it('without validation rows gives no val tensor and NaN validation losses', async () => {
    const { result } = await drainJob(
      trainThen(() => createDenseAutoencoder(CONFIG, 0), { features: 8, train: rows(32, 1), val: new Float32Array(0) }, { ...OPTS, epochs: 2 }, async function* (_m, data, summary) {
        yield* [];
        return { hasVal: data.val !== null, summary };
      }),
    );
    expect(result.hasVal).toBe(false);
    expect(result.summary.valLoss).toHaveLength(2);
    expect(result.summary.valLoss.every(Number.isNaN)).toBe(true);
  });

  it('frees the model and tensors when `after` throws, when the consumer stops early, and when the options are invalid', async () => {
    const before = tf.memory().numTensors;
    const data = { features: 8, train: rows(32, 1), val: rows(8, 2) };
    const failing = trainThen(() => createDenseAutoencoder(CONFIG, 0), data, OPTS, async function* () {
      yield* [];
      throw new Error('scoring broke');
    });
    await expect(drainJob(failing)).rejects.toThrow('scoring broke');
    expect(tf.memory().numTensors).toBe(before);

    const early = trainThen(() => createDenseAutoencoder(CONFIG, 0), data, OPTS, async function* () {
      yield* [];
      return 0;
    });
    await early.next();
    await early.next();
    await early.return(0);
    expect(tf.memory().numTensors).toBe(before);

    const invalid = trainThen(() => createDenseAutoencoder(CONFIG, 0), data, { ...OPTS, batchSize: 1000 }, async function* () {
      yield* [];
      return 0;
    });
    const error = await drainJob(invalid).catch((e: unknown) => e);
    expect(problemOf(error)?.code).toBe('batch-over-data');
    expect(tf.memory().numTensors).toBe(before);
  });
});
