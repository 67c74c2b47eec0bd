/**
 * Leading eigenpairs of a large symmetric positive semi-definite n×n matrix G
 * (a tfjs tensor): shifted block subspace iteration with a Rayleigh–Ritz step. Every
 * product with n in it runs in tfjs; the m×m eigenproblem ({@link jacobiEigen})
 * and the m×m Cholesky factor of the re-orthonormalisation run in float64
 * plain TypeScript. Blocks are rows: Q [m, n], and G·Q is computed as Q·G
 * (G symmetric), with no transposed matMul (slow on wasm). When the block
 * covers all of G (m = n) one step is exact.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../random/rng';
import { jacobiEigen } from './jacobi-eigen';

/**
 * Below this relative residual, one iteration without a 5 % gain means the
 * float32 floor is reached: above it the residual falls by a steady factor
 * (~0.4 per iteration for 2,000 faces, k 64), at it the factor jumps to ~1,
 * and more iterations only cost time (4 of 15 before this rule).
 */
const STALL_BELOW = 1e-5;

/** Options of {@link topEigenpairs}. */
export interface TopEigenOptions {
  /** Extra block rows beyond k (default max(k / 2, 16)): more converge in fewer steps. */
  oversample?: number;
  /** Stop when every wanted residual ‖Gv − θv‖ ≤ tol · θ₁ (default 2e-7; the iteration also stops once the residual is below 1e-5 and an iteration did not lower it by 5 %: the floor of float32 products, ~6e-7 for 2,000 faces). */
  tol?: number;
  maxIterations?: number;
  /** Seed of the random start block. */
  seed?: number;
}

/** The k leading eigenpairs. Plain data owned by the caller. */
export interface TopEigen {
  /** [k] eigenvalues, descending. */
  values: Float64Array;
  /** [k, n] row-major unit eigenvectors. */
  vectors: Float32Array;
  iterations: number;
  /** Largest relative residual of the returned pairs. */
  residual: number;
}

/** Lower Cholesky factor's inverse of the symmetric positive definite s [m, m] (float64); a non-positive pivot becomes 1e-30. */
export function inverseCholesky(s: ArrayLike<number>, m: number): Float64Array {
  const l = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    let d = s[j * m + j];
    for (let p = 0; p < j; p++) d -= l[j * m + p] * l[j * m + p];
    const pivot = Math.sqrt(Math.max(d, 1e-30));
    l[j * m + j] = pivot;
    for (let i = j + 1; i < m; i++) {
      let v = s[i * m + j];
      for (let p = 0; p < j; p++) v -= l[i * m + p] * l[j * m + p];
      l[i * m + j] = v / pivot;
    }
  }
  const inv = new Float64Array(m * m);
  for (let c = 0; c < m; c++) {
    for (let i = c; i < m; i++) {
      let v = i === c ? 1 : 0;
      for (let p = c; p < i; p++) v -= l[i * m + p] * inv[p * m + c];
      inv[i * m + c] = v / l[i * m + i];
    }
  }
  return inv;
}

/**
 * The next block before orthonormalisation: rows (G − c)·rᵢ / (θᵢ − c), c = θₘ/2.
 * The shift maps the unwanted spectrum [0, θₘ] into [−c, c], so an unwanted λ
 * shrinks against a wanted λᵢ by at most c/(λᵢ − c) per product, not λ/λᵢ
 * (~0.25 against ~0.4 for 2,000 faces, k 64: 9 iterations instead of 11; a
 * Chebyshev filter of degree 2 took 6 but its top rows grew ~10⁴ against the
 * others, too close to what Cholesky QR in float32 can take). Dividing by
 * θᵢ − c keeps each row near unit norm, the block near-orthonormal.
 * @param ritz [m, n] Ritz vectors; @param gRitz [m, n] ritz·G; @param theta [m] descending
 * @returns a new tensor; the inputs stay owned by the caller
 */
