import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED000_CONFIG } from '../model/dense-ae-architecture';
import { calibrate, epochSeconds } from './calibrate';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('calibrate', () => {
  const workload = { model: { ...SEED000_CONFIG, inputSize: 20, hidden: [10], latent: 4 }, batchSize: 8, nTrain: 100 };

  it('times training steps of the workload and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const r = await calibrate(workload, { steps: 2 });
    expect(r.complete).toBe(true);
    expect(r.secondsPerStep).toBeGreaterThan(0);
    expect(r.seconds).toBeGreaterThanOrEqual(r.secondsPerStep * 2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports the warm-up as an upper bound when it exceeds the budget', async () => {
    const r = await calibrate(workload, { budgetSeconds: 0 });
    expect(r.complete).toBe(false);
    expect(r.secondsPerStep).toBe(r.seconds);
  });

  it('scales seconds per step to an epoch of whole batches', () => {
    expect(epochSeconds({ secondsPerStep: 0.5 }, { batchSize: 256, nTrain: 6068 })).toBe(12);
  });
});
