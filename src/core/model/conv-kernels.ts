import * as tf from '@tensorflow/tfjs';
import { convAxis, type ConvAxis, type ConvPadding } from './conv-geometry';

/*
 * The two backward passes of a 2-D convolution, built only from kernels the
 * wasm backend has and runs fast (XNNPACK's forward Conv2D, Transpose, Pad,
 * Slice). Measured on wasm (Node, 1 thread, batch 32):
 * tfjs' own Conv2DBackpropInput (= conv2dTranspose) runs at ~4 GFLOP/s
 * against ~40 for a forward conv2d, wasm has no Conv2DBackpropFilter, and an
 * im2col built from k² strided slices runs at ~1 GFLOP/s. These run at
 * forward speed (filter gradient: 20–30 GFLOP/s).
 *
 * Layouts are tfjs': x [B, H, W, C], filter [kh, kw, C, Cout], dy [B, Ho, Wo, Cout].
 * Every function returns a new tensor owned by the caller (or the enclosing tidy).
 */

/** Bias and activation fused into the transposed convolution's one conv kernel. */
export interface FusedEpilogue {
  bias: tf.Tensor1D | null;
  activation: 'linear' | 'relu' | 'leakyrelu' | 'sigmoid';
  leakyreluAlpha?: number;
}

/**
 * The input gradient of `tf.conv2d(x, filter, stride, padding)`, which is also
 * the value of `tf.conv2dTranspose(dy, filter, xShape, stride, padding)`.
 *
 * Sub-pixel form: each of the s² output phases (h mod s, w mod s) is a
 * stride-1 correlation of the zero-padded dy with a flipped sub-filter of
 * ⌈k/s⌉² taps. All phases run as ONE forward conv2d with s²·C output channels,
 * then a DepthToSpace (as a transpose) interleaves them and a slice drops the padding. No
 * multiply touches an inserted zero (unlike convolving a dilated dy) when s
 * divides k.
 *
 * @param dy [B, Ho, Wo, Cout]
 * @param filter [kh, kw, C, Cout]
 * @param inSize [H, W] of x (several H give the same Ho; this picks one)
 * @param epilogue optional bias [C] and activation applied to the result, fused into the conv when possible
 * @returns [B, H, W, C]
 */
export function convBackpropInput(dy: tf.Tensor4D, filter: tf.Tensor4D, inSize: readonly [number, number], stride: number, padding: ConvPadding, epilogue?: FusedEpilogue): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw, c] = filter.shape;
    const [b, ho, wo] = dy.shape;
    const s = stride;
    const ah = convAxis(inSize[0], kh, s, padding);
    const aw = convAxis(inSize[1], kw, s, padding);
    const mh = Math.ceil(kh / s);
    const mw = Math.ceil(kw / s);
    const phases = phaseFilter(filter, s, mh, mw);
    const dyp = mh > 1 || mw > 1 ? tf.pad(dy, [[0, 0], [mh - 1, mh - 1], [mw - 1, mw - 1], [0, 0]]) : dy;
    // Phase rows cover padded-input rows [0, s·(Ho + mh − 1)); x's rows are [padBefore, padBefore + H).
    const fullH = s * (ho + mh - 1);
    const fullW = s * (wo + mw - 1);
    const fits = ah.padBefore + inSize[0] <= fullH && aw.padBefore + inSize[1] <= fullW;
    const fuse = epilogue && fits;
    let z: tf.Tensor4D;
    if (fuse && (epilogue.bias || epilogue.activation !== 'linear')) {
      z = tf.fused.conv2d({
        x: dyp,
        filter: phases,
        strides: 1,
        pad: 'valid',
        bias: epilogue.bias ? tf.tile(epilogue.bias, [s * s]) : undefined,
        activation: epilogue.activation,
        leakyreluAlpha: epilogue.leakyreluAlpha,
      });
    } else {
      z = tf.conv2d(dyp, phases, 1, 'valid');
    }
    if (s > 1) z = interleavePhases(z, s, c);
    const rows = Math.min(inSize[0], fullH - ah.padBefore);
    const cols = Math.min(inSize[1], fullW - aw.padBefore);
    if (ah.padBefore > 0 || aw.padBefore > 0 || rows !== z.shape[1] || cols !== z.shape[2]) {
      z = tf.slice(z, [0, ah.padBefore, aw.padBefore, 0], [b, rows, cols, c]);
    }
    if (!fits) z = tf.pad(z, [[0, 0], [0, inSize[0] - rows], [0, inSize[1] - cols], [0, 0]]);
    if (epilogue && !fuse) z = applyEpilogue(z, epilogue);
    return z;
  });
}

