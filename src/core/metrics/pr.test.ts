import { describe, expect, it } from 'vitest';
import { prCurve } from './pr';
import { tiedTrials } from './test-data';

/**
 * O(n²) reference: AP = mean over anomalies of the precision obtained when
 * flagging every sample scoring at least that anomaly's score.
 */
function pairwiseAp(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  let pos = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    pos++;
    let flagged = 0;
    let hits = 0;
    for (let j = 0; j < scores.length; j++) {
      if (scores[j] >= scores[i]) {
        flagged++;
        if (labels[j] === 1) hits++;
      }
    }
    sum += hits / flagged;
  }
  return sum / pos;
}

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 12));
}

describe('prCurve', () => {
  it("reproduces scikit-learn's precision_recall_curve / average_precision_score docs example", () => {
    const c = prCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(Array.from(c.thresholds)).toEqual([0.1, 0.35, 0.4, 0.8]);
    expectClose(c.precision, [0.5, 2 / 3, 0.5, 1, 1]);
    expect(Array.from(c.recall)).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(c.averagePrecision).toBeCloseTo(0.8333333333333333, 12);
  });

  it('handles ties like scikit-learn', () => {
    // sklearn: precision [0.4, 4/9, 0.5, 0.6, 0.5, 1, 1], recall [1, 1, .75, .75, .25, .25, 0],
    // AP 0.6611111 = 0.25·1 + 0.5·3/5 + 0.25·4/9.
    const labels = new Uint8Array([0, 1, 1, 0, 1, 0, 0, 1, 0, 0]);
    const scores = [0.2, 0.5, 0.5, 0.5, 0.9, 0.1, 0.2, 0.2, 0.7, 0.3];
    const c = prCurve(scores, labels);
    expect(Array.from(c.thresholds)).toEqual([0.1, 0.2, 0.3, 0.5, 0.7, 0.9]);
    expectClose(c.precision, [0.4, 4 / 9, 0.5, 0.6, 0.5, 1, 1]);
    expect(Array.from(c.recall)).toEqual([1, 1, 0.75, 0.75, 0.25, 0.25, 0]);
    expect(c.averagePrecision).toBeCloseTo(0.25 + 0.3 + 1 / 9, 12);
  });

  it('gives AP 1 for perfect ranking and all-equal scores give the anomaly rate', () => {
    expect(prCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]).averagePrecision).toBe(1);
    const flat = prCurve([2, 2, 2, 2], [1, 0, 0, 0]);
    expect(flat.averagePrecision).toBe(0.25);
    expect(Array.from(flat.precision)).toEqual([0.25, 1]);
    expect(Array.from(flat.recall)).toEqual([1, 0]);
  });

  it('never exceeds 1 through rounding on a large perfectly ranked set', () => {
    const n = 100_000;
    const scores = new Float64Array(n);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = i % 10 === 0 ? 1 : 0;
      scores[i] = labels[i] + i / n;
    }
    expect(prCurve(scores, labels).averagePrecision).toBe(1);
  });

  it('matches the O(n²) reference on random data with many ties', () => {
    const trials = tiedTrials(3, { trials: 30, minN: 1, maxN: 301, anomalyRate: 0.3, score: (u, y) => Math.floor(u * 10 + y * 3) / 4, bothClasses: true });
    for (const { scores, labels } of trials) {
      const c = prCurve(scores, labels);
      expect(c.averagePrecision).toBeCloseTo(pairwiseAp(scores, labels), 12);
      // Recall non-increasing along ascending thresholds; both arrays one longer.
      expect(c.precision.length).toBe(c.thresholds.length + 1);
      for (let i = 1; i < c.recall.length; i++) expect(c.recall[i]).toBeLessThanOrEqual(c.recall[i - 1]);
      for (let i = 1; i < c.thresholds.length; i++) expect(c.thresholds[i]).toBeGreaterThan(c.thresholds[i - 1]);
    }
  });

  it('returns NaN recall and AP without anomalies, precision 1 without normals', () => {
    const none = prCurve([0.3, 0.1], [0, 0]);
    expect(none.averagePrecision).toBeNaN();
    expect(Array.from(none.recall).every(Number.isNaN)).toBe(true);
    expect(Array.from(none.precision)).toEqual([0, 0, 1]);
    const all = prCurve([0.3, 0.1], [1, 1]);
    expect(all.averagePrecision).toBe(1);
    expect(Array.from(all.precision)).toEqual([1, 1, 1]);
    expect(Array.from(all.recall)).toEqual([1, 0.5, 0]);
    const empty = prCurve([], []);
    expect(empty.thresholds.length).toBe(0);
    expect(empty.averagePrecision).toBeNaN();
  });

  it('validates inputs', () => {
    expect(() => prCurve([0.1], [0, 1])).toThrow(/equal lengths/);
    expect(() => prCurve([NaN], [1])).toThrow(/finite/);
  });
});
