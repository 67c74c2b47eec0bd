import { pca2 } from '../neighbors/pca2';
import { createRng, permutation } from '../random/rng';
import type { EmbeddingProjection, MetricLearningData, ProjectionGroup } from './metric-learning-types';

/** Points per group in the embedding view. */
export const PROJECTION_PER_GROUP = 300;

/** Indices i with `keep(values[i])`. */
export function rowsOf(values: ArrayLike<number>, keep: (v: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i])) out.push(i);
  return Int32Array.from(out);
}

/** `scores` standardised by the mean and (population) standard deviation of `reference`; a constant reference gives (score − mean). */
export function standardiseOn(scores: ArrayLike<number>, reference: ArrayLike<number>): Float64Array {
  let mean = 0;
  for (let i = 0; i < reference.length; i++) mean += reference[i] / reference.length;
  let v = 0;
  for (let i = 0; i < reference.length; i++) v += (reference[i] - mean) ** 2 / reference.length;
  const sd = Math.sqrt(v) || 1;
  return Float64Array.from(scores, (s) => (s - mean) / sd);
}

/** Element-wise mean of equal-length arrays, as float32. */
export function meanOf(arrays: Float64Array[]): Float32Array {
  const out = new Float32Array(arrays[0]?.length ?? 0);
  for (const a of arrays) for (let i = 0; i < out.length; i++) out[i] += a[i] / arrays.length;
  return out;
}

/**
 * Mean cosine distance 1 − cos(eᵢ, eⱼ) over all pairs i ≠ j of unit rows
 * [n, dim] (exact: Σ_{i≠j} eᵢ·eⱼ = ‖Σ eᵢ‖² − n). In [0, 2]; 0 = all equal.
 */
export function embeddingSpread(unitRows: ArrayLike<number>, dim: number): number {
  const n = unitRows.length / dim;
  if (n < 2) return 0;
  const sum = new Float64Array(dim);
  let self = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dim; j++) {
      const v = unitRows[i * dim + j];
      sum[j] += v;
      self += v * v;
    }
  }
  const total = sum.reduce((s, v) => s + v * v, 0);
  return 1 - (total - self) / (n * (n - 1));
}

/**
 * The embedding view: up to {@link PROJECTION_PER_GROUP} seeded points of
 * each group (normal training, reference, test normal, test anomaly),
 * projected on the first two principal components of those points.
 * @param trainEmb [nTrain, dim] embeddings of `data.trainX`; @param testEmb [nTest, dim]
 */
export function projectGroups(trainEmb: Float32Array, testEmb: Float32Array, data: MetricLearningData, dim: number, seed: number): EmbeddingProjection {
  const rng = createRng(seed ^ 0x9ca);
  const pick = (rows: Int32Array) => {
    const order = permutation(rows.length, rng).subarray(0, Math.min(PROJECTION_PER_GROUP, rows.length));
    return Int32Array.from(order, (i) => rows[i]).sort();
  };
  const groups: [ProjectionGroup, Int32Array, Float32Array][] = [
    ['normal-train', pick(rowsOf(data.trainClasses, (c) => c === 0)), trainEmb],
    ['reference', pick(rowsOf(data.trainClasses, (c) => c > 0)), trainEmb],
    ['test-normal', pick(rowsOf(data.testLabels, (l) => l === 0)), testEmb],
    ['test-anomaly', pick(rowsOf(data.testLabels, (l) => l === 1)), testEmb],
  ];
  const n = groups.reduce((s, g) => s + g[1].length, 0);
  const rows = new Float32Array(n * dim);
  const group: ProjectionGroup[] = [];
  const index = new Int32Array(n);
  let at = 0;
  for (const [name, idx, emb] of groups) {
    for (const r of idx) {
      rows.set(emb.subarray(r * dim, (r + 1) * dim), at * dim);
      group.push(name);
      index[at++] = r;
    }
  }
  const p = pca2(rows, dim);
  return { x: p.x, y: p.y, group, index, explained: p.explained };
}
