import { createRng } from '../../core/random/rng';
import type { Point2 } from '../../core/pca/pca-2d';

/** Angle of the line the explainer's points scatter along (radians, 30°). */
const ANGLE = Math.PI / 6;
const DIR = { x: Math.cos(ANGLE), y: Math.sin(ANGLE) };
/** Points of the explainer, before any is added. */
export const POINT_COUNT = 16;

/**
 * The explainer's points: `POINT_COUNT` points along a line through the
 * origin, each moved off it by N(0, noise²), and one point far out along the
 * line (far from the others, yet on the axis). Seeded.
 */
export function linePoints(noise: number, seed: number): Point2[] {
  const rng = createRng(seed);
  const out: Point2[] = [];
  for (let i = 0; i < POINT_COUNT; i++) {
    const t = 1.1 * rng.normal();
    const off = noise * rng.normal();
    out.push({ x: t * DIR.x - off * DIR.y, y: t * DIR.y + off * DIR.x });
  }
  out.push({ x: 2.6 * DIR.x, y: 2.6 * DIR.y });
  return out;
}

/** An outlier: off the line by 1.6 on its left side, near the middle. */
export function outlierPoint(count: number): Point2 {
  const t = 0.4 * ((count % 3) - 1);
  return { x: t * DIR.x - 1.6 * DIR.y, y: t * DIR.y + 1.6 * DIR.x };
}

/**
 * The points that are far from the others yet near the axis: farther from the
 * mean than twice the median distance, with a score below the median score.
 */
export function farButNormal(points: readonly Point2[], mean: Point2, scores: readonly number[]): Set<number> {
  const median = (v: number[]) => {
    const s = [...v].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
  };
  const dist = points.map((p) => Math.hypot(p.x - mean.x, p.y - mean.y));
  const dMed = median(dist);
  const sMed = median([...scores]);
  return new Set(points.flatMap((_, i) => (dist[i] > 2 * dMed && scores[i] <= sMed ? [i] : [])));
}
