import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { activate } from './activations';
import type { Activation } from './dense-ae-architecture';
import { denseLayerOp } from './dense-layer-op';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const round = (a: ArrayLike<number>) => Array.from(a).map((v) => +v.toFixed(5));

describe('denseLayerOp', () => {
  const x = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
  const w = tf.tensor2d([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]);
  const b = tf.tensor1d([0.01, -0.02]);
  const loss = (f: (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D) => tf.Tensor) => (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
    tf.sum(tf.square(tf.sub(f(xx as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D), 0.3))) as tf.Scalar;

  it.each<Activation>(['relu', 'sigmoid', 'tanh', 'linear'])('%s: same value and gradients as matMul + bias + activation', async (activation) => {
    const before = tf.memory().numTensors;
    const ref = (xx: tf.Tensor2D, ww: tf.Tensor2D, bb: tf.Tensor1D) => activate(tf.add(tf.matMul(xx, ww), bb), activation);
    const ours = denseLayerOp(activation);
    const gOurs = tf.grads(loss(ours))([x, w, b]);
    const gRef = tf.grads(loss(ref))([x, w, b]);
    for (let i = 0; i < 3; i++) expect(round(await gOurs[i].data())).toEqual(round(await gRef[i].data()));
    const [y, yRef] = [ours(x, w, b), tf.tidy(() => ref(x, w, b))];
    expect(round(await y.data())).toEqual(round(await yRef.data()));
    tf.dispose([...gOurs, ...gRef, y, yRef]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('without the input gradient returns zeros for x and the same weight gradients', async () => {
    const gFull = tf.grads(loss(denseLayerOp('relu', true)))([x, w, b]);
    const gSkip = tf.grads(loss(denseLayerOp('relu', false)))([x, w, b]);
    expect(Array.from(await gSkip[0].data())).toEqual([0, 0, 0, 0, 0, 0]);
    for (let i = 1; i < 3; i++) expect(round(await gSkip[i].data())).toEqual(round(await gFull[i].data()));
    tf.dispose([...gFull, ...gSkip]);
  });
});
