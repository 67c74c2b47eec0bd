/**
 * The k nearest neighbours by Euclidean distance, computed exactly in
 * float64 in plain TypeScript, with scikit-learn's choice among tied
 * distances: its brute-force search pushes the fit points in index order
 * into a bounded max-heap (`sklearn/utils/_heap.pyx`, `heap_push`), so which
 * of several equally distant points stays follows that heap, not the index.
 * That choice is reproduced here exactly for a fit set of up to 256 points
 * (one chunk of sklearn's search) and whenever sklearn's search runs in
 * parallel over the queries; with more fit points and few queries sklearn's
 * own choice among ties depends on its thread count.
 */

/** k nearest fit points of each query row, row-major [n, k], nearest first. */
export interface Neighbors {
  /** Neighbours per row. */
  k: number;
  /** Query rows. */
  n: number;
  /** [n, k] fit-point indices. */
  indices: Int32Array;
  /** [n, k] Euclidean distances (float64). */
  distances: Float64Array;
}

/** Squared Euclidean distance between row `a` of `x` and row `b` of `y` (float64). */
export function squaredDistance(x: ArrayLike<number>, a: number, y: ArrayLike<number>, b: number, dim: number): number {
  let s = 0;
  const xa = a * dim;
  const yb = b * dim;
  for (let j = 0; j < dim; j++) {
    const d = x[xa + j] - y[yb + j];
    s += d * d;
  }
  return s;
}

/** scikit-learn's bounded max-heap of (d², index): `push` is its `heap_push`. */
export class NeighborHeap {
  readonly d2: Float64Array;
  readonly idx: Int32Array;
  constructor(readonly size: number) {
    this.d2 = new Float64Array(size);
    this.idx = new Int32Array(size);
    this.reset();
  }
  reset(): void {
    this.d2.fill(Infinity);
    this.idx.fill(-1);
  }
  push(val: number, index: number): void {
    const { d2, idx, size } = this;
    if (val >= d2[0]) return;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let swap: number;
      if (left >= size) break;
      else if (right >= size) {
        if (d2[left] > val) swap = left;
        else break;
      } else if (d2[left] >= d2[right]) {
        if (val < d2[left]) swap = left;
        else break;
      } else if (val < d2[right]) swap = right;
      else break;
      d2[at] = d2[swap];
      idx[at] = idx[swap];
      at = swap;
    }
    d2[at] = val;
    idx[at] = index;
  }
}

/** Empty neighbour lists for `n` rows of `k`. */
export function emptyNeighbors(n: number, k: number): Neighbors {
  return { k, n, indices: new Int32Array(n * k), distances: new Float64Array(n * k) };
}

/**
 * Writes a chosen set (`d2`, `idx`, `count` entries, any order) into row
 * `row` of `out`, nearest first (ties by index). With `self` ≥ 0 the set has
 * one extra entry: `self` is dropped when present, else the nearest entry, as
 * sklearn's `kneighbors()` without X does.
 */
export function writeRow(out: Neighbors, row: number, d2: ArrayLike<number>, idx: ArrayLike<number>, count: number, self: number): void {
  const order = Array.from({ length: count }, (_, j) => j).sort((a, b) => d2[a] - d2[b] || idx[a] - idx[b]);
  let drop = -1;
  if (self >= 0) {
    const at = order.findIndex((j) => idx[j] === self);
    drop = at >= 0 ? at : 0;
  }
  let w = 0;
  for (let j = 0; j < count && w < out.k; j++) {
    if (j === drop) continue;
    out.indices[row * out.k + w] = idx[order[j]];
    out.distances[row * out.k + w] = Math.sqrt(d2[order[j]]);
    w++;
  }
  if (w < out.k) throw new Error('neighbors-too-few');
}

/**
 * Exact neighbours of query row `row` by a full scan of the fit set in
 * index order (sklearn's heap), written into `out`.
 * @param self the row's own fit index when the queries are the fit points, else -1
 */
export function scanRow(fit: ArrayLike<number>, nFit: number, dim: number, query: ArrayLike<number>, row: number, self: number, heap: NeighborHeap, out: Neighbors): void {
  heap.reset();
  for (let i = 0; i < nFit; i++) heap.push(squaredDistance(query, row, fit, i, dim), i);
  writeRow(out, row, heap.d2, heap.idx, heap.size, self);
}

/**
 * The k nearest fit points of every query row (exact, O(nQuery·nFit·dim),
 * for small sets such as the lesson's 2-D demo). With `query` null the
 * queries are the fit points themselves and each point's own row is left
 * out, as scikit-learn's `kneighbors()` without X does.
 * @param fit [nFit, dim] row-major
 * @param query [nQuery, dim] row-major, or null
 * @param k 1..nFit (nFit − 1 when `query` is null)
 */
export function exactNeighbors(fit: ArrayLike<number>, dim: number, query: ArrayLike<number> | null, k: number): Neighbors {
  const nFit = fit.length / dim;
  const q = query ?? fit;
  const n = q.length / dim;
  checkK(k, nFit, query === null);
  const out = emptyNeighbors(n, k);
  const heap = new NeighborHeap(k + (query ? 0 : 1));
  for (let r = 0; r < n; r++) scanRow(fit, nFit, dim, q, r, query ? -1 : r, heap, out);
  return out;
}

/** @throws 'neighbors-k-range' unless 1 ≤ k ≤ nFit (nFit − 1 for the fit points themselves) */
export function checkK(k: number, nFit: number, self: boolean): void {
  if (!Number.isInteger(k) || k < 1 || k > nFit - (self ? 1 : 0)) throw new Error('neighbors-k-range');
}
