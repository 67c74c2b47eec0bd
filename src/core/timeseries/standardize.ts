/**
 * Per-time-step standardisation (scikit-learn's StandardScaler on an [n, L]
 * matrix): every step j gets its own mean and standard deviation, fitted on the
 * training rows only, then applied to every row.
 */
import { fail } from '../problem';

export interface StepScaler {
  /** Mean of each step, length L. */
  mean: Float32Array;
  /** Population standard deviation (ddof 0) of each step, length L; a constant step gets 1 so it maps to 0. */
  std: Float32Array;
}

/**
 * Fits a scaler on the rows `rows` (indices into `x`, or every row when
 * omitted) of the row-major [n, L] matrix `x`. Accumulates in float64.
 * Throws a `ProblemError` when L is not a positive whole number dividing x.length, there are no
 * rows, a row index is out of range or a value is not finite.
 */
export function fitStepScaler(x: Float32Array, L: number, rows?: ArrayLike<number>): StepScaler {
  const n = rowCount(x, L);
  const m = rows ? rows.length : n;
  if (m < 1) fail('no-series-to-train', {});
  const sum = new Float64Array(L);
  const sq = new Float64Array(L);
  for (let k = 0; k < m; k++) {
    const i = rows ? rows[k] : k;
    if (!Number.isInteger(i) || i < 0 || i >= n) fail('series-row-out-of-range', { row: i, n });
    const off = i * L;
    for (let j = 0; j < L; j++) {
      const v = x[off + j];
      if (!Number.isFinite(v)) fail('series-value-not-finite', { series: i, step: j });
      sum[j] += v;
    }
  }
  const mean = new Float64Array(L);
  for (let j = 0; j < L; j++) mean[j] = sum[j] / m;
  for (let k = 0; k < m; k++) {
    const off = (rows ? rows[k] : k) * L;
    for (let j = 0; j < L; j++) {
      const d = x[off + j] - mean[j];
      sq[j] += d * d;
    }
  }
  const std = new Float32Array(L);
  for (let j = 0; j < L; j++) {
    const s = Math.sqrt(sq[j] / m);
    std[j] = s > 0 ? s : 1;
  }
  return { mean: Float32Array.from(mean), std };
}

/** (x − mean) / std per step. Returns a new [n, L] array; `x` is unchanged. */
export function applyStepScaler(x: Float32Array, scaler: StepScaler): Float32Array {
  const L = scaler.mean.length;
  rowCount(x, L);
  const out = new Float32Array(x.length);
  for (let off = 0; off < x.length; off += L) {
    for (let j = 0; j < L; j++) out[off + j] = (x[off + j] - scaler.mean[j]) / scaler.std[j];
  }
  return out;
}

/** z · std + mean per step: back to the original units. Returns a new [n, L] array. */
export function invertStepScaler(z: Float32Array, scaler: StepScaler): Float32Array {
  const L = scaler.mean.length;
  rowCount(z, L);
  const out = new Float32Array(z.length);
  for (let off = 0; off < z.length; off += L) {
    for (let j = 0; j < L; j++) out[off + j] = z[off + j] * scaler.std[j] + scaler.mean[j];
  }
  return out;
}

function rowCount(x: Float32Array, L: number): number {
  if (!Number.isInteger(L) || L < 1 || x.length % L !== 0) fail('series-length-mismatch', { length: L, values: x.length });
  return x.length / L;
}
