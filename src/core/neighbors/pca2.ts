import { createRng } from '../random/rng';

/** A 2-D principal-component projection. */
export interface Projection2 {
  /** [n] coordinates on the first and second component. */
  x: Float32Array;
  y: Float32Array;
  /** Fraction of the total variance each component explains. */
  explained: [number, number];
}

/**
 * Projects rows on their first two principal components (centred; power
 * iteration with deflation on the d×d covariance, float64). Signs are fixed
 * so that the largest-magnitude loading of each axis is positive.
 * @param rows [n, dim] row-major, n ≥ 2
 */
export function pca2(rows: ArrayLike<number>, dim: number): Projection2 {
  const n = rows.length / dim;
  const mean = new Float64Array(dim);
  for (let i = 0; i < n; i++) for (let j = 0; j < dim; j++) mean[j] += rows[i * dim + j] / n;
  const cov = new Float64Array(dim * dim);
  const centred = new Float64Array(dim);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dim; j++) centred[j] = rows[i * dim + j] - mean[j];
    for (let a = 0; a < dim; a++) {
      const ca = centred[a] / (n - 1);
      if (ca === 0) continue;
      for (let b = a; b < dim; b++) cov[a * dim + b] += ca * centred[b];
    }
  }
  let total = 0;
  for (let a = 0; a < dim; a++) {
    total += cov[a * dim + a];
    for (let b = 0; b < a; b++) cov[a * dim + b] = cov[b * dim + a];
  }
  const first = topEigen(cov, dim, 1);
  deflate(cov, dim, first.vector, first.value);
  const second = topEigen(cov, dim, 2);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let px = 0;
    let py = 0;
    for (let j = 0; j < dim; j++) {
      const c = rows[i * dim + j] - mean[j];
      px += c * first.vector[j];
      py += c * second.vector[j];
    }
    x[i] = px;
    y[i] = py;
  }
  const share = (v: number) => (total > 0 ? Math.max(0, v) / total : 0);
  return { x, y, explained: [share(first.value), share(second.value)] };
}

function topEigen(m: Float64Array, dim: number, seed: number): { vector: Float64Array; value: number } {
  const rng = createRng(seed);
  let v = Float64Array.from({ length: dim }, () => rng.next() - 0.5);
  let value = 0;
  for (let iter = 0; iter < 500; iter++) {
    const w = new Float64Array(dim);
    for (let a = 0; a < dim; a++) {
      let s = 0;
      for (let b = 0; b < dim; b++) s += m[a * dim + b] * v[b];
      w[a] = s;
    }
    const norm = Math.hypot(...w);
    if (norm === 0) break;
    for (let a = 0; a < dim; a++) w[a] /= norm;
    const change = w.reduce((s, wa, a) => s + Math.abs(wa - v[a]), 0);
    v = w;
    value = norm;
    if (change < 1e-10) break;
  }
  let big = 0;
  for (let a = 0; a < dim; a++) if (Math.abs(v[a]) > Math.abs(v[big])) big = a;
  if (v[big] < 0) for (let a = 0; a < dim; a++) v[a] = -v[a];
  return { vector: v, value };
}

function deflate(m: Float64Array, dim: number, v: Float64Array, value: number): void {
  for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) m[a * dim + b] -= value * v[a] * v[b];
}
