import { describe, expect, it } from 'vitest';
import { formatThreshold, roundToDigits, thresholdDigits } from './format';

describe('threshold formatting', () => {
  it('chooses decimals from the score range: about a thousandth of it', () => {
    // dense-ae, 2 epochs on 800 images: L1 scores from 163.69 to 310.57.
    expect(thresholdDigits(163.69174, 310.56638)).toBe(1);
    expect(thresholdDigits(0, 1)).toBe(3);
    expect(thresholdDigits(0, 8)).toBe(3);
    expect(thresholdDigits(10, 60)).toBe(2);
    expect(thresholdDigits(0, 5000)).toBe(0);
    expect(thresholdDigits(0, 1e-9)).toBe(8);
    expect([thresholdDigits(3, 3), thresholdDigits(Infinity, -Infinity)]).toEqual([3, 3]);
  });

  it('shows and rounds a threshold to those decimals', () => {
    expect(formatThreshold(61.305, 1)).toBe('61.3');
    expect(formatThreshold(193.6357, thresholdDigits(163.69174, 310.56638))).toBe('193.6');
    expect([formatThreshold(Infinity, 1), formatThreshold(null, 1)]).toEqual(['—', '—']);
    expect(roundToDigits(193.6357, 1)).toBe(193.6);
    expect(roundToDigits(0.25 + 0.01, 2)).toBe(0.26);
    expect(roundToDigits(Infinity, 1)).toBe(Infinity);
  });
});
