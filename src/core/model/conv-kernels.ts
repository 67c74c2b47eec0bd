import * as tf from '@tensorflow/tfjs';
import { convAxis, type ConvAxis, type ConvPadding } from './conv-geometry';
import { cropPixels } from './gather-slices';

/*
 * The two backward passes of a 2-D convolution, built only from kernels the
 * wasm backend has and runs fast (XNNPACK's forward Conv2D and MatMul,
 * Transpose, GatherNd for crops). Measured on wasm (Node, 1 thread, batch 32):
 * tfjs' own Conv2DBackpropInput (= conv2dTranspose) runs at ~4 GFLOP/s
 * against ~40 for a forward conv2d, wasm has no Conv2DBackpropFilter, and an
 * im2col built from k² strided slices runs at ~1 GFLOP/s. These run near
 * forward speed (filter gradient 20–30 GFLOP/s at 32 channels); a whole
 * forward + backward pass of a 4×4 stride-2 layer with 32 channels runs at
 * ~18–20 GFLOP/s, against ~32 for `denseOp` on lesson 1's layer.
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
    const [, ho, wo] = dy.shape;
    const s = stride;
    const ah = convAxis(inSize[0], kh, s, padding);
    const aw = convAxis(inSize[1], kw, s, padding);
    if (ho === 1 && wo === 1 && ah.padBefore === 0 && aw.padBefore === 0) return fromSinglePixel(dy, filter, inSize, epilogue);
    const mh = Math.ceil(kh / s);
    const mw = Math.ceil(kw / s);
    const phases = phaseFilter(filter, s, mh, mw);
    const rowPlan = phasePlan(ah, inSize[0], s, mh, ho);
    const colPlan = phasePlan(aw, inSize[1], s, mw, wo);
    // dy is zero-padded by the conv itself (no padded copy), only as far as the needed rows reach.
    const pad: Explicit = [[0, 0], [rowPlan.before, rowPlan.after], [colPlan.before, colPlan.after], [0, 0]];
    const fits = rowPlan.rows === inSize[0] && colPlan.rows === inSize[1];
    const fuse = epilogue && fits;
    const phaseEpilogue = fuse ? { ...epilogue, bias: epilogue.bias && s > 1 ? tf.tile(epilogue.bias, [s * s]) : epilogue.bias } : null;
    let z = phaseEpilogue ? fusedConv2d(dy, phases, 1, pad, phaseEpilogue) : tf.conv2d(dy, phases, 1, pad);
    if (s > 1) z = interleavePhases(z, s, c);
    if (rowPlan.start > 0 || colPlan.start > 0 || rowPlan.rows !== z.shape[1] || colPlan.rows !== z.shape[2]) {
      z = cropPixels(z, rowPlan.start, colPlan.start, rowPlan.rows, colPlan.rows);
    }
    if (!fits) z = tf.pad(z, [[0, 0], [0, inSize[0] - rowPlan.rows], [0, inSize[1] - colPlan.rows], [0, 0]]);
    if (epilogue && !fuse) z = applyEpilogue(z, epilogue);
    return z;
  });
}

/**
 * Along one axis of {@link convBackpropInput}: the phase conv's output row q
 * holds padded-input rows s·q … s·q + s − 1, and x's rows are padded rows
 * [padBefore, padBefore + size). Pad dy with `before`/`after` zeros so the
 * conv yields just the rows q ∈ [⌊padBefore/s⌋, ⌈(padBefore + size)/s⌉);
 * after interleaving, x's rows start at `start` (< s; 0 for stride 1, so a
 * stride-1 layer needs no crop) and `rows` of them exist (fewer than `size`
 * only where 'valid' leaves trailing input rows unread; they are zeros).
 */
function phasePlan(a: ConvAxis, size: number, s: number, m: number, dyRows: number): { before: number; after: number; start: number; rows: number } {
  const qa = Math.floor(a.padBefore / s);
  const qb = Math.ceil((a.padBefore + size) / s);
  let before = m - 1 - qa;
  let after = qb - qa - dyRows - before + m - 1;
  let first = qa;
  if (before < 0 || after < 0) {
    // Not reached with TensorFlow's paddings; keep the full correlation and crop.
    before = m - 1;
    after = m - 1;
    first = 0;
  }
  const start = a.padBefore - s * first;
  const produced = s * (dyRows + before + after - m + 1);
  return { before, after, start, rows: Math.min(size, produced - start) };
}

