import * as tf from '@tensorflow/tfjs';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import { checkK, emptyNeighbors, NeighborHeap, scanRow, squaredDistance, writeRow, type Neighbors } from './exact-neighbors';

/** Options of {@link nearestNeighbors}. */
export interface NeighborOptions {
  /** Query rows per distance block (default: about 4 M distances per block). */
  chunkRows?: number;
  /** Extra candidates taken from the float32 search beyond k + 1 (default 16). */
  margin?: number;
  /** Called after each block with the rows done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Rows that needed a full exact scan, for tests and benches. */
export interface NeighborStats {
  fallbackRows: number;
}

const BLOCK_VALUES = 4_000_000;

/**
 * The same neighbours as {@link exactNeighbors} (scikit-learn's, ties by
 * the lower index, distances in float64), fast on large sets: the squared
 * distances of each block of query rows come from one float32 matmul on the
 * tfjs backend (one matmul, see `augmentedFit`) and `tf.topk` keeps k + 1 + margin
 * candidates; their distances are then recomputed exactly. A row is taken
 * from its candidates when the float32 value of the last candidate exceeds
 * the exact k-th distance² by more than the float32 error bound and the k-th
 * and next distances differ; otherwise (near or exact ties, duplicates) the
 * row is scanned exactly in full, in index order, as sklearn breaks ties.
 * Every tensor is freed.
 * @param fit [nFit, dim] row-major
 * @param query [nQuery, dim], or null for the fit points themselves (each point's own row left out)
 * @param k 1..nFit (nFit − 1 when `query` is null)
 */
export async function nearestNeighbors(
  fit: ArrayLike<number>,
  dim: number,
  query: ArrayLike<number> | null,
  k: number,
  options: NeighborOptions = {},
  stats: NeighborStats = { fallbackRows: 0 },
): Promise<Neighbors> {
  const nFit = fit.length / dim;
  const q = query ?? fit;
  const n = q.length / dim;
  const self = query === null;
  checkK(k, nFit, self);
  const m = Math.min(nFit, k + 1 + (options.margin ?? 16));
  const out = emptyNeighbors(n, k);
  const fitNorms = rowNorms(fit, nFit, dim);
  const maxFitNorm = fitNorms.reduce((a, b) => Math.max(a, b), 0);
  const bound = (dim + 8) * 2.4e-7;
  const chunk = options.chunkRows ?? Math.max(1, Math.floor(BLOCK_VALUES / nFit));
  const fitT = tf.tensor2d(augmentedFit(fit, fitNorms, nFit, dim), [dim + 1, nFit]);
  const cap = k + (self ? 1 : 0);
  const heap = new NeighborHeap(cap);
  const d2 = new Float64Array(m);
  const idx = new Int32Array(m);
  try {
    for (let from = 0; from < n; from += chunk) {
      const rows = Math.min(chunk, n - from);
      const top = tf.tidy(() => tf.topk(tf.matMul(tf.tensor2d(augmentedRows(q, from, rows, dim), [rows, dim + 1]), fitT), m, true));
      const [values, indices] = await Promise.all([top.values.data(), top.indices.data()]);
      tf.dispose([top.values, top.indices]);
      for (let r = 0; r < rows; r++) {
        const row = from + r;
        for (let j = 0; j < m; j++) {
          idx[j] = indices[r * m + j];
          d2[j] = squaredDistance(q, row, fit, idx[j], dim);
        }
        const sorted = Array.from(d2).sort((a, b) => a - b);
        const qn = squaredNorm(q, row, dim);
        const last = qn - 2 * values[r * m + m - 1];
        const tol = bound * (qn + maxFitNorm);
        const separated = cap === m ? m === nFit : sorted[cap - 1] < sorted[cap];
        if (separated && (m === nFit || last - tol > sorted[cap - 1])) {
          const keep = Array.from({ length: m }, (_, j) => j).filter((j) => d2[j] <= sorted[cap - 1]);
          writeRow(out, row, keep.map((j) => d2[j]), keep.map((j) => idx[j]), cap, self ? row : -1);
        } else {
          stats.fallbackRows += 1;
          scanRow(fit, nFit, dim, q, row, self ? row : -1, heap, out);
        }
      }
      options.onProgress?.(from + rows, n);
      await yieldToEventLoop();
    }
  } finally {
    fitT.dispose();
  }
  return out;
}

function squaredNorm(x: ArrayLike<number>, row: number, dim: number): number {
  let s = 0;
  for (let j = 0; j < dim; j++) s += x[row * dim + j] * x[row * dim + j];
  return s;
}

function rowNorms(x: ArrayLike<number>, n: number, dim: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = squaredNorm(x, i, dim);
  return out;
}

/**
 * The fit points as a [dim + 1, nFit] matrix [fᵀ; −‖f‖²/2], so that one
 * matmul with [q, 1] gives q·f − ‖f‖²/2 = (‖q‖² − d²)/2, largest for the
 * nearest point (a pre-transposed operand: tfjs-wasm's matmul with a
 * transposed operand is ~10× slower).
 */
function augmentedFit(fit: ArrayLike<number>, norms: Float64Array, nFit: number, dim: number): Float32Array {
  const out = new Float32Array((dim + 1) * nFit);
  for (let i = 0; i < nFit; i++) {
    for (let j = 0; j < dim; j++) out[j * nFit + i] = fit[i * dim + j];
    out[dim * nFit + i] = -norms[i] / 2;
  }
  return out;
}

/** Query rows `from`..`from + rows` as [rows, dim + 1] with a trailing 1. */
function augmentedRows(q: ArrayLike<number>, from: number, rows: number, dim: number): Float32Array {
  const out = new Float32Array(rows * (dim + 1));
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < dim; j++) out[r * (dim + 1) + j] = q[(from + r) * dim + j];
    out[r * (dim + 1) + dim] = 1;
  }
  return out;
}
