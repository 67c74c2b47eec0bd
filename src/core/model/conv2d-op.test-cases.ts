import * as tf from '@tensorflow/tfjs';
import type { ConvActivation, ConvPadding } from './conv2d-op';

/* Shared by the cpu and wasm tests of the conv ops. */

/** One conv layer's settings: input [n, h, w, c], kernel [kh, kw], output channels, stride, padding, activation. */
export interface ConvShape {
  x: [number, number, number, number];
  kernel: [number, number];
  cout: number;
  stride: number;
  padding: ConvPadding;
  activation: ConvActivation;
}

/** tfjs' reference for an activation (leaky ReLU with slope 0.2, as the ops use). */
export const activate = (z: tf.Tensor, a: ConvActivation): tf.Tensor =>
  a === 'leakyRelu' ? tf.leakyRelu(z, 0.2) : a === 'relu' ? tf.relu(z) : a === 'sigmoid' ? tf.sigmoid(z) : z;

/** Height and width of the conv's output: the input of the transpose that maps back to `c.x`. */
export function convOutSize(c: ConvShape): [number, number] {
  const [, h, w] = c.x;
  if (c.padding === 'same') return [Math.ceil(h / c.stride), Math.ceil(w / c.stride)];
  return [Math.ceil((h - c.kernel[0] + 1) / c.stride), Math.ceil((w - c.kernel[1] + 1) / c.stride)];
}
