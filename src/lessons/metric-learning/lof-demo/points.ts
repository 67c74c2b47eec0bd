import { explainLof, type LofDetail } from '../../../core/neighbors/lof';

/** Which group a demo point starts in (for its accessible name). */
export type PointGroup = 'dense' | 'sparse' | 'outlier';

/** A demo point in the unit square, y up. */
export interface DemoPoint {
  x: number;
  y: number;
  group: PointGroup;
}

const DENSE: [number, number][] = [
  [0.27, 0.66], [0.32, 0.7], [0.32, 0.71], [0.25, 0.67], [0.26, 0.67], [0.25, 0.71], [0.29, 0.65],
  [0.27, 0.62], [0.3, 0.7], [0.2, 0.65], [0.33, 0.6], [0.27, 0.65], [0.3, 0.66], [0.26, 0.63],
];
const SPARSE: [number, number][] = [
  [0.79, 0.18], [0.57, 0.23], [0.67, 0.27], [0.61, 0.31], [0.55, 0.45], [0.8, 0.38],
  [0.66, 0.27], [0.57, 0.17], [0.73, 0.22], [0.59, 0.47], [0.8, 0.31], [0.59, 0.38],
];
const OUTLIERS: [number, number][] = [
  [0.28, 0.52],
  [0.9, 0.88],
];

/**
 * The starting points: a dense cluster (14 points, spread ≈ 0.04), a sparse
 * one (12 points, spread ≈ 0.09) and two outliers, one just below the dense
 * cluster and one far away. At k = 5 the near outlier's kNN distance is lower
 * than six sparse-cluster points', but its LOF is the second highest.
 */
export const START_POINTS: readonly DemoPoint[] = [
  ...DENSE.map(([x, y]) => ({ x, y, group: 'dense' as const })),
  ...SPARSE.map(([x, y]) => ({ x, y, group: 'sparse' as const })),
  ...OUTLIERS.map(([x, y]) => ({ x, y, group: 'outlier' as const })),
];

/** Index of the outlier next to the dense cluster (selected at first). */
export const NEAR_OUTLIER = DENSE.length + SPARSE.length;

/** Grid the dragged points snap to, so that a drag gives reproducible values. */
export const SNAP = 0.01;

/** A coordinate kept in [0, 1] and snapped to {@link SNAP}. */
export function snap(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) / SNAP) * SNAP;
}

/** Each point's LOF step by step and its kNN distance (mean distance to its k neighbours), by the core's exact LOF. */
export function demoScores(points: readonly DemoPoint[], k: number): { details: LofDetail[]; knn: number[]; k: number } {
  const flat = points.flatMap((p) => [p.x, p.y]);
  const { model, details } = explainLof(flat, 2, k);
  return { details, knn: details.map((d) => d.distances.reduce((a, b) => a + b, 0) / d.distances.length), k: model.k };
}

/** Point indices by score, highest first. */
export function ranking(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}
