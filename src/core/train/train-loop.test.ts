import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDenseAutoencoder, SEED000_CONFIG, type DenseAeConfig } from '../model/dense-autoencoder';
import { problemOf } from '../problem';
import { createRng } from '../random/rng';
import type { TrainEvent, TrainOptions } from './train-events';
import { clippedStep, trainModel } from './train-loop';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG: DenseAeConfig = { ...SEED000_CONFIG, inputSize: 20, hidden: [12], latent: 3 };

/** Rank-2 data in 20 dimensions: an AE with a 3-wide bottleneck can learn it. */
function lowRankData(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * 20);
  for (let i = 0; i < n; i++) {
    const a = rng.next();
    const b = rng.next();
    for (let j = 0; j < 20; j++) out[i * 20 + j] = 0.5 * a * Math.sin(j / 3) ** 2 + 0.4 * b * (j % 2);
  }
  return out;
}

async function collect(gen: AsyncGenerator<TrainEvent>, onEvent?: (e: TrainEvent) => void): Promise<TrainEvent[]> {
  const events: TrainEvent[] = [];
  for await (const e of gen) {
    events.push(e);
    onEvent?.(e);
  }
  return events;
}

const OPTS: TrainOptions = { epochs: 30, batchSize: 32, learningRate: 0.01, patience: 0, seed: 1 };