/**
 * {@link convBackpropInput} when dy has one pixel and no padding comes first
 * (a 'valid' kernel as large as the input, e.g. a bottleneck): every output
 * pixel is one matmul away from dy, dx = dy·Fᵀ. The general path would
 * convolve a k²-times larger zero-padded dy.
 */
function fromSinglePixel(dy: tf.Tensor4D, filter: tf.Tensor4D, inSize: readonly [number, number], epilogue?: FusedEpilogue): tf.Tensor4D {
  const [kh, kw, c, cout] = filter.shape;
  const b = dy.shape[0];
  const ft = tf.transpose(tf.reshape(filter, [kh * kw * c, cout])) as tf.Tensor2D;
  const dy2 = tf.reshape(dy, [b, cout]) as tf.Tensor2D;
  const fits = inSize[0] === kh && inSize[1] === kw;
  const z = fits && epilogue ? fusedMatMul(dy2, ft, { ...epilogue, bias: epilogue.bias ? tf.tile(epilogue.bias, [kh * kw]) : null }) : tf.matMul(dy2, ft);
  let out = tf.reshape(z, [b, kh, kw, c]) as tf.Tensor4D;
  if (!fits) {
    out = tf.pad(out, [[0, 0], [0, inSize[0] - kh], [0, inSize[1] - kw], [0, 0]]);
    if (epilogue) out = applyEpilogue(out, epilogue);
  }
  return out;
}

/**
 * DepthToSpace as a reshape and a transpose: [B, Q, R, s²·C] → [B, s·Q, s·R, C]
 * ([B·Q, R, s, s·C] → [B·Q, s, R, s·C]). Same values; the wasm DepthToSpace
 * kernel is ~12× slower.
 */
function interleavePhases(z: tf.Tensor4D, s: number, c: number): tf.Tensor4D {
  const [b, q, r] = z.shape;
  const split = tf.reshape(z, [b * q, r, s, s * c]);
  return tf.reshape(tf.transpose(split, [0, 2, 1, 3]), [b, s * q, s * r, c]) as tf.Tensor4D;
}

/**
 * activation(conv2d(x, filter) + bias) as ONE FusedConv2D kernel, also while
 * gradients are recorded (`tf.fused.conv2d` then falls back to three kernels;
 * inside a custom-gradient op nothing is recorded, so fusing is safe).
 */
export function fusedConv2d(x: tf.Tensor4D, filter: tf.Tensor4D, stride: number, pad: ConvPadding | Explicit, e: FusedEpilogue): tf.Tensor4D {
  if (!e.bias && e.activation === 'linear') return tf.conv2d(x, filter, stride, pad);
  const inputs: tf.NamedTensorMap = e.bias ? { x, filter, bias: e.bias } : { x, filter };
  const attrs = { strides: [stride, stride], pad, dataFormat: 'NHWC', dilations: [1, 1], activation: e.activation, leakyreluAlpha: e.leakyreluAlpha ?? 0.2 };
  return tf.engine().runKernel('FusedConv2D', inputs, attrs) as tf.Tensor4D;
}

/** activation(a·b + bias) as one _FusedMatMul kernel (see {@link fusedConv2d}). @param a [M, K] @param b [K, N] @returns [M, N] */
function fusedMatMul(a: tf.Tensor2D, b: tf.Tensor2D, e: FusedEpilogue): tf.Tensor2D {
  if (!e.bias && e.activation === 'linear') return tf.matMul(a, b);
  const a3 = tf.reshape(a, [1, ...a.shape]);
  const b3 = tf.reshape(b, [1, ...b.shape]);
  const inputs: tf.NamedTensorMap = e.bias ? { a: a3, b: b3, bias: e.bias } : { a: a3, b: b3 };
  const attrs = { transposeA: false, transposeB: false, activation: e.activation, leakyreluAlpha: e.leakyreluAlpha ?? 0.2 };
  return tf.reshape(tf.engine().runKernel('_FusedMatMul', inputs, attrs) as tf.Tensor, [a.shape[0], b.shape[1]]) as tf.Tensor2D;
}

/**
 * The s² flipped sub-filters of `filter` as one conv filter [mh, mw, Cout, s²·C]:
 * out channel (rh·s + rw)·C + c at tap (m, n) = filter[rh + s·(mh−1−m), rw + s·(mw−1−n), c, :]
 * (zero past the kernel's edge). DepthToSpace's channel order is (rh, rw, c).
 *
 * The taps are reordered (and flipped) by one matmul with a 0/1 selection
 * matrix, which is exact, then one 3-D transpose moves Cout ahead of C. On
 * wasm, reverse and 6-D transposes of a 4×4×64×128 filter took ~11 ms.
 */
