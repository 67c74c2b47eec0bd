import * as tf from '@tensorflow/tfjs';
import { expect } from 'vitest';
import type { ConvPadding } from './conv-geometry';
import { depthwiseConv2dOp } from './depthwise-conv2d-op';
import { maxRelDiff } from './test-backend';

/* Shared by the cpu and wasm tests of the depthwise op. */

/** One depthwise layer's settings. */
export interface DepthwiseCase {
  x: [number, number, number, number];
  kernel: [number, number];
  stride: number;
  padding: ConvPadding;
}

/** The shapes MobileNetV2 uses (3×3, stride 1 and 2, even and odd sizes) and a few others. */
export const DEPTHWISE_CASES: DepthwiseCase[] = [
  { x: [2, 8, 8, 3], kernel: [3, 3], stride: 1, padding: 'same' },
  { x: [2, 8, 8, 4], kernel: [3, 3], stride: 2, padding: 'same' },
  { x: [3, 7, 7, 2], kernel: [3, 3], stride: 2, padding: 'same' },
  { x: [2, 9, 6, 3], kernel: [3, 3], stride: 2, padding: 'valid' },
  { x: [2, 6, 7, 2], kernel: [5, 3], stride: 1, padding: 'valid' },
  { x: [2, 10, 10, 2], kernel: [4, 4], stride: 3, padding: 'same' },
  { x: [2, 2, 2, 5], kernel: [3, 3], stride: 1, padding: 'same' },
];

/** Max relative differences of value, dx and df between the op and tf.depthwiseConv2d's autodiff. */
export async function compareWithReference(c: DepthwiseCase, reference: (fn: () => Promise<tf.Tensor[]>) => Promise<tf.Tensor[]> = (fn) => fn()): Promise<number[]> {
  const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
  const f = tf.randomNormal([...c.kernel, c.x[3], 1], 0, 0.5, 'float32', 2) as tf.Tensor4D;
  const y = tf.depthwiseConv2d(x, f, c.stride, c.padding);
  const dy = tf.randomNormal(y.shape, 0, 1, 'float32', 3);
  const loss = (fn: (a: tf.Tensor4D, b: tf.Tensor4D) => tf.Tensor) => (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(dy, fn(a as tf.Tensor4D, b as tf.Tensor4D)));
  const ours = [depthwiseConv2dOp(x, f, { stride: c.stride, padding: c.padding }), ...tf.grads(loss((a, b) => depthwiseConv2dOp(a, b, { stride: c.stride, padding: c.padding })))([x, f])];
  const xs = await x.array();
  const fsv = await f.array();
  const dys = await dy.array();
  const ref = await reference(async () => {
    const [xr, fr, dyr] = [tf.tensor(xs), tf.tensor(fsv), tf.tensor(dys)];
    const l = (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(dyr, tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.padding)));
    const out = [tf.depthwiseConv2d(xr as tf.Tensor4D, fr as tf.Tensor4D, c.stride, c.padding), ...tf.grads(l)([xr, fr])];
    tf.dispose([xr, fr, dyr]);
    return out;
  });
  const diffs: number[] = [];
  for (let i = 0; i < 3; i++) {
    expect(ours[i].shape).toEqual(ref[i].shape);
    diffs.push(maxRelDiff(await ours[i].data(), await ref[i].data()));
  }
  tf.dispose([x, f, y, dy, ...ours, ...ref]);
  return diffs;
}

