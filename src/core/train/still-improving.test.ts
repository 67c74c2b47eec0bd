import { describe, expect, it } from 'vitest';
import { stillImproving } from './still-improving';

/** The dense AE's validation loss, epochs 25–30 of `npm run eval -- --lesson dense-ae --seed 0`. */
const DENSE_VAL = [0.00703, 0.00678, 0.00647, 0.00606, 0.00579, 0.0056];

describe('stillImproving', () => {
  it('measures the last three epochs of a curve still falling', () => {
    const s = stillImproving(DENSE_VAL.map((v) => v * 1.02), DENSE_VAL);
    expect(s?.over).toBe(3);
    expect(s?.drop).toBeCloseTo((0.00647 - 0.0056) / 0.00647, 12);
  });

  it('says nothing when the curve has levelled off (under 1 % an epoch)', () => {
    expect(stillImproving([5, 4, 3, 2.99, 2.98, 2.97], [])).toBeNull();
    expect(stillImproving([5, 4, 3, 2.97, 2.94, 2.9], [])?.drop).toBeCloseTo(0.1 / 3, 12);
  });

  it('says nothing when the last epoch is not the best', () => {
    expect(stillImproving([1, 0.5, 0.4, 0.3], [1, 0.5, 0.3, 0.31])).toBeNull();
  });

  it('uses the training loss when there is no validation loss', () => {
    expect(stillImproving([1, 0.5], [NaN, NaN])).toEqual({ over: 1, drop: 0.5 });
    expect(stillImproving([1, 0.5], [])).toEqual({ over: 1, drop: 0.5 });
  });

  it('gives no relative drop for one epoch, a non-positive loss or a NaN', () => {
    expect(stillImproving([1], [0.5])).toBeNull();
    expect(stillImproving([-1, -2, -3], [])).toBeNull();
    expect(stillImproving([1, NaN, 0.5], [])).toBeNull();
  });
});
