import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BN_EPSILON, createBatchNorm } from './batch-norm';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-4) =>
  expect(Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])))).toBeLessThan(tol);

describe('batch norm', () => {
  it('uses batch statistics in training, running statistics in inference; averages, then moves them with momentum', async () => {
    const before = tf.memory().numTensors;
    const bn = createBatchNorm(2, 'bn_test', 0.75);
    // channel 0: 1, 3 (mean 2, var 1); channel 1: 10, 10 (mean 10, var 0)
    const x = tf.tensor2d([[1, 10], [3, 10]]);
    // channel 0: 5, 5 (mean 5, var 0); channel 1: 0, 4 (mean 2, var 4)
    const y = tf.tensor2d([[5, 0], [5, 4]]);
    const gamma = tf.tensor1d([2, 1]);
    const beta = tf.tensor1d([0.5, -1]);
    const train = bn.apply(x, gamma, beta, true);
    const s = 1 / Math.sqrt(1 + BN_EPSILON);
    close(await train.data(), [0.5 - 2 * s, -1, 0.5 + 2 * s, -1]);
    // update 0: m = 0 → the batch's statistics
    close(await bn.running[0].data(), [2, 10]);
    close(await bn.running[1].data(), [1, 0]);
    const infer = bn.apply(x, gamma, beta, false);
    // (1 − 2)/√(1 + ε)·2 + 0.5 ; (10 − 10)/√ε − 1
    close(await infer.data(), [-2 * s + 0.5, -1, 2 * s + 0.5, -1]);
    // update 1: m = ½ → the average of both batches; update 2: m = min(0.75, 2/3) = 2/3; update 3: m = 0.75
    tf.dispose([bn.apply(y, gamma, beta, true), bn.apply(y, gamma, beta, true), bn.apply(y, gamma, beta, true)]);
    const m1 = [3.5, 6];
    const m2 = m1.map((v, i) => (2 / 3) * v + (1 / 3) * [5, 2][i]);
    close(await bn.running[0].data(), m2.map((v, i) => 0.75 * v + 0.25 * [5, 2][i]));
    const v1 = [0.5, 2];
    const v2 = v1.map((v, i) => (2 / 3) * v + (1 / 3) * [0, 4][i]);
    close(await bn.running[1].data(), v2.map((v, i) => 0.75 * v + 0.25 * [0, 4][i]));
    tf.dispose([x, y, gamma, beta, train, infer, ...bn.running]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('has the gradient of the textbook formula (4-D input)', async () => {
    const bn = createBatchNorm(3, 'bn_grad');
    const x = tf.randomNormal([4, 2, 2, 3], 1, 2, 'float32', 3);
    const gamma = tf.tensor1d([1.5, -0.5, 2]);
    const beta = tf.tensor1d([0.1, 0.2, 0.3]);
    const w = tf.randomNormal([4, 2, 2, 3], 0, 1, 'float32', 4);
    const reference = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
      const m = tf.moments(a, [0, 1, 2]);
      return tf.sum(tf.mul(w, tf.add(tf.mul(tf.div(tf.sub(a, m.mean), tf.sqrt(tf.add(m.variance, BN_EPSILON))), g), b)));
    };
    const ours = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(w, bn.apply(a, g, b, true)));
    const gRef = tf.grads(reference)([x, gamma, beta]);
    const gOurs = tf.grads(ours)([x, gamma, beta]);
    for (let i = 0; i < 3; i++) close(await gOurs[i].data(), await gRef[i].data(), 1e-3);
    tf.dispose([x, gamma, beta, w, ...gRef, ...gOurs, ...bn.running]);
  });
});
