/**
 * PCA of points in the plane, in closed form, for the lesson's live demo: the
 * principal axis through the mean, each point's projection on it and its
 * distance to it (the PCA anomaly score with one component).
 */

/** A point in the plane. */
export interface Point2 {
  x: number;
  y: number;
}

/** The fitted axis and every point's score. Plain data. */
export interface Pca2d {
  mean: Point2;
  /** Unit direction of the principal axis (largest variance), with x ≥ 0. */
  axis: Point2;
  /** Variances along the axis and across it (divisor n − 1), first ≥ second. */
  variances: [number, number];
  /** Signed coordinate of each point along the axis, from the mean. */
  along: number[];
  /** Foot of each point's perpendicular on the axis. */
  projections: Point2[];
  /** Distance of each point to the axis (≥ 0): its score. */
  distances: number[];
}

/**
 * Fits the principal axis of `points` (n ≥ 2) from the 2×2 sample covariance
 * [[a, b], [b, c]]: λ₁ = (a + c)/2 + √(((a − c)/2)² + b²), direction
 * (b, λ₁ − a) (or an axis when b = 0). Returns null for fewer than 2 points.
 */
export function fitPca2d(points: readonly Point2[]): Pca2d | null {
  const n = points.length;
  if (n < 2) return null;
  const mean = { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
  let a = 0;
  let b = 0;
  let c = 0;
  for (const p of points) {
    const dx = p.x - mean.x;
    const dy = p.y - mean.y;
    a += dx * dx;
    b += dx * dy;
    c += dy * dy;
  }
  [a, b, c] = [a / (n - 1), b / (n - 1), c / (n - 1)];
  const half = (a - c) / 2;
  const root = Math.hypot(half, b);
  const l1 = (a + c) / 2 + root;
  const l2 = (a + c) / 2 - root;
  let dir = b !== 0 ? { x: b, y: l1 - a } : a >= c ? { x: 1, y: 0 } : { x: 0, y: 1 };
  const len = Math.hypot(dir.x, dir.y);
  dir = { x: dir.x / len, y: dir.y / len };
  if (dir.x < 0 || (dir.x === 0 && dir.y < 0)) dir = { x: -dir.x, y: -dir.y };
  const along = points.map((p) => (p.x - mean.x) * dir.x + (p.y - mean.y) * dir.y);
  const projections = along.map((t) => ({ x: mean.x + t * dir.x, y: mean.y + t * dir.y }));
  const distances = points.map((p) => Math.abs(-(p.x - mean.x) * dir.y + (p.y - mean.y) * dir.x));
  return { mean, axis: dir, variances: [l1, Math.max(l2, 0)], along, projections, distances };
}