/**
 * DepthToSpace as a reshape and a 6-D transpose: [B, Q, R, s²·C] →
 * [B, s·Q, s·R, C]. Same values; the wasm DepthToSpace kernel is ~12× slower.
 */
function interleavePhases(z: tf.Tensor4D, s: number, c: number): tf.Tensor4D {
  const [b, q, r] = z.shape;
  const split = tf.reshape(z, [b, q, r, s, s, c]);
  return tf.reshape(tf.transpose(split, [0, 1, 3, 2, 4, 5]), [b, s * q, s * r, c]);
}

/**
 * The s² flipped sub-filters of `filter` as one conv filter [mh, mw, Cout, s²·C]:
 * out channel (rh·s + rw)·C + c at tap (m, n) = filter[rh + s·(mh−1−m), rw + s·(mw−1−n), c, :]
 * (zero past the kernel's edge). DepthToSpace's channel order is (rh, rw, c).
 */
function phaseFilter(filter: tf.Tensor4D, s: number, mh: number, mw: number): tf.Tensor4D {
  const [kh, kw, c, cout] = filter.shape;
  if (s === 1) return tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
  const padded = tf.pad(filter, [[0, s * mh - kh], [0, s * mw - kw], [0, 0], [0, 0]]);
  const split = tf.reverse(tf.reshape(padded, [mh, s, mw, s, c, cout]), [0, 2]);
  return tf.reshape(tf.transpose(split, [0, 2, 5, 1, 3, 4]), [mh, mw, cout, s * s * c]);
}

/**
 * The filter gradient of `tf.conv2d(x, filter, stride, padding)`:
 * dF[i, j, c, o] = Σ_{b,y,x} xpad[b, s·y + i, s·x + j, c] · dy[b, y, x, o].
 * That is one forward conv2d with the batch as channels: the padded x
 * transposed to [C, Hp, Wp, B] is the input, dy transposed to [Ho, Wo, B, Cout]
 * is the filter, dilated by the stride, and the k×k output is dF.
 *
 * @param x [B, H, W, C]
 * @param dy [B, Ho, Wo, Cout]
 * @param kernel [kh, kw]
 * @returns [kh, kw, C, Cout]
 */
export function convBackpropFilter(x: tf.Tensor4D, dy: tf.Tensor4D, kernel: readonly [number, number], stride: number, padding: ConvPadding): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = x.shape;
    const ah = convAxis(h, kernel[0], stride, padding);
    const aw = convAxis(w, kernel[1], stride, padding);
    const xt = tf.transpose(padExactly(x, ah, aw), [3, 1, 2, 0]) as tf.Tensor4D;
    const dyt = tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D;
    const g = tf.conv2d(xt, dyt, 1, 'valid', 'NHWC', stride);
    return tf.transpose(g, [1, 2, 0, 3]) as tf.Tensor4D;
  });
}

/** x padded (or cut, for unused trailing 'valid' rows) to exactly the rows and columns the windows read. */
function padExactly(x: tf.Tensor4D, ah: ConvAxis, aw: ConvAxis): tf.Tensor4D {
  let out = x;
  if (ah.padAfter < 0 || aw.padAfter < 0) {
    const [b, h, w, c] = x.shape;
    out = tf.slice(out, [0, 0, 0, 0], [b, h + Math.min(ah.padAfter, 0), w + Math.min(aw.padAfter, 0), c]);
  }
  const pads: [number, number][] = [[0, 0], [ah.padBefore, Math.max(ah.padAfter, 0)], [aw.padBefore, Math.max(aw.padAfter, 0)], [0, 0]];
  return pads.some(([a, z]) => a > 0 || z > 0) ? tf.pad(out, pads) : out;
}

/** Bias then activation, unfused. */
export function applyEpilogue(z: tf.Tensor4D, e: FusedEpilogue): tf.Tensor4D {
  const biased = e.bias ? tf.add(z, e.bias) : z;
  switch (e.activation) {
    case 'linear':
      return biased as tf.Tensor4D;
    case 'relu':
      return tf.relu(biased) as tf.Tensor4D;
    case 'leakyrelu':
      return tf.leakyRelu(biased, e.leakyreluAlpha ?? 0.2) as tf.Tensor4D;
    case 'sigmoid':
      return tf.sigmoid(biased) as tf.Tensor4D;
  }
}
