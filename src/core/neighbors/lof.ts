/**
 * Local outlier factor exactly as scikit-learn's `LocalOutlierFactor`
 * (Breunig et al. 2000; sklearn 1.2 `_lof.py`), and the kNN distance score.
 *
 * On the fit set each point's k neighbours leave the point itself out. The
 * k-distance of a fit point is the distance to its k-th neighbour;
 * reach-dist(p, o) = max(d(p, o), k-distance(o)); lrd(p) = 1 / (mean reach-dist
 * over p's neighbours + 1e-10); LOF(p) = mean over p's neighbours o of
 * lrd(o) / lrd(p). `negative_outlier_factor_` is −LOF of the fit points;
 * `score_samples` (novelty mode) is −LOF of new points, whose neighbours are
 * fit points only (a new point equal to a fit point has it at distance 0).
 * k is clamped to 1..nFit − 1 as sklearn's `n_neighbors_`.
 */
import { exactNeighbors, type Neighbors } from './exact-neighbors';
import { nearestNeighbors, type NeighborOptions } from './neighbors';

export type { Neighbors } from './exact-neighbors';

/** A fitted LOF: the fit set's neighbours and densities. Plain data. */
export interface LofModel {
  /** Effective k (sklearn's `n_neighbors_`). */
  k: number;
  /** Fit points' neighbours among the other fit points, [nFit, k]. */
  fitNeighbors: Neighbors;
  /** [nFit] distance to the k-th neighbour. */
  kDistance: Float64Array;
  /** [nFit] local reachability density. */
  lrd: Float64Array;
  /** [nFit] −LOF of each fit point (sklearn's `negative_outlier_factor_`). */
  negativeOutlierFactor: Float64Array;
}

/** One point's LOF, step by step, for the lesson's 2-D demo. */
export interface LofDetail {
  /** Fit indices of its k neighbours, nearest first. */
  neighbors: number[];
  /** Distances to them. */
  distances: number[];
  /** Its k-distance (distance to the k-th neighbour). */
  kDistance: number;
  /** reach-dist to each neighbour: max(distance, the neighbour's k-distance). */
  reachDistances: number[];
  lrd: number;
  /** The local outlier factor (≈ 1 inside a cluster, ≫ 1 for an outlier). */
  lof: number;
}

/** sklearn's effective k for `nFit` fit points. */
export function effectiveK(k: number, nFit: number): number {
  return Math.max(1, Math.min(k, nFit - 1));
}

/** Builds the model from the fit set's neighbours (each point's own row excluded). */
export function lofFromFitNeighbors(nb: Neighbors): LofModel {
  const { k, n } = nb;
  const kDistance = new Float64Array(n);
  for (let i = 0; i < n; i++) kDistance[i] = nb.distances[i * k + k - 1];
  const lrd = densities(nb, kDistance);
  return { k, fitNeighbors: nb, kDistance, lrd, negativeOutlierFactor: negativeFactors(nb, lrd, lrd) };
}

/** sklearn's `score_samples` (−LOF) of query points from their neighbours among the fit points ([nQuery, model.k]). */
export function lofScoreSamples(model: LofModel, queryNeighbors: Neighbors): Float64Array {
  if (queryNeighbors.k !== model.k) throw new Error('lof-k-mismatch');
  return negativeFactors(queryNeighbors, densities(queryNeighbors, model.kDistance), model.lrd);
}

function densities(nb: Neighbors, kDistance: Float64Array): Float64Array {
  const out = new Float64Array(nb.n);
  for (let i = 0; i < nb.n; i++) {
    let sum = 0;
    for (let j = 0; j < nb.k; j++) sum += Math.max(nb.distances[i * nb.k + j], kDistance[nb.indices[i * nb.k + j]]);
    out[i] = 1 / (sum / nb.k + 1e-10);
  }
  return out;
}

