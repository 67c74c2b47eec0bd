/**
 * Eigen-decomposition of a small dense symmetric matrix by the cyclic Jacobi
 * method, in float64 plain TypeScript (no tfjs: tfjs has no eigensolver).
 * O(n³) per sweep; meant for n up to a few hundred (the Rayleigh–Ritz step of
 * {@link topEigenpairs}, the 2×2 of the 2-D demo, small fixtures).
 */

/** Eigenvalues and unit eigenvectors, by decreasing eigenvalue. Plain data owned by the caller. */
export interface SymmetricEigen {
  /** [n] eigenvalues, descending. */
  values: Float64Array;
  /** [n, n] row-major: row i is the unit eigenvector of `values[i]`. */
  vectors: Float64Array;
}

const MAX_SWEEPS = 60;

/**
 * All eigenpairs of the symmetric n×n matrix `a` (row-major; only read, the
 * upper triangle is taken as the truth). Converges when every off-diagonal
 * element is below 1e-15 of the matrix's Frobenius norm.
 */
export function jacobiEigen(a: ArrayLike<number>, n: number): SymmetricEigen {
  if (a.length !== n * n) throw new Error('jacobi-shape');
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) m[i * n + j] = m[j * n + i] = a[i * n + j];
  // v holds eigenvectors as columns while rotating.
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let norm = 0;
  for (let i = 0; i < n * n; i++) norm += m[i] * m[i];
  const tiny = 1e-30 * Math.max(norm, 1e-300);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q] * m[p * n + q];
    if (off <= tiny) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (apq * apq <= tiny / (n * n)) continue;
        const theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(m, v, n, p, q, c, s);
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[j * n + j] - m[i * n + i]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((col, r) => {
    values[r] = m[col * n + col];
    for (let i = 0; i < n; i++) vectors[r * n + i] = v[i * n + col];
  });
  return { values, vectors };
}

/** Applies the rotation in the (p, q) plane that zeroes m[p][q]: m ← Jᵀ m J, v ← v J. */
function rotate(m: Float64Array, v: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const mkp = m[k * n + p];
    const mkq = m[k * n + q];
    m[k * n + p] = c * mkp - s * mkq;
    m[k * n + q] = s * mkp + c * mkq;
  }
  for (let k = 0; k < n; k++) {
    const mpk = m[p * n + k];
    const mqk = m[q * n + k];
    m[p * n + k] = c * mpk - s * mqk;
    m[q * n + k] = s * mpk + c * mqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p];
    const vkq = v[k * n + q];
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
