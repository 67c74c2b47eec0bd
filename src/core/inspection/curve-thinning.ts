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
  // Per-point state in a typed array: closure variables holding doubles would box on every write.
  // [arc of the last kept point, last x, last y, last threshold, 1 if the last point was kept]
  const state = Float64Array.of(-Infinity, NaN, NaN, NaN, 1);
  return {
    push(x, y, threshold) {
      const arc = x / xSpan + y;
      state[1] = x;
      state[2] = y;
      state[3] = threshold;
      const keep = xs.length === 0 || arc - state[0] >= step;
      state[4] = keep ? 1 : 0;
      if (keep) {
        xs.push(x);
        ys.push(y);
        ts.push(threshold);
        state[0] = arc;
      }
    },
    finish() {
      if (state[4] === 0) {
        xs.push(state[1]);
        ys.push(state[2]);
        ts.push(state[3]);
      }
      return { x: Float64Array.from(xs), y: Float64Array.from(ys), thresholds: Float64Array.from(ts) };
    },
  };
}
