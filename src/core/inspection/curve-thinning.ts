/**
 * Thins a monotone curve (both coordinates non-decreasing, as ROC and PRO
 * curves are) to at most a given number of its own points, for plotting.
 */

/** A curve as parallel arrays, in the order the points were pushed. */
export interface CurvePoints {
  x: Float64Array;
  y: Float64Array;
  /** The threshold of each point (what the caller pushed with it). */
  thresholds: Float64Array;
}

/** Streams points in; keeps a subset; see {@link curveThinner}. */
export interface CurveThinner {
  push(x: number, y: number, threshold: number): void;
  /** The kept points (fresh arrays owned by the caller). */
  finish(): CurvePoints;
}

/**
 * Keeps the first point, every point whose arc length x/xSpan + y (which only
 * grows along the curve, from 0 to at most 2) is at least δ = 2/(maxPoints − 2.5)
 * beyond the last kept point, and the last point. So at most `maxPoints`
 * points are kept (the half step leaves room for rounding), all of them exact points of the curve, and the polyline
 * through them differs from the full curve by less than δ in x/xSpan + y.
 * A curve of fewer points than 2/δ steps of δ is kept whole.
 *
 * @param maxPoints integer ≥ 3
 * @param xSpan the range of x the curve spans (1 for a ROC curve; the FPR limit for a PRO curve)
 */
export function curveThinner(maxPoints: number, xSpan = 1): CurveThinner {
  if (!Number.isInteger(maxPoints) || maxPoints < 3) throw new Error('max-points-invalid');
  if (!(xSpan > 0)) throw new Error('x-span-invalid');
  const step = 2 / (maxPoints - 2.5);
  const xs: number[] = [];
  const ys: number[] = [];
  const ts: number[] = [];
  let keptArc = -Infinity;
  let last: [number, number, number] | null = null;
  let lastKept = false;
  return {
    push(x, y, threshold) {
      const arc = x / xSpan + y;
      last = [x, y, threshold];
      lastKept = xs.length === 0 || arc - keptArc >= step;
      if (lastKept) {
        xs.push(x);
        ys.push(y);
        ts.push(threshold);
        keptArc = arc;
      }
    },
    finish() {
      if (last && !lastKept) {
        xs.push(last[0]);
        ys.push(last[1]);
        ts.push(last[2]);
      }
      return { x: Float64Array.from(xs), y: Float64Array.from(ys), thresholds: Float64Array.from(ts) };
    },
  };
}
