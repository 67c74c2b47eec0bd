/**
 * Exact PCA of image rows (tfjs for the big products, plain TypeScript for the
 * small eigenproblem). With X [n, d] the training rows and Xc = X − mean, the
 * Gram matrix G = Xc·Xcᵀ [n, n] has the same nonzero eigenvalues as the
 * scatter matrix Xcᵀ·Xc [d, d]; an eigenvector u of G (eigenvalue λ) gives the
 * principal axis Xcᵀu/√λ, whose variance is λ/(n − 1). tfjs on wasm needs
 * transposes made explicit: a matMul with a transpose flag ran ~10× slower.
 */
import * as tf from '@tensorflow/tfjs';
import { topEigenpairs, type TopEigenOptions } from './top-eigen';

/** A fitted PCA. Plain data owned by the caller. */
export interface PcaModel {
  /** Row length (pixels). */
  dim: number;
  /** [dim] mean of the training rows. */
  mean: Float32Array;
  /** [k, dim] unit principal axes, by decreasing variance; each sign chosen so its largest |entry| is positive. */
  components: Float32Array;
  /** [k] variance along each axis (divisor n − 1). */
  variances: Float64Array;
  /** Total variance of the training rows (sum over pixels, divisor n − 1). */
  totalVariance: number;
  /** [k] variances / totalVariance. */
  explainedVarianceRatio: Float64Array;
  /** Subspace iterations the eigensolver took (1 when it solved G whole). */
  iterations: number;
}

/**
 * Fits PCA with k components to the rows of `x` [n, dim] (n ≥ 2, 1 ≤ k ≤ n − 1).
 * Leaves no tensors; `x` stays owned by the caller.
 */
export async function fitPca(x: tf.Tensor2D, k: number, options: TopEigenOptions = {}): Promise<PcaModel> {
  const [n, dim] = x.shape;
  if (n < 2 || !Number.isInteger(k) || k < 1 || k > n - 1) throw new Error('pca-k');
  const meanT = tf.mean(x, 0) as tf.Tensor1D;
  const xc = tf.sub(x, meanT) as tf.Tensor2D;
  const gram = symmetricGram(xc);
  try {
    const mean = (await meanT.data()) as Float32Array;
    // Row norms in tfjs, their sum in float64: the trace of G without downloading G.
    const normsT = tf.tidy(() => tf.sum(tf.square(xc), 1));
    const trace = ((await normsT.data()) as Float32Array).reduce((s, v) => s + v, 0);
    normsT.dispose();
    // Solving G whole (a single exact step) is cheap for small n.
    const eig = await topEigenpairs(gram, k, { ...(n <= 256 ? { oversample: n } : {}), ...options });
    const components = await axes(xc, eig.vectors, eig.values, n, k, dim);
    const variances = eig.values.map((l) => Math.max(l, 0) / (n - 1));
    const totalVariance = trace / (n - 1);
    return { dim, mean, components, variances, totalVariance, explainedVarianceRatio: variances.map((v) => v / totalVariance), iterations: eig.iterations };
  } finally {
    tf.dispose([meanT, xc, gram]);
  }
}

/** Unit axes Xcᵀu (renormalised), [k, dim], sign-fixed. */
async function axes(xc: tf.Tensor2D, vectors: Float32Array, values: Float64Array, n: number, k: number, dim: number): Promise<Float32Array> {
  const raw = tf.tidy(() => tf.matMul(tf.tensor2d(vectors, [k, n]), xc));
  const values32 = (await raw.data()) as Float32Array;
  raw.dispose();
  const out = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const row = values32.subarray(c * dim, (c + 1) * dim);
    let norm = 0;
    let peak = 0;
    for (let i = 0; i < dim; i++) {
      norm += row[i] * row[i];
      if (Math.abs(row[i]) > Math.abs(peak)) peak = row[i];
    }
    const scale = (peak < 0 ? -1 : 1) / Math.sqrt(norm || (values[c] > 0 ? values[c] : 1));
    for (let i = 0; i < dim; i++) out[c * dim + i] = row[i] * scale;
  }
  return out;
}

/**
 * Coordinates of rows `x` [m, dim] on the first `k` axes: (x − mean)·axesᵀ.
 * @returns [m, k] row-major, plus each row's squared distance to the mean, so
 *   the squared residual with j ≤ k axes is `centredNorms[i] − Σ_{c<j} codes[i,c]²`.
 */
export async function projectPca(model: PcaModel, x: tf.Tensor2D, k = model.components.length / model.dim): Promise<{ codes: Float32Array; centredNorms: Float64Array }> {
  const dim = model.dim;
  const [codesT, normsT] = tf.tidy(() => {
    const xc = tf.sub(x, tf.tensor1d(model.mean));
    const axesT = tf.transpose(tf.tensor2d(model.components.subarray(0, k * dim), [k, dim]));
    return [tf.matMul(xc, axesT), tf.sum(tf.square(xc), 1)];
  });
  try {
    const codes = (await codesT.data()) as Float32Array;
    return { codes, centredNorms: Float64Array.from(await normsT.data()) };
  } finally {
    tf.dispose([codesT, normsT]);
  }
}

/**
 * Reconstructions of rows from their codes with the first `k` axes: mean + codes·axes.
 * @param codes [m, kCodes] row-major (kCodes ≥ k) @returns [m, dim], plain data
 */
export function reconstructPca(model: PcaModel, codes: Float32Array, kCodes: number, k: number): Float32Array {
  const dim = model.dim;
  const m = codes.length / kCodes;
  const out = new Float32Array(m * dim);
  for (let i = 0; i < m; i++) {
    const row = out.subarray(i * dim, (i + 1) * dim);
    row.set(model.mean);
    for (let c = 0; c < k; c++) {
      const w = codes[i * kCodes + c];
      const axis = model.components.subarray(c * dim, (c + 1) * dim);
      for (let p = 0; p < dim; p++) row[p] += w * axis[p];
    }
  }
  return out;
}

/** Rows per block of {@link symmetricGram}: at 2,000 faces, 4 blocks. */
const GRAM_BLOCK = 512;

/**
 * xc·xcᵀ [n, n] from its diagonal and upper blocks only, the lower blocks
 * being their transposes: for b blocks, (b + 1) / 2b of the full product's
 * multiply-adds (5/8 for 4), the cost that dominates PCA of many faces.
 * Returns a new tensor; `xc` stays owned by the caller.
 */
export function symmetricGram(xc: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const n = xc.shape[0];
    const parts: tf.Tensor2D[] = [];
    for (let s = 0; s < n; s += GRAM_BLOCK) parts.push(xc.slice([s, 0], [Math.min(GRAM_BLOCK, n - s), -1]));
    const partsT = parts.map((p) => tf.transpose(p) as tf.Tensor2D);
    const upper = parts.map((a, i) => parts.map((_, j) => (j >= i ? (tf.matMul(a, partsT[j]) as tf.Tensor2D) : null)));
    const block = (i: number, j: number): tf.Tensor2D => upper[i][j] ?? (tf.transpose(upper[j][i]!) as tf.Tensor2D);
    return tf.concat(parts.map((_, i) => tf.concat(parts.map((__, j) => block(i, j)), 1)), 0) as tf.Tensor2D;
  });
}
