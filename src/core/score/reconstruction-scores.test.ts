import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreReconstructions } from './reconstruction-scores';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('scoreReconstructions', () => {
  it('computes L1, L2 and max of |x − x̂| per row across batches, leak-free', async () => {
    const halver = { reconstruct: (x: tf.Tensor2D) => tf.mul(x, 0.5) as tf.Tensor2D };
    const x = tf.tensor2d([[1, 0, 0.5], [0.2, 0.4, 0], [0, 0, 0]]);
    const before = tf.memory().numTensors;
    const out = await scoreReconstructions(halver, x, { batchSize: 2, keepReconstructions: true });
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(out.scores.l1).map((v) => +v.toFixed(5))).toEqual([0.75, 0.3, 0]);
    expect(Array.from(out.scores.l2).map((v) => +v.toFixed(5))).toEqual([0.3125, 0.05, 0]);
    expect(Array.from(out.scores.max).map((v) => +v.toFixed(5))).toEqual([0.5, 0.2, 0]);
    expect(Array.from(out.reconstructions!).map((v) => +v.toFixed(5))).toEqual([0.5, 0, 0.25, 0.1, 0.2, 0, 0, 0, 0]);
    x.dispose();
  });
});