describe('trainModel', () => {
  it('learns (loss falls by >5×), emits ordered events and leaks no tensors over 5 runs', async () => {
    const before = tf.memory().numTensors;
    for (let run = 0; run < 5; run++) {
      const model = createDenseAutoencoder(CONFIG, run);
      const train = tf.tensor2d(lowRankData(256, 1), [256, 20]);
      const val = tf.tensor2d(lowRankData(64, 2), [64, 20]);
      const events = await collect(trainModel(model, { train, val }, { ...OPTS, epochs: run === 0 ? 30 : 2 }));
      const epochs = events.filter((e) => e.type === 'epoch');
      if (run === 0) {
        expect(events[0].type).toBe('start');
        expect(events.filter((e) => e.type === 'batch')).toHaveLength(30 * 8);
        expect(epochs).toHaveLength(30);
        const first = epochs[0].type === 'epoch' ? epochs[0].valLoss : 0;
        const last = epochs[29].type === 'epoch' ? epochs[29].valLoss : 0;
        expect(last).toBeLessThan(first / 5);
        const done = events[events.length - 1];
        expect(done.type === 'done' && done.reason).toBe('completed');
      }
      tf.dispose([train, val]);
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops early with patience and restores the best epoch', async () => {
    const model = createDenseAutoencoder(CONFIG, 0);
    const train = tf.tensor2d(lowRankData(64, 1), [64, 20]);
    const val = tf.tensor2d(lowRankData(64, 9), [64, 20]);
    const events = await collect(trainModel(model, { train, val }, { ...OPTS, epochs: 400, learningRate: 0.05, patience: 3 }));
    const done = events[events.length - 1];
    if (done.type !== 'done') throw new Error('no done event');
    expect(done.reason).toBe('early-stopped');
    expect(done.epochsRun).toBe(done.bestEpoch + 3);
    expect(done.stop).toEqual({ reason: 'early-stopped', epochsRun: done.epochsRun, heldEpoch: done.bestEpoch, patience: 3, restoredBest: true });
    const valNow = await tf.tidy(() => model.loss(val, false)).data();
    expect(valNow[0]).toBeCloseTo(done.bestLoss, 5);
    tf.dispose([train, val]);
    model.dispose();
  });

  it('aborts within one batch when the signal fires', async () => {
    const before = tf.memory().numTensors;
    const model = createDenseAutoencoder(CONFIG, 0);
    const train = tf.tensor2d(lowRankData(256, 1), [256, 20]);
    const controller = new AbortController();
    let batchesAfterAbort = 0;
    const events = await collect(trainModel(model, { train, val: null }, { ...OPTS, signal: controller.signal }), (e) => {
      if (controller.signal.aborted && e.type === 'batch') batchesAfterAbort += 1;
      if (e.type === 'batch' && e.epoch === 2 && e.batch === 3) controller.abort();
    });
    const done = events[events.length - 1];
    expect(done.type === 'done' && done.reason).toBe('aborted');
    expect(done.type === 'done' && done.epochsRun).toBe(1);
    expect(batchesAfterAbort).toBe(0);
    tf.dispose(train);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops on a NaN loss, explains it and keeps the last good weights', async () => {
    const before = tf.memory().numTensors;
    const model = createDenseAutoencoder(CONFIG, 0);
    const w0 = await model.trainableVariables()[0].data();
    const bad = lowRankData(64, 1);
    bad[5] = NaN;
    const train = tf.tensor2d(bad, [64, 20]);
    const events = await collect(trainModel(model, { train, val: null }, OPTS));
    const done = events[events.length - 1];
    if (done.type !== 'done') throw new Error('no done event');
    expect(done.reason).toBe('diverged');
    expect(done.stop).toEqual({ reason: 'diverged', epochsRun: 0, heldEpoch: 0, patience: OPTS.patience, restoredBest: true });
    expect(Array.from(await model.trainableVariables()[0].data())).toEqual(Array.from(w0));
    tf.dispose(train);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a batch larger than the data with a problem the interface words', async () => {
    const model = createDenseAutoencoder(CONFIG, 0);
    const train = tf.tensor2d(lowRankData(10, 1), [10, 20]);
    const error = await collect(trainModel(model, { train, val: null }, { ...OPTS, batchSize: 11 })).catch((e: unknown) => e);
    expect(problemOf(error)).toEqual({ code: 'batch-over-data', values: { batch: 11, n: 10 } });
    tf.dispose(train);
    model.dispose();
  });

  it('clips the global gradient norm: a step of plain SGD moves by at most maxNorm × lr', async () => {
    const w = tf.variable(tf.tensor1d([3, 4]));
    const sgd = tf.train.sgd(1);
    // loss = 50·|w|² → gradient 100·w = [300, 400], norm 500; clipped to norm 5 → [3, 4]·1.
    const loss = tf.tidy(() => clippedStep(sgd, () => tf.mul(50, tf.sum(tf.square(w))) as tf.Scalar, [w], 5));
    expect(await loss.data()).toEqual(Float32Array.of(1250));
    loss.dispose();
    expect(Array.from(await w.data())).toEqual([0, 0]);
    // Below the bound the gradient is untouched: [0.1, 0] → gradient [10, 0], step 10.
    tf.tidy(() => w.assign(tf.tensor1d([0.1, 0])));
    const before = tf.memory().numTensors;
    tf.tidy(() => void clippedStep(sgd, () => tf.mul(50, tf.sum(tf.square(w))) as tf.Scalar, [w], 100));
    const after = Array.from(await w.data());
    expect(after[0]).toBeCloseTo(-9.9, 5);
    expect(after[1]).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
    w.dispose();
    sgd.dispose();
  });

  it('trains with clipping on and refuses a negative clip norm', async () => {
    const model = createDenseAutoencoder(CONFIG, 0);
    const train = tf.tensor2d(lowRankData(256, 1), [256, 20]);
    const events = await collect(trainModel(model, { train, val: null }, { ...OPTS, epochs: 10, clipNorm: 1 }));
    const epochs = events.filter((e): e is Extract<TrainEvent, { type: 'epoch' }> => e.type === 'epoch');
    expect(epochs.at(-1)!.trainLoss).toBeLessThan(epochs[0].trainLoss / 2);
    await expect(collect(trainModel(model, { train, val: null }, { ...OPTS, clipNorm: -1 }))).rejects.toThrow('problem:clip-invalid {"got":-1}');
    tf.dispose(train);
    model.dispose();
  });
});
