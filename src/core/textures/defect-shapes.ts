import type { Rng } from '../random/rng';

/**
 * Geometry of the synthetic defects: irregular blobs and curved lines,
 * evaluated per pixel centre (pixel (x, y) has its centre at (x, y)).
 */

/** A point in pixel coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * An irregular blob: radius r·(1 + Σₖ aₖ cos(kθ + φₖ)) for k = 2..4,
 * aₖ uniform in [0, 0.12], so the outline stays star-shaped around its centre.
 */
export interface Blob {
  cx: number;
  cy: number;
  radius: number;
  harmonics: { k: number; a: number; phase: number }[];
}

/** A blob around (cx, cy) with mean radius `radius`, seeded by `rng`. */
export function randomBlob(cx: number, cy: number, radius: number, rng: Rng): Blob {
  const harmonics = [2, 3, 4].map((k) => ({ k, a: 0.12 * rng.next(), phase: 2 * Math.PI * rng.next() }));
  return { cx, cy, radius, harmonics };
}

/** Distance from the centre over the outline's radius in that direction: < 1 inside, 0 at the centre. */
export function blobRadius(blob: Blob, x: number, y: number): number {
  const dx = x - blob.cx;
  const dy = y - blob.cy;
  const theta = Math.atan2(dy, dx);
  let r = 1;
  for (const h of blob.harmonics) r += h.a * Math.cos(h.k * theta + h.phase);
  return Math.hypot(dx, dy) / (blob.radius * r);
}

/** Largest distance of the outline from the centre (a bounding radius). */
export function blobReach(blob: Blob): number {
  return blob.radius * (1 + blob.harmonics.reduce((s, h) => s + h.a, 0));
}

/** A cubic Bézier curve sampled at `samples` + 1 points. */
export function bezier(p0: Point, p1: Point, p2: Point, p3: Point, samples: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    out.push({ x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y });
  }
  return out;
}

/**
 * A random curve through the neighbourhood of (cx, cy): length `length`,
 * random direction, its two inner control points pushed sideways by up to
 * `bend`·length (0 = straight).
 */
export function randomCurve(cx: number, cy: number, length: number, bend: number, rng: Rng, samples = 48): Point[] {
  const angle = Math.PI * rng.next();
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const at = (t: number, side: number): Point => ({
    x: cx + ux * length * t - uy * side * length,
    y: cy + uy * length * t + ux * side * length,
  });
  const side = () => bend * (2 * rng.next() - 1);
  return bezier(at(-0.5, 0), at(-0.17, side()), at(0.17, side()), at(0.5, 0), samples);
}

/**
 * Signed distance from (x, y) to a polyline: the distance to the nearest
 * segment, positive on the side where (segment direction) × (point − segment)
 * ≥ 0, i.e. below a segment that runs left to right (y grows downwards).
 */
export function signedDistance(points: readonly Point[], x: number, y: number): number {
  let best = Infinity;
  let sign = 1;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const len2 = ex * ex + ey * ey || 1;
    const t = Math.min(1, Math.max(0, ((x - a.x) * ex + (y - a.y) * ey) / len2));
    const px = x - (a.x + t * ex);
    const py = y - (a.y + t * ey);
    const d = px * px + py * py;
    if (d < best) {
      best = d;
      sign = ex * py - ey * px >= 0 ? 1 : -1;
    }
  }
  return sign * Math.sqrt(best);
}

/** Bounding box of a polyline grown by `margin`, clipped to width×height: [x0, y0, x1, y1) in whole pixels. */
export function polylineBox(points: readonly Point[], margin: number, width: number, height: number): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return [
    Math.max(0, Math.floor(x0 - margin)),
    Math.max(0, Math.floor(y0 - margin)),
    Math.min(width, Math.ceil(x1 + margin) + 1),
    Math.min(height, Math.ceil(y1 + margin) + 1),
  ];
}