function phaseFilter(filter: tf.Tensor4D, s: number, mh: number, mw: number): tf.Tensor4D {
  const [kh, kw, c, cout] = filter.shape;
  const rows = mh * mw * s * s;
  const select = new Float32Array(rows * kh * kw);
  for (let m = 0; m < mh; m++) {
    for (let n = 0; n < mw; n++) {
      for (let rh = 0; rh < s; rh++) {
        for (let rw = 0; rw < s; rw++) {
          const i = rh + s * (mh - 1 - m);
          const j = rw + s * (mw - 1 - n);
          if (i < kh && j < kw) select[(((m * mw + n) * s + rh) * s + rw) * kh * kw + i * kw + j] = 1;
        }
      }
    }
  }
  const taps = tf.matMul(tf.tensor2d(select, [rows, kh * kw]), tf.reshape(filter, [kh * kw, c * cout]) as tf.Tensor2D);
  const moved = tf.transpose(tf.reshape(taps, [mh * mw, s * s * c, cout]), [0, 2, 1]);
  return tf.reshape(moved, [mh, mw, cout, s * s * c]) as tf.Tensor4D;
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
  if (kernel[0] * kernel[1] * x.shape[3] <= IM2COL_MAX_COLUMNS) return filterGradIm2col(x, dy, kernel, stride, padding);
  return tf.tidy(() => {
    const [, h, w] = x.shape;
    const ah = convAxis(h, kernel[0], stride, padding);
    const aw = convAxis(w, kernel[1], stride, padding);
    const used = cutUnused(x, ah, aw);
    const [b, hu, wu, c] = used.shape;
    // [B, H, W, C] → [C, H, W, B] as a 3-D transpose (faster on wasm than the 4-D one).
    const xt = tf.reshape(tf.transpose(tf.reshape(used, [b, hu * wu, c]), [2, 1, 0]), [c, hu, wu, b]) as tf.Tensor4D;
    const dyt = tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D;
    const pad: Explicit = [[0, 0], [ah.padBefore, Math.max(ah.padAfter, 0)], [aw.padBefore, Math.max(aw.padAfter, 0)], [0, 0]];
    const g = tf.conv2d(xt, dyt, 1, pad, 'NHWC', stride);
    return tf.transpose(g, [1, 2, 0, 3]) as tf.Tensor4D;
  });
}

/**
 * Up to this many im2col columns (kh·kw·C), the filter gradient is an im2col
 * matmul instead: with few input channels (a model's grayscale input or
 * output) the batch-as-channels conv above feeds XNNPACK a 1-image,
 * k²-pixel problem that runs at ~3 GFLOP/s (12 ms against 3 ms for a 4×4
 * stride-2 layer on 32 64×64 images).
 */
const IM2COL_MAX_COLUMNS = 32;

/**
 * dF = Pᵀ·dy with P the im2col matrix of x [B·Ho·Wo, kh·kw·C], built by a
 * forward conv with one-hot filters (exact: each output copies one input).
 */
function filterGradIm2col(x: tf.Tensor4D, dy: tf.Tensor4D, kernel: readonly [number, number], stride: number, padding: ConvPadding): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = kernel;
    const c = x.shape[3];
    const [b, ho, wo, cout] = dy.shape;
    const cols = kh * kw * c;
    const oneHot = tf.reshape(tf.eye(cols), [kh, kw, c, cols]) as tf.Tensor4D;
    const patches = tf.reshape(tf.conv2d(x, oneHot, stride, padding), [b * ho * wo, cols]);
    const df = tf.matMul(tf.transpose(patches) as tf.Tensor2D, tf.reshape(dy, [b * ho * wo, cout]) as tf.Tensor2D);
    return tf.reshape(df, [kh, kw, c, cout]) as tf.Tensor4D;
  });
}

/** Explicit conv padding: [[0, 0], [top, bottom], [left, right], [0, 0]]. */
type Explicit = [[number, number], [number, number], [number, number], [number, number]];

/** x without trailing rows and columns that no window reads ('valid' with a stride that does not fit). */
function cutUnused(x: tf.Tensor4D, ah: ConvAxis, aw: ConvAxis): tf.Tensor4D {
  if (ah.padAfter >= 0 && aw.padAfter >= 0) return x;
  const [, h, w] = x.shape;
  return cropPixels(x, 0, 0, h + Math.min(ah.padAfter, 0), w + Math.min(aw.padAfter, 0));
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
