import * as tf from '@tensorflow/tfjs';
import { convAxis, convProblem, type ConvPadding } from './conv-geometry';
import { cropPixels } from './gather-slices';

/*
 * A depthwise convolution (MobileNet's per-channel 3×3) whose backward pass
 * uses only forward kernels, as `conv2d-op.ts` does for conv2d: the wasm
 * backend has DepthwiseConv2dNative but neither of its backprop kernels.
 * - input gradient: dy with s − 1 zeros inserted between rows and columns
 *   (a reshape and a pad), zero-padded, then correlated with the flipped
 *   filter by a stride-1 depthwise conv;
 * - filter gradient: batch and channels are merged into one channel axis
 *   ([B, H, W, C] → [1, H, W, B·C]), and dy becomes a [Ho, Wo, B·C, 1]
 *   filter applied with dilation s: one depthwise conv gives [1, kh, kw, B·C],
 *   summed over the batch.
 * Layouts are tfjs': x [B, H, W, C], filter [kh, kw, C, 1].
 */

/** Settings of {@link depthwiseConv2dOp}. */
export interface DepthwiseOptions {
  /** Same stride on both axes; default 1. */
  stride?: number;
  /** TensorFlow's 'same' or 'valid'; default 'same'. */
  padding?: ConvPadding;
}

type Fn = (x: tf.Tensor4D, f: tf.Tensor4D) => tf.Tensor4D;
const cache = new Map<string, Fn>();

/**
 * `tf.depthwiseConv2d(x, filter, stride, padding)` (channel multiplier 1)
 * with a hand-written gradient for x and filter that runs on every backend.
 * Values and gradients equal tfjs' own up to float rounding.
 * @param x [B, H, W, C]
 * @param filter [kh, kw, C, 1]
 * @returns [B, Ho, Wo, C], a new tensor owned by the caller (or the enclosing tidy)
 * @throws the conv problem's code for impossible settings, 'conv-channels' for a filter of other channels
 */
export function depthwiseConv2dOp(x: tf.Tensor4D, filter: tf.Tensor4D, options: DepthwiseOptions = {}): tf.Tensor4D {
  const stride = options.stride ?? 1;
  const padding = options.padding ?? 'same';
  const [kh, kw, c, mult] = filter.shape;
  if (c !== x.shape[3] || mult !== 1) throw new Error('conv-channels');
  const problem = convProblem([x.shape[1], x.shape[2]], [kh, kw], stride, padding);
  if (problem) throw new Error(problem.code);
  const key = `${kh}:${kw}:${stride}:${padding}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = build(stride, padding);
    cache.set(key, fn);
  }
  return fn(x, filter);
}

function build(stride: number, padding: ConvPadding): Fn {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = args[0] as tf.Tensor4D;
    const f = args[1] as tf.Tensor4D;
    const save = args[2] as tf.GradSaveFunc;
    save([x, f]);
    const value = tf.depthwiseConv2d(x, f, stride, padding);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [xs, fs] = saved as tf.Tensor4D[];
      return [depthwiseInputGrad(dy as tf.Tensor4D, fs, [xs.shape[1], xs.shape[2]], stride, padding), depthwiseFilterGrad(xs, dy as tf.Tensor4D, [fs.shape[0], fs.shape[1]], stride, padding)];
    };
    return { value, gradFunc };
  }) as unknown as Fn;
}

/** dL/dx of the depthwise conv: [B, H, W, C]. */
export function depthwiseInputGrad(dy: tf.Tensor4D, filter: tf.Tensor4D, inSize: readonly [number, number], stride: number, padding: ConvPadding): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = filter.shape;
    const [b, ho, wo, c] = dy.shape;
    const s = stride;
    let up = dy;
    if (s > 1) {
      const spread = tf.pad(tf.reshape(dy, [b, ho, 1, wo, 1, c]), [[0, 0], [0, 0], [0, s - 1], [0, 0], [0, s - 1], [0, 0]]);
      up = tf.reshape(spread, [b, ho * s, wo * s, c]) as tf.Tensor4D;
    }
    const ah = convAxis(inSize[0], kh, s, padding);
    const aw = convAxis(inSize[1], kw, s, padding);
    const afterH = inSize[0] + ah.padBefore - ho * s;
    const afterW = inSize[1] + aw.padBefore - wo * s;
    if (afterH < 0 || afterW < 0) up = cropPixels(up, 0, 0, ho * s + Math.min(afterH, 0), wo * s + Math.min(afterW, 0));
    const padded = tf.pad(up, [[0, 0], [kh - 1 - ah.padBefore, Math.max(afterH, 0)], [kw - 1 - aw.padBefore, Math.max(afterW, 0)], [0, 0]]);
    return tf.depthwiseConv2d(padded as tf.Tensor4D, tf.reverse(filter, [0, 1]) as tf.Tensor4D, 1, 'valid');
  });
}

/** dL/dfilter of the depthwise conv: [kh, kw, C, 1]. */
export function depthwiseFilterGrad(x: tf.Tensor4D, dy: tf.Tensor4D, kernel: readonly [number, number], stride: number, padding: ConvPadding): tf.Tensor4D {
  return tf.tidy(() => {
    const [b, h, w, c] = x.shape;
    const [, ho, wo] = dy.shape;
    const [kh, kw] = kernel;
    const ah = convAxis(h, kh, stride, padding);
    const aw = convAxis(w, kw, stride, padding);
    const xt = tf.reshape(tf.transpose(x, [1, 2, 0, 3]), [1, h, w, b * c]) as tf.Tensor4D;
    const dyt = tf.reshape(tf.transpose(dy, [1, 2, 0, 3]), [ho, wo, b * c, 1]) as tf.Tensor4D;
    let padded = tf.pad(xt, [[0, 0], [ah.padBefore, Math.max(ah.padAfter, 0)], [aw.padBefore, Math.max(aw.padAfter, 0)], [0, 0]]) as tf.Tensor4D;
    if (ah.padAfter < 0 || aw.padAfter < 0) padded = cropPixels(padded, 0, 0, h + ah.padBefore + Math.min(ah.padAfter, 0), w + aw.padBefore + Math.min(aw.padAfter, 0));
    const g = tf.depthwiseConv2d(padded, dyt, 1, 'valid', 'NHWC', stride);
    return tf.reshape(tf.sum(tf.reshape(g, [kh * kw, b, c]), 1), [kh, kw, c, 1]) as tf.Tensor4D;
  });
}
