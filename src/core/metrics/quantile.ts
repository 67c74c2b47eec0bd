/**
 * Quantile of `values` with linear interpolation between closest ranks —
 * numpy's default (`np.quantile(values, q)`, method 'linear'): with the values
 * sorted ascending as x and h = (n − 1)·q, the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 *
 * `q` in [0, 1] (e.g. 0.99 for the 99th percentile); q = 0 gives the minimum and
 * q = 1 the maximum. Throws when `values` is empty, contains a non-finite number,
 * or `q` is outside [0, 1] / NaN. Does not modify `values`. O(n log n).
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) {
    throw new Error(`quantile: q must be in [0, 1] (got ${q})`);
  }
  const n = values.length;
  if (n === 0) throw new Error('quantile: values must not be empty');
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      throw new Error(`quantile: values must be finite (values[${i}] = ${v})`);
    }
    x[i] = v;
  }
  x.sort();
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return x[n - 1];
  const t = h - lo;
  const a = x[lo];
  const b = x[lo + 1];
  const d = b - a;
  // numpy's _lerp: interpolate from the nearer end for better rounding.
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}
