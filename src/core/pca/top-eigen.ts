/**
 * Leading eigenpairs of a large symmetric positive semi-definite n×n matrix G
 * that is only touched through products G·Q (done in tfjs by the caller):
 * block subspace iteration with a Rayleigh–Ritz step, float64 in plain
 * TypeScript for everything small (Gram–Schmidt, the m×m eigenproblem by
 * {@link jacobiEigen}). When the block covers all of G (m = n) one step is
 * exact.
 */
import { createRng } from '../random/rng';
import { jacobiEigen } from './jacobi-eigen';

/** G·Q for Q [n, m] row-major; returns [n, m] row-major (a new array). */
export type SymmetricProduct = (q: Float64Array, m: number) => Promise<Float64Array>;

/** Options of {@link topEigenpairs}. */
export interface TopEigenOptions {
  /** Extra block columns beyond k (default max(k, 20)): more converge faster. */
  oversample?: number;
  /** Stop when every wanted residual ‖Gv − θv‖ ≤ tol · θ₁ (default 1e-7; the float32 products of tfjs floor it not far below). */
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
  vectors: Float64Array;
  iterations: number;
  /** Largest relative residual of the returned pairs. */
  residual: number;
}

/** Orthonormalises the m columns of y [n, m] in place (modified Gram–Schmidt, twice); a dependent column is replaced by a fresh unit vector. */
export function orthonormalColumns(y: Float64Array, n: number, m: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += y[r * m + i] * y[r * m + j];
        for (let r = 0; r < n; r++) y[r * m + j] -= dot * y[r * m + i];
      }
      let norm = 0;
      for (let r = 0; r < n; r++) norm += y[r * m + j] * y[r * m + j];
      norm = Math.sqrt(norm);
      if (norm < 1e-12) {
        for (let r = 0; r < n; r++) y[r * m + j] = r === j % n ? 1 : 0;
        j--;
        continue;
      }
      for (let r = 0; r < n; r++) y[r * m + j] /= norm;
    }
  }
}

/** a [n, m] · b [m, m] → [n, m]. */
function times(a: Float64Array, b: Float64Array, n: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < m; i++) {
      const ari = a[r * m + i];
      if (ari === 0) continue;
      for (let j = 0; j < m; j++) out[r * m + j] += ari * b[i * m + j];
    }
  }
  return out;
}

/**
 * The k largest eigenpairs of G (n×n, symmetric PSD), 1 ≤ k ≤ n.
 * @param product G·Q, called once per iteration with an orthonormal Q.
 */
export async function topEigenpairs(product: SymmetricProduct, n: number, k: number, options: TopEigenOptions = {}): Promise<TopEigen> {
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error('top-eigen-k');
  const m = Math.min(n, k + (options.oversample ?? Math.max(k, 20)));
  const tol = options.tol ?? 1e-7;
  const maxIterations = options.maxIterations ?? 100;
  const rng = createRng(options.seed ?? 0);
  let q = new Float64Array(n * m);
  for (let i = 0; i < q.length; i++) q[i] = rng.normal();
  orthonormalColumns(q, n, m);
  let result: TopEigen = { values: new Float64Array(k), vectors: new Float64Array(k * n), iterations: 0, residual: Infinity };
  for (let it = 1; it <= maxIterations; it++) {
    const y = await product(q, m);
    // H = Qᵀ Y (m×m), symmetrised.
    const h = new Float64Array(m * m);
    for (let r = 0; r < n; r++) {
      for (let i = 0; i < m; i++) {
        const qri = q[r * m + i];
        for (let j = 0; j < m; j++) h[i * m + j] += qri * y[r * m + j];
      }
    }
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) h[i * m + j] = h[j * m + i] = (h[i * m + j] + h[j * m + i]) / 2;
    const eig = jacobiEigen(h, m);
    // Ritz vectors as columns: V [m, m] with column c = eigenvector c.
    const v = new Float64Array(m * m);
    for (let c = 0; c < m; c++) for (let i = 0; i < m; i++) v[i * m + c] = eig.vectors[c * m + i];
    const ritz = times(q, v, n, m);
    const gRitz = times(y, v, n, m);
    let residual = 0;
    const scale = Math.max(Math.abs(eig.values[0]), 1e-300);
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let r = 0; r < n; r++) {
        const d = gRitz[r * m + c] - eig.values[c] * ritz[r * m + c];
        s += d * d;
      }
      residual = Math.max(residual, Math.sqrt(s) / scale);
    }
    const vectors = new Float64Array(k * n);
    for (let c = 0; c < k; c++) for (let r = 0; r < n; r++) vectors[c * n + r] = ritz[r * m + c];
    result = { values: eig.values.slice(0, k), vectors, iterations: it, residual };
    if (residual <= tol || m === n) break;
    q = gRitz;
    orthonormalColumns(q, n, m);
  }
  return result;
}
