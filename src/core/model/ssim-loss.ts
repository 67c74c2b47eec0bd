import * as tf from '@tensorflow/tfjs';
import { ssimWindow, type SsimOptions } from '../metrics/ssim';

/*
 * SSIM as a differentiable tfjs expression, for training. It computes the
 * same mean as `metrics/ssim.ts` (scikit-image's cropped mean): the local
 * statistics are only needed where the window fits, so they come from 'valid'
 * filtering and the border mode never matters.
 *
 * The separable window runs as two matmuls with constant banded matrices
 * (rows, then columns), each with a hand-written gradient (the transposed
 * band, materialised). Measured on wasm: tfjs' avgPool gradient and
 * 1-channel depthwise convolutions run at well under 1 GFLOP/s, and
 * concatenating along the channel axis copies row by row; matmuls run at
 * 20–40 GFLOP/s and every kernel used here exists on wasm, WebGL, WebGPU
 * and cpu. A batch of 32 64×64 images takes ~25 ms forward and backward
 * (Node, 1 thread, 11×11 window).
 */

/**
 * The 'valid' correlation of a length-n signal with `weights` as a matrix
 * [n, n − win + 1]: column j holds the weights at rows j … j + win − 1.
 */
export function bandMatrix(n: number, weights: Float64Array): Float32Array {
  const win = weights.length;
  const m = n - win + 1;
  const out = new Float32Array(n * m);
  for (let j = 0; j < m; j++) for (let k = 0; k < win; k++) out[(j + k) * m + j] = weights[k];
  return out;
}

/**
 * x·K with constant K, gradient dy·Kᵀ (Kᵀ passed in, already transposed; the
 * tape keeps its own copy, as the caller's tidy may free it before backprop).
 */
function constMatMul(x: tf.Tensor2D, k: tf.Tensor2D, kt: tf.Tensor2D): tf.Tensor2D {
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    (args[1] as tf.GradSaveFunc)([kt]);
    return { value: tf.matMul(args[0] as tf.Tensor2D, k), gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [tf.matMul(dy as tf.Tensor2D, saved[0] as tf.Tensor2D)] };
  }) as unknown as (x: tf.Tensor2D) => tf.Tensor2D;
  return op(x);
}

/**
 * Per-image mean SSIM of two batches of grayscale images, differentiable in
 * both. Equals `ssim(a, b, h, w, options).mean` of `metrics/ssim.ts` (and so
 * scikit-image's `structural_similarity`) up to float32 rounding.
 *
 * @param x [B, H, W] or [B, H, W, 1], values in [0, dataRange]
 * @param y same shape as x
 * @param options the window and constants (scikit-image's defaults: uniform 7, sample covariance)
 * @returns [B], a new tensor owned by the caller (or the enclosing tidy)
 */
export function ssimPerImage(x: tf.Tensor, y: tf.Tensor, options: SsimOptions = {}): tf.Tensor1D {
  return tf.tidy(() => {
    const [b, h, w] = x.shape;
    const win = ssimWindow(options);
    const ws = win.winSize;
    if (ws > h || ws > w || x.size !== b * h * w) throw new Error('ssim-window-too-large');
    const [hv, wv] = [h - ws + 1, w - ws + 1];
    const kw = tf.tensor2d(bandMatrix(w, win.weights), [w, wv]);
    const kh = tf.tensor2d(bandMatrix(h, win.weights), [h, hv]);
    const kwt = tf.transpose(kw) as tf.Tensor2D;
    const kht = tf.transpose(kh) as tf.Tensor2D;
    const x3 = tf.reshape(x, [b, h, w]);
    const y3 = tf.reshape(y, [b, h, w]);
    // Window means [B, wv·hv] (columns first, so transposed; only means follow).
    // Each image is filtered on its own: stacking five costs a concat and, in
    // the gradient, five slices that each copy the whole stack on wasm.
    const filter = (t: tf.Tensor): tf.Tensor => {
      const rows = constMatMul(tf.reshape(t, [b * h, w]) as tf.Tensor2D, kw, kwt);
      const turned = tf.reshape(tf.transpose(tf.reshape(rows, [b, h, wv]), [0, 2, 1]), [b * wv, h]) as tf.Tensor2D;
      return tf.reshape(constMatMul(turned, kh, kht), [b, wv * hv]);
    };
    const ux = filter(x3);
    const uy = filter(y3);
    const uxx = filter(tf.square(x3));
    const uyy = filter(tf.square(y3));
    const uxy = filter(tf.mul(x3, y3));
    const np = ws * ws;
    const covNorm = (options.sampleCovariance ?? true) ? np / (np - 1) : 1;
    const range = options.dataRange ?? 1;
    const c1 = ((options.k1 ?? 0.01) * range) ** 2;
    const c2 = ((options.k2 ?? 0.03) * range) ** 2;
    const uxuy = tf.mul(ux, uy);
    const uxSq = tf.square(ux);
    const uySq = tf.square(uy);
    const vx = tf.sub(uxx, uxSq);
    const vy = tf.sub(uyy, uySq);
    const vxy = tf.sub(uxy, uxuy);
    const a1 = tf.add(tf.mul(uxuy, 2), c1);
    const a2 = tf.add(tf.mul(vxy, 2 * covNorm), c2);
    const b1 = tf.add(tf.add(uxSq, uySq), c1);
    const b2 = tf.add(tf.mul(tf.add(vx, vy), covNorm), c2);
    const map = tf.div(tf.mul(a1, a2), tf.mul(b1, b2));
    return tf.mean(map, 1) as tf.Tensor1D;
  });
}

/**
 * The SSIM training loss: 1 − the mean over the batch of {@link ssimPerImage}.
 * @param x targets, [B, H, W] or [B, H, W, 1] @param y reconstructions, same shape
 * @returns scalar in [0, 2], owned by the caller (or the enclosing tidy)
 */
export function ssimLoss(x: tf.Tensor, y: tf.Tensor, options: SsimOptions = {}): tf.Scalar {
  return tf.tidy(() => tf.sub(1, tf.mean(ssimPerImage(x, y, options))) as tf.Scalar);
}
