import { describe, expect, it } from 'vitest';
import { bestF1 } from './best-f1';
import { binaryStats } from './binary-stats';
import { tiedTrials } from './test-data';
import { confusionAt } from './threshold-sweep';

describe('bestF1', () => {
  it('reproduces a seed-style example: normal positive, integer thresholds 0..39', () => {
    // Predicted normal iff score < t. Normals 1,2,3,5,7; anomalies 4,6,8,9.
    // F1(normal) by t: 4 -> 6/8, 6 -> 8/10, 8 -> 10/12 (max), 9 -> 10/13, >=10 -> 10/14.
    const scores = [1, 2, 3, 5, 7, 4, 6, 8, 9];
    const labels = [0, 0, 0, 0, 0, 1, 1, 1, 1];
    const candidates = Array.from({ length: 40 }, (_, i) => i);
    const b = bestF1(scores, labels, 'normal', candidates);
    expect(b.threshold).toBe(8);
    expect(b.precision).toBeCloseTo(5 / 7, 15);
    expect(b.recall).toBe(1);
    expect(b.f1).toBeCloseTo(5 / 6, 15);
  });

  it('with anomaly positive sweeps every distinct score', () => {
    // Anomalies 0.8, 0.6, 0.3; normals 0.7, 0.2, 0.1.
    // t=0.8: 2/4, t=0.7: 2/5, t=0.6: 4/6, t=0.3: 6/7 (max), t=0.2: 6/8, t=0.1: 6/9.
    const b = bestF1([0.8, 0.7, 0.6, 0.3, 0.2, 0.1], [1, 0, 1, 1, 0, 0], 'anomaly');
    expect(b.threshold).toBe(0.3);
    expect(b.precision).toBe(0.75);
    expect(b.recall).toBe(1);
    expect(b.f1).toBeCloseTo(6 / 7, 15);
  });

  it('breaks ties by the lowest threshold, regardless of candidate order', () => {
    // Anomalies 2, 5; normals 3, 4. F1 at t=5: 2/3, t=4: 1/2, t=3: 2/5, t=2: 4/6 = 2/3.
    const scores = [2, 5, 3, 4];
    const labels = [1, 1, 0, 0];
    expect(bestF1(scores, labels, 'anomaly').threshold).toBe(2);
    expect(bestF1(scores, labels, 'anomaly', [5, 2]).threshold).toBe(2);
    expect(bestF1(scores, labels, 'anomaly', [2, 5]).threshold).toBe(2);
    const only = bestF1(scores, labels, 'anomaly', [5, 4]);
    expect(only.threshold).toBe(5);
    expect(only.precision).toBe(1);
    expect(only.recall).toBe(0.5);
  });

  it('agrees with a brute-force search on random tied data', () => {
    const trials = tiedTrials(12345, { trials: 20, minN: 5, maxN: 155, anomalyRate: 0.35, score: (u, y) => Math.floor(u * 12 + y * 3) });
    for (const { scores, labels } of trials) {
      for (const positive of ['anomaly', 'normal'] as const) {
        const ts = [Infinity, ...new Set(scores)].sort((a, b) => a - b);
        let bestT = NaN;
        let bestVal = -1;
        for (const t of ts) {
          const f = binaryStats(confusionAt(scores, labels, t), positive).f1;
          if (f > bestVal) {
            bestVal = f;
            bestT = t;
          }
        }
        const b = bestF1(scores, labels, positive);
        expect(b.f1).toBe(bestVal);
        expect(b.threshold).toBe(bestT);
      }
    }
  });

  it('handles degenerate inputs', () => {
    expect(bestF1([], [], 'anomaly')).toEqual({ threshold: Infinity, precision: 0, recall: 0, f1: 0 });
    // No anomalies: F1(anomaly) is 0 everywhere -> lowest candidate, i.e. the minimum score.
    expect(bestF1([3, 1, 2], [0, 0, 0], 'anomaly').threshold).toBe(1);
    // No anomalies, normal positive: +Infinity passes every normal -> F1 1.
    const n = bestF1([3, 1, 2], [0, 0, 0], 'normal');
    expect(n.threshold).toBe(Infinity);
    expect(n.f1).toBe(1);
  });

  it('validates candidates and data', () => {
    expect(() => bestF1([1], [1], 'anomaly', [])).toThrow(/candidates must not be empty/);
    expect(() => bestF1([1], [1], 'anomaly', [0, NaN])).toThrow(/candidates\[1\]/);
    expect(() => bestF1([1, 2], [1], 'anomaly')).toThrow(/equal lengths/);
  });
});
