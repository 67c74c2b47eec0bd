import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseOp } from './dense-op';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('denseOp', () => {
  it('matches matMul + bias and its autodiff gradients', async () => {
    const x = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
    const w = tf.tensor2d([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]);
    const b = tf.tensor1d([0.01, -0.02]);
    const before = tf.memory().numTensors;
    const loss = (f: (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D) => tf.Tensor2D) =>
      (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
        tf.sum(tf.square(f(xx as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D))) as tf.Scalar;
    const ref = (xx: tf.Tensor2D, ww: tf.Tensor2D, bb: tf.Tensor1D) => tf.add(tf.matMul(xx, ww), bb) as tf.Tensor2D;
    const gOurs = tf.grads(loss(denseOp))([x, w, b]);
    const gRef = tf.grads(loss(ref))([x, w, b]);
    for (let i = 0; i < 3; i++) {
      const [a, r] = await Promise.all([gOurs[i].data(), gRef[i].data()]);
      expect(Array.from(a).map((v) => +v.toFixed(5))).toEqual(Array.from(r).map((v) => +v.toFixed(5)));
    }
    const y = denseOp(x, w, b);
    expect(Array.from(await y.data()).map((v) => +v.toFixed(4))).toEqual([-0.79, 2.38, -1.09, 4.78]);
    tf.dispose([...gOurs, ...gRef, y]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, w, b]);
  });
});