function shiftedStep(ritz: tf.Tensor2D, gRitz: tf.Tensor2D, theta: Float64Array, scale: number): tf.Tensor2D {
  const m = theta.length;
  const c = Math.max(theta[m - 1], scale * 1e-7) / 2;
  const inv = Float32Array.from(theta, (t) => 1 / Math.max(t - c, c));
  return tf.tidy(() => tf.mul(tf.sub(gRitz, tf.mul(ritz, c)), tf.tensor2d(inv, [m, 1])));
}

/** Rows of z [m, n] made orthonormal by Cholesky QR, twice (z is not disposed). */
async function orthonormalRows(z: tf.Tensor2D): Promise<tf.Tensor2D> {
  let q = z;
  for (let pass = 0; pass < 2; pass++) {
    const m = q.shape[0];
    const sT = tf.tidy(() => tf.matMul(q, tf.transpose(q)));
    const s = await sT.data();
    sT.dispose();
    const inv = inverseCholesky(s, m);
    const next = tf.tidy(() => tf.matMul(tf.tensor2d(Float32Array.from(inv), [m, m]), q)) as tf.Tensor2D;
    if (q !== z) q.dispose();
    q = next;
  }
  return q;
}

/**
 * The k largest eigenpairs of `g` (n×n, symmetric PSD), 1 ≤ k ≤ n.
 * Leaves no tensors; `g` stays owned by the caller.
 */
export async function topEigenpairs(g: tf.Tensor2D, k: number, options: TopEigenOptions = {}): Promise<TopEigen> {
  const n = g.shape[0];
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error('top-eigen-k');
  const m = Math.min(n, k + (options.oversample ?? Math.max(Math.ceil(k / 2), 16)));
  const tol = options.tol ?? 2e-7;
  const maxIterations = options.maxIterations ?? 100;
  const rng = createRng(options.seed ?? 0);
  const start = new Float32Array(m * n);
  for (let i = 0; i < start.length; i++) start[i] = rng.normal();
  const startT = tf.tensor2d(start, [m, n]);
  let q = await orthonormalRows(startT);
  startT.dispose();
  let previous = Infinity;
  let result: TopEigen = { values: new Float64Array(k), vectors: new Float32Array(k * n), iterations: 0, residual: Infinity };
  try {
    for (let it = 1; it <= maxIterations; it++) {
      const y = tf.matMul(q, g);
      const hT = tf.tidy(() => tf.matMul(q, tf.transpose(y)));
      const h = Float64Array.from(await hT.data());
      hT.dispose();
      for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) h[i * m + j] = h[j * m + i] = (h[i * m + j] + h[j * m + i]) / 2;
      const eig = jacobiEigen(h, m);
      const theta = eig.values;
      const [ritz, gRitz, wanted, resT] = tf.tidy((): tf.Tensor2D[] => {
        const vt = tf.tensor2d(Float32Array.from(eig.vectors), [m, m]);
        const r = tf.matMul(vt, q);
        const gr = tf.matMul(vt, y);
        const rk = r.slice([0, 0], [k, n]);
        const th = tf.tensor2d(Float32Array.from(theta.subarray(0, k)), [k, 1]);
        const res = tf.sqrt(tf.sum(tf.square(tf.sub(gr.slice([0, 0], [k, n]), tf.mul(th, rk))), 1));
        return [r, gr, rk, res] as tf.Tensor2D[];
      });
      y.dispose();
      const residuals = await resT.data();
      resT.dispose();
      const scale = Math.max(Math.abs(theta[0]), 1e-300);
      const residual = Math.max(...Array.from(residuals, (v) => v / scale));
      const vectors = (await wanted.data()) as Float32Array;
      wanted.dispose();
      result = { values: theta.slice(0, k), vectors, iterations: it, residual };
      const stalled = previous < STALL_BELOW && residual >= 0.95 * previous;
      previous = Math.min(previous, residual);
      const done = residual <= tol || m === n || stalled;
      const shifted = done ? null : shiftedStep(ritz, gRitz, theta, scale);
      tf.dispose([ritz, gRitz]);
      if (!shifted) break;
      const next = await orthonormalRows(shifted);
      shifted.dispose();
      q.dispose();
      q = next;
    }
  } finally {
    q.dispose();
  }
  return result;
}
