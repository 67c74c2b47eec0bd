/**
 * `bins + 1` equally spaced bin edges from `min` to `max` (like numpy's
 * `np.histogram_bin_edges(..., bins, range=(min, max))`); the last edge is
 * exactly `max`. If `min === max` the range is widened to [min − 0.5, max + 0.5],
 * as numpy does. Throws when `bins` is not a positive integer, a bound is not
 * finite, or `min > max`. O(bins).
 */
export function histogramEdges(min: number, max: number, bins: number): Float64Array {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new Error(`histogramEdges: bins must be a positive integer (got ${bins})`);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new Error(`histogramEdges: min and max must be finite (got ${min}, ${max})`);
  }
  if (min > max) throw new Error(`histogramEdges: min must be <= max (got ${min} > ${max})`);
  let lo = min;
  let hi = max;
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = new Float64Array(bins + 1);
  const step = (hi - lo) / bins;
  for (let i = 0; i < bins; i++) edges[i] = lo + i * step;
  edges[bins] = hi;
  return edges;
}

/**
 * Counts `values` into the bins delimited by `edges` (non-decreasing, length >= 2).
 * Bin i is [edges[i], edges[i+1]) except the last, which is closed on the right
 * [edges[last−1], edges[last]] — numpy's convention. Values outside
 * [edges[0], edges[last]] and NaN are ignored, so groups counted with the same
 * edges are directly comparable. Throws on fewer than 2 edges, non-finite or
 * decreasing edges. Returns `edges.length − 1` counts. O(n log bins).
 */
export function histogramCounts(values: ArrayLike<number>, edges: ArrayLike<number>): Uint32Array {
  const m = edges.length;
  if (m < 2) throw new Error(`histogramCounts: need at least 2 edges (got ${m})`);
  for (let i = 0; i < m; i++) {
    if (!Number.isFinite(edges[i])) {
      throw new Error(`histogramCounts: edges must be finite (edges[${i}] = ${edges[i]})`);
    }
    if (i > 0 && edges[i] < edges[i - 1]) {
      throw new Error(`histogramCounts: edges must be non-decreasing (edges[${i}] < edges[${i - 1}])`);
    }
  }
  const counts = new Uint32Array(m - 1);
  const first = edges[0];
  const last = edges[m - 1];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= first && v <= last)) continue;
    // Largest j <= m - 2 with edges[j] <= v (numpy: searchsorted(edges, v, 'right') - 1,
    // except that v === last lands in the last bin).
    let lo = 0;
    let hi = m - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}
