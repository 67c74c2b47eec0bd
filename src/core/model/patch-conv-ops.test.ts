import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2x2s2, convSame, convT2x2s2, linearOp } from './patch-conv-ops';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function maxDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  expect(a.shape).toEqual(b.shape);
  const [da, db] = await Promise.all([a.data(), b.data()]);
  return Math.max(...Array.from(da, (v, i) => Math.abs(v - db[i])));
}

describe('patch conv ops', () => {
  it('conv2x2s2 equals tf.conv2d(k2, s2, valid), gradients included', async () => {
    const before = tf.memory().numTensors;
    const x = tf.randomNormal([3, 8, 8, 5], 0, 1, 'float32', 1) as tf.Tensor4D;
    const f = tf.randomNormal([2, 2, 5, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
    const w = tf.reshape(f, [20, 4]) as tf.Tensor2D;
    const ours = conv2x2s2(x, w);
    const ref = tf.conv2d(x, f, 2, 'valid');
    expect(ours.shape).toEqual([3, 4, 4, 4]);
    expect(await maxDiff(ours, ref)).toBeLessThan(1e-4);
    const dy = tf.randomNormal([3, 4, 4, 4], 0, 1, 'float32', 3);
    const gOurs = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(dy, conv2x2s2(a as tf.Tensor4D, b as tf.Tensor2D))))([x, w]);
    const gRef = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(dy, tf.conv2d(a as tf.Tensor4D, tf.reshape(b, [2, 2, 5, 4]) as tf.Tensor4D, 2, 'valid'))))([x, w]);
    expect(await maxDiff(gOurs[0], gRef[0])).toBeLessThan(1e-4);
    expect(await maxDiff(gOurs[1], gRef[1])).toBeLessThan(1e-3);
    tf.dispose([x, f, w, ours, ref, dy, ...gOurs, ...gRef]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('convT2x2s2 equals tf.conv2dTranspose(k2, s2, same)', async () => {
    const x = tf.randomNormal([2, 2, 3, 6], 0, 1, 'float32', 5) as tf.Tensor4D;
    const f = tf.randomNormal([2, 2, 4, 6], 0, 1, 'float32', 6) as tf.Tensor4D; // [h, w, out, in]
    // our layout: w[c, (dy·2 + dx)·Cout + co] = f[dy, dx, co, c]
    const w = tf.reshape(tf.transpose(f, [3, 0, 1, 2]), [6, 16]) as tf.Tensor2D;
    const ours = convT2x2s2(x, w);
    const ref = tf.conv2dTranspose(x, f, [2, 4, 6, 4], 2, 'same');
    expect(await maxDiff(ours, ref)).toBeLessThan(1e-4);
    tf.dispose([x, f, w, ours, ref]);
  });

  it('convSame equals tf.conv2d(k4, same) and its hand-written gradients equal autodiff', async () => {
    const x = tf.randomNormal([3, 8, 8, 5], 0, 1, 'float32', 7) as tf.Tensor4D;
    const f = tf.randomNormal([4, 4, 5, 2], 0, 1, 'float32', 8) as tf.Tensor4D;
    const w = tf.reshape(f, [80, 2]) as tf.Tensor2D;
    const dy = tf.randomNormal([3, 8, 8, 2], 0, 1, 'float32', 9);
    expect(await maxDiff(convSame(x, w, 4), tf.conv2d(x, f, 1, 'same'))).toBeLessThan(1e-4);
    const gOurs = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(dy, convSame(a as tf.Tensor4D, b as tf.Tensor2D, 4))))([x, w]);
    const gRef = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(dy, tf.conv2d(a as tf.Tensor4D, tf.reshape(b, [4, 4, 5, 2]) as tf.Tensor4D, 1, 'same'))))([x, w]);
    expect(await maxDiff(gOurs[0], gRef[0])).toBeLessThan(1e-3);
    expect(await maxDiff(gOurs[1], gRef[1])).toBeLessThan(1e-3);
    const odd = tf.randomNormal([3, 3, 5, 2], 0, 1, 'float32', 10) as tf.Tensor4D;
    const gOdd = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(dy, convSame(a as tf.Tensor4D, tf.reshape(odd, [45, 2]) as tf.Tensor2D, 3))))([x]);
    const gOddRef = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(dy, tf.conv2d(a as tf.Tensor4D, odd, 1, 'same'))))([x]);
    expect(await maxDiff(gOdd[0], gOddRef[0])).toBeLessThan(1e-3);
    tf.dispose([x, f, w, dy, odd, ...gOurs, ...gRef, ...gOdd, ...gOddRef]);
  });

  it('linearOp has the matmul gradients', async () => {
    const x = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
    const w = tf.tensor2d([[1, 0, -1], [2, 1, 0]]);
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(linearOp(a as tf.Tensor2D, b as tf.Tensor2D)))([x, w]);
    expect(Array.from(await dx.data())).toEqual([0, 3, 0, 3, 0, 3]);
    expect(Array.from(await dw.data())).toEqual([9, 9, 9, 12, 12, 12]);
    tf.dispose([x, w, dx, dw]);
  });
});