function negativeFactors(nb: Neighbors, ownLrd: Float64Array, fitLrd: Float64Array): Float64Array {
  const out = new Float64Array(nb.n);
  for (let i = 0; i < nb.n; i++) {
    let sum = 0;
    for (let j = 0; j < nb.k; j++) sum += fitLrd[nb.indices[i * nb.k + j]] / ownLrd[i];
    out[i] = -(sum / nb.k);
  }
  return out;
}

/**
 * kNN distance score of each row: the mean distance to its k nearest fit
 * points (sklearn `NearestNeighbors(n_neighbors=k).kneighbors(X)[0].mean(1)`),
 * or the largest of them with `reduce = 'max'`. Higher = more anomalous.
 */
export function knnScores(nb: Neighbors, reduce: 'mean' | 'max' = 'mean'): Float64Array {
  const out = new Float64Array(nb.n);
  for (let i = 0; i < nb.n; i++) {
    let acc = 0;
    for (let j = 0; j < nb.k; j++) {
      const d = nb.distances[i * nb.k + j];
      acc = reduce === 'max' ? Math.max(acc, d) : acc + d;
    }
    out[i] = reduce === 'max' ? acc : acc / nb.k;
  }
  return out;
}

/** The step-by-step LOF of row `i` of `nb` (a fit row of `model.fitNeighbors`, or a query row scored against `model`). */
export function lofDetail(model: LofModel, nb: Neighbors, i: number): LofDetail {
  const { k } = nb;
  const neighbors = Array.from(nb.indices.subarray(i * k, (i + 1) * k));
  const distances = Array.from(nb.distances.subarray(i * k, (i + 1) * k));
  const reachDistances = neighbors.map((o, j) => Math.max(distances[j], model.kDistance[o]));
  const lrd = 1 / (reachDistances.reduce((a, b) => a + b, 0) / k + 1e-10);
  const lof = neighbors.reduce((a, o) => a + model.lrd[o] / lrd, 0) / k;
  return { neighbors, distances, kDistance: distances[k - 1], reachDistances, lrd, lof };
}

/**
 * LOF of every point of a small set (exact, synchronous; for the 2-D demo,
 * where points are dragged and k changes): each point against the others.
 * @param points [n, dim] row-major, n ≥ 2
 */
export function explainLof(points: ArrayLike<number>, dim: number, k: number): { model: LofModel; details: LofDetail[] } {
  const n = points.length / dim;
  const model = lofFromFitNeighbors(exactNeighbors(points, dim, null, effectiveK(k, n)));
  return { model, details: Array.from({ length: n }, (_, i) => lofDetail(model, model.fitNeighbors, i)) };
}

/** Scores of a fit set and a query set by LOF (novelty) and kNN distance. */
export interface NeighborScores {
  /** Effective k of both scores. */
  k: number;
  /** [nFit] sklearn's negative_outlier_factor_. */
  fitNegativeLof: Float64Array;
  /** [nQuery] sklearn's score_samples (−LOF). */
  queryNegativeLof: Float64Array;
  /** [nFit] mean distance to the k nearest other fit points. */
  fitKnn: Float64Array;
  /** [nQuery] mean distance to the k nearest fit points. */
  queryKnn: Float64Array;
}

/**
 * LOF and kNN scores of `query` against `fit` (and of the fit points
 * themselves), with distances from tfjs matmuls in blocks (see
 * {@link nearestNeighbors}); leaves no tensors.
 * @param fit [nFit, dim], nFit ≥ 2; @param query [nQuery, dim]
 */
export async function neighborScores(fit: ArrayLike<number>, query: ArrayLike<number>, dim: number, k: number, options: NeighborOptions = {}): Promise<NeighborScores> {
  const kk = effectiveK(k, fit.length / dim);
  const model = lofFromFitNeighbors(await nearestNeighbors(fit, dim, null, kk, options));
  const queryNb = await nearestNeighbors(fit, dim, query, kk, options);
  return {
    k: kk,
    fitNegativeLof: model.negativeOutlierFactor,
    queryNegativeLof: lofScoreSamples(model, queryNb),
    fitKnn: knnScores(model.fitNeighbors),
    queryKnn: knnScores(queryNb),
  };
}
