import { describe, expect, it } from 'vitest';
import { rocAuc, rocCurve } from './roc';
import { mulberry32, tiedTrials } from './test-data';

/** O(n²) Mann–Whitney reference: P(anomaly > normal) + ½ P(tie). */
function pairwiseAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  let twiceU = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] === 1) pos++;
    else neg++;
  }
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      if (scores[i] > scores[j]) twiceU += 2;
      else if (scores[i] === scores[j]) twiceU += 1;
    }
  }
  return twiceU / (2 * pos * neg);
}

describe('rocCurve', () => {
  it("reproduces scikit-learn's roc_curve docs example", () => {
    const c = rocCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(Array.from(c.thresholds)).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
    expect(Array.from(c.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(c.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(c.auc).toBe(0.75);
  });

  it('groups tied scores into one diagonal step (sklearn drop_intermediate=False)', () => {
    // Checked against sklearn.metrics.roc_curve on the same data.
    const labels = [0, 1, 1, 0, 1, 0, 0, 1, 0, 0];
    const scores = new Float64Array([0.2, 0.5, 0.5, 0.5, 0.9, 0.1, 0.2, 0.2, 0.7, 0.3]);
    const c = rocCurve(scores, labels);
    expect(Array.from(c.thresholds)).toEqual([Infinity, 0.9, 0.7, 0.5, 0.3, 0.2, 0.1]);
    expect(Array.from(c.tpr)).toEqual([0, 0.25, 0.25, 0.75, 0.75, 1, 1]);
    const fpr = [0, 0, 1 / 6, 2 / 6, 3 / 6, 5 / 6, 1];
    fpr.forEach((v, i) => expect(c.fpr[i]).toBeCloseTo(v, 12));
    // U = 6 + 2·(4 + ½) + (1 + 2·½) = 17 over 4·6 pairs.
    expect(c.auc).toBeCloseTo(17 / 24, 12);
  });

  it('gives AUC 1 for perfect separation, 0 for inverted and 0.5 for all-equal scores', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    const flat = rocCurve([3, 3, 3, 3, 3], [0, 1, 0, 1, 0]);
    expect(flat.auc).toBe(0.5);
    expect(Array.from(flat.thresholds)).toEqual([Infinity, 3]);
    expect(Array.from(flat.fpr)).toEqual([0, 1]);
    expect(Array.from(flat.tpr)).toEqual([0, 1]);
  });

  it('returns NaN rates and AUC when a class is empty', () => {
    const noAnomaly = rocCurve([0.1, 0.5, 0.3], [0, 0, 0]);
    expect(noAnomaly.auc).toBeNaN();
    expect(Array.from(noAnomaly.tpr).every(Number.isNaN)).toBe(true);
    expect(Array.from(noAnomaly.fpr)).toEqual([0, 1 / 3, 2 / 3, 1]);
    const noNormal = rocCurve([0.1, 0.5], new Uint8Array([1, 1]));
    expect(noNormal.auc).toBeNaN();
    expect(Array.from(noNormal.fpr).every(Number.isNaN)).toBe(true);
    expect(Array.from(noNormal.tpr)).toEqual([0, 0.5, 1]);
    expect(rocAuc([], [])).toBeNaN();
    expect(Array.from(rocCurve([], []).thresholds)).toEqual([Infinity]);
  });

  it('validates inputs', () => {
    expect(() => rocCurve([0.1, 0.2], [0])).toThrow(/equal lengths/);
    expect(() => rocAuc([0.1, Infinity], [0, 1])).toThrow(/finite/);
  });
});

describe('rocAuc', () => {
  it('equals the O(n²) Mann–Whitney statistic on random data with many ties', () => {
    // Few distinct levels, anomalies shifted up: lots of cross-class ties.
    const trials = tiedTrials(7, { trials: 30, minN: 2, maxN: 402, anomalyRate: 0.4, score: (u, y) => Math.floor(u * 8 + y * 2), bothClasses: true });
    for (const { scores, labels } of trials) {
      const expected = pairwiseAuc(scores, labels);
      expect(rocAuc(scores, labels)).toBe(expected);
      expect(rocCurve(scores, labels).auc).toBe(expected);
    }
  });

  it('matches the trapezoid area of its own curve on continuous random scores', () => {
    const r = mulberry32(11);
    const n = 500;
    const scores: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < n; i++) {
      labels.push(r() < 0.2 ? 1 : 0);
      scores.push(r() + labels[i] * 0.3);
    }
    const c = rocCurve(scores, labels);
    let area = 0;
    for (let i = 1; i < c.fpr.length; i++) {
      area += ((c.fpr[i] - c.fpr[i - 1]) * (c.tpr[i] + c.tpr[i - 1])) / 2;
    }
    expect(c.auc).toBeCloseTo(area, 12);
    expect(c.auc).toBeCloseTo(pairwiseAuc(scores, labels), 12);
    expect(c.auc).toBeGreaterThan(0.7);
  });
});
