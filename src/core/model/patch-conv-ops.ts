import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../random/rng';

/*
 * The patch VAE's layers as a few fast kernels each, with hand-written
 * gradients that use only kernels the wasm backend has (it has no
 * Conv2DBackpropFilter) and runs fast. Measured on wasm here: im2col with
 * concat/slice is ~50× slower (concat along an inner axis copies row by row in
 * JavaScript), `conv2dTranspose` ~7× slower than the equivalent `conv2d`, and
 * matMul with transpose flags ~10× slower than transposing first.
 *
 * Every layer here feeds a batch norm, which subtracts the batch mean, so these
 * ops have no bias: a bias would not change any output (and gets zero gradient).
 * Weight layouts match tfjs' conv filters flattened row-major, so the tests
 * compare against `tf.conv2d` / `tf.conv2dTranspose`.
 */

/**
 * x·W with gradients dx = dy·Wᵀ, dW = xᵀ·dy (transposes materialised).
 * @param x [N, in] @param w [in, out] @returns [N, out], owned by the caller (or the enclosing tidy)
 */
export const linearOp: (x: tf.Tensor2D, w: tf.Tensor2D) => tf.Tensor2D = tf.customGrad(
  (...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, w] = args as tf.Tensor2D[];
    (args[2] as tf.GradSaveFunc)([x, w]);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [xs, ws] = saved as tf.Tensor2D[];
      const dy2 = dy as tf.Tensor2D;
      return [tf.matMul(dy2, tf.transpose(ws)), tf.matMul(tf.transpose(xs), dy2)];
    };
    return { value: tf.matMul(x, w), gradFunc };
  },
) as unknown as (x: tf.Tensor2D, w: tf.Tensor2D) => tf.Tensor2D;

/**
 * Conv2D, kernel 2, stride 2, 'valid', no bias (the 2×2 blocks do not overlap).
 * @param x [B, H, W, C] with H, W even
 * @param w [4·C, Cout] = a [2, 2, C, Cout] conv filter flattened
 * @returns [B, H/2, W/2, Cout], owned by the caller (or the enclosing tidy)
 */
export function conv2x2s2(x: tf.Tensor4D, w: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [n, h, wd, c] = x.shape;
    const blocks = tf.transpose(tf.reshape(x, [n, h / 2, 2, wd / 2, 2 * c]), [0, 1, 3, 2, 4]);
    const y = linearOp(tf.reshape(blocks, [n * (h / 2) * (wd / 2), 4 * c]) as tf.Tensor2D, w);
    return tf.reshape(y, [n, h / 2, wd / 2, w.shape[1]]) as tf.Tensor4D;
  });
}

/**
 * Conv2DTranspose, kernel 2, stride 2, 'same', no bias: every input pixel
 * paints one 2×2 output block.
 * @param x [B, H, W, C]
 * @param w [C, 4·Cout]; column (dy·2 + dx)·Cout + co = filter[dy, dx, co, c] of `tf.conv2dTranspose`
 * @returns [B, 2H, 2W, Cout], owned by the caller (or the enclosing tidy)
 */
export function convT2x2s2(x: tf.Tensor4D, w: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [n, h, wd, c] = x.shape;
    const cout = w.shape[1] / 4;
    const y = linearOp(tf.reshape(x, [n * h * wd, c]) as tf.Tensor2D, w);
    const blocks = tf.transpose(tf.reshape(y, [n, h, wd, 2, 2 * cout]), [0, 1, 3, 2, 4]);
    return tf.reshape(blocks, [n, 2 * h, 2 * wd, cout]) as tf.Tensor4D;
  });
}

/**
 * Stride-1 'same' convolution with a square kernel k and no bias, exactly
 * `tf.conv2d(x, filter, 1, 'same')` (padding ⌊(k−1)/2⌋ before, the rest after).
 * Both gradients are 'valid' `conv2d`s: the input gradient convolves the padded
 * output gradient with the flipped, transposed filter; the filter gradient
 * convolves the padded input (batch as channels) with the output gradient as
 * the filter. A Keras Conv2DTranspose with stride 1 is this with a flipped
 * kernel, which a learned kernel absorbs.
 * @param x [B, H, W, C]
 * @param w [k·k·C, Cout] = a [k, k, C, Cout] filter flattened
 * @returns [B, H, W, Cout], owned by the caller (or the enclosing tidy)
 */
export function convSame(x: tf.Tensor4D, w: tf.Tensor2D, k: number): tf.Tensor4D {
  return tf.tidy(() => convSameOp(x, tf.reshape(w, [k, k, x.shape[3], w.shape[1]]) as tf.Tensor4D));
}

const convSameOp = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, f] = args as tf.Tensor4D[];
  (args[2] as tf.GradSaveFunc)([x, f]);
  const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
    const [xs, fs] = saved as tf.Tensor4D[];
    const k = fs.shape[0];
    const before = Math.floor((k - 1) / 2);
    const after = k - 1 - before;
    const dy4 = dy as tf.Tensor4D;
    const flipped = tf.transpose(tf.reverse(fs, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
    const dx = tf.conv2d(tf.pad(dy4, [[0, 0], [after, before], [after, before], [0, 0]]), flipped, 1, 'valid');
    const xt = tf.transpose(tf.pad(xs, [[0, 0], [before, after], [before, after], [0, 0]]), [3, 1, 2, 0]) as tf.Tensor4D;
    const dyt = tf.transpose(dy4, [1, 2, 0, 3]) as tf.Tensor4D;
    const df = tf.transpose(tf.conv2d(xt, dyt, 1, 'valid'), [1, 2, 0, 3]);
    return [dx, df];
  };
  return { value: tf.conv2d(x, f, 1, 'same'), gradFunc };
}) as unknown as (x: tf.Tensor4D, f: tf.Tensor4D) => tf.Tensor4D;

/**
 * Glorot-uniform weights of a conv (or dense, k = 1) layer, Keras' default:
 * U(−l, l), l = √(6 / (k²·in + k²·out)); k²·in·out values in the layer's layout.
 */
export function convGlorot(k: number, cin: number, cout: number, rng: Rng): Float32Array {
  const limit = Math.sqrt(6 / (k * k * (cin + cout)));
  const out = new Float32Array(k * k * cin * cout);
  for (let i = 0; i < out.length; i++) out[i] = (rng.next() * 2 - 1) * limit;
  return out;
}
