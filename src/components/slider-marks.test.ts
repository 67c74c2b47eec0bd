import { describe, expect, it } from 'vitest';
import { layoutMarks, type MarkSpot } from './slider-marks';

/** Ticks that run through a label on a lane above their own (a tick is drawn from the track down to its label). */
const crossings = (spots: MarkSpot[], widths: number[]) =>
  spots.flatMap((s, i) => spots.filter((o, j) => o.lane < s.lane && s.center >= o.left && s.center <= o.left + widths[j]).map((_, j) => [i, j]));

describe('layoutMarks: ticks', () => {
  it('keeps a tick out of the label beside it: "post 0.1" just right of "suggested" at the left end (time-series, 1366 px)', () => {
    // The low-threshold slider, log₁₀ MSE −1.211 … 0.519 on a 443 px track: "suggested" at −1.161, "post 0.1" at −1.000.
    const widths = [68, 55];
    const spots = layoutMarks([0.0289, 0.122], widths, 443, 18);
    expect(spots.map((s) => s.lane)).toEqual([1, 0]);
    expect(spots.map((s) => Math.round(s.left))).toEqual([0, 33]);
    expect(crossings(spots, widths)).toEqual([]);
  });

  it('slides a label sideways off a tick from the lane below when both orders cross one (ja, 390 px, after the "post 0.1 and 10" preset)', () => {
    // "提案値" at −1.161 and "記事 0.1" at −1.000 on a 321 px track from −1.211 to 1.
    const widths = [43, 53];
    const spots = layoutMarks([0.02262, 0.09524], widths, 321, 18);
    expect(spots.map((s) => s.lane)).toEqual([1, 0]);
    expect(spots.map((s) => Number(s.left.toFixed(2)))).toEqual([0, 17.85]);
    expect(crossings(spots, widths)).toEqual([]);
  });

  it('keeps the left-to-right lanes when filling from the right crosses no fewer ticks', () => {
    expect(layoutMarks([0.48, 0.5, 0.53], [80, 90, 70], 400, 18).map((s) => s.lane)).toEqual([0, 1, 2]);
    expect(layoutMarks([0.9, 0.97], [40, 40], 400, 18).map((s) => s.lane)).toEqual([0, 1]);
  });
});
