import { describe, expect, it } from 'vitest';
import { tiedTrials } from './test-data';
import { buildSweep, confusionAt, countsAt } from './threshold-sweep';

// y and scores with ties (both within and across classes).
const labels = [0, 1, 1, 0, 1, 0, 0, 1, 0, 0];
const scores = [0.2, 0.5, 0.5, 0.5, 0.9, 0.1, 0.2, 0.2, 0.7, 0.3];

describe('buildSweep', () => {
  it('groups ties and counts cumulatively from the highest score down', () => {
    const s = buildSweep(scores, labels);
    expect(Array.from(s.thresholds)).toEqual([0.9, 0.7, 0.5, 0.3, 0.2, 0.1]);
    expect(Array.from(s.tpAtLeast)).toEqual([1, 1, 3, 3, 4, 4]);
    expect(Array.from(s.fpAtLeast)).toEqual([0, 1, 2, 3, 5, 6]);
    expect(s.positives).toBe(4);
    expect(s.negatives).toBe(6);
  });

  it('accepts Float32Array scores and Uint8Array labels', () => {
    const s = buildSweep(new Float32Array([3, 1, 2, 3]), new Uint8Array([1, 0, 0, 0]));
    expect(Array.from(s.thresholds)).toEqual([3, 2, 1]);
    expect(Array.from(s.tpAtLeast)).toEqual([1, 1, 1]);
    expect(Array.from(s.fpAtLeast)).toEqual([1, 2, 3]);
  });

  it('handles empty input and single-class input', () => {
    const empty = buildSweep([], []);
    expect(empty.thresholds.length).toBe(0);
    expect(countsAt(empty, 0)).toEqual({ tp: 0, fp: 0, tn: 0, fn: 0 });
    const normals = buildSweep([1, 1, 2], [0, 0, 0]);
    expect(Array.from(normals.thresholds)).toEqual([2, 1]);
    expect(Array.from(normals.fpAtLeast)).toEqual([1, 3]);
    expect(normals.positives).toBe(0);
  });

  it('validates its inputs', () => {
    expect(() => buildSweep([1, 2], [0])).toThrow(/buildSweep: .*equal lengths/);
    expect(() => buildSweep([1, NaN], [0, 1])).toThrow(/finite/);
    expect(() => buildSweep([1, 2], [0, 3])).toThrow(/labels/);
  });
});

describe('countsAt / confusionAt', () => {
  const sweep = buildSweep(scores, labels);

  it.each([
    // threshold, tp, fp, tn, fn  (flagged iff score >= threshold)
    [Infinity, 0, 0, 6, 4],
    [1, 0, 0, 6, 4],
    [0.9, 1, 0, 6, 3],
    [0.8, 1, 0, 6, 3],
    [0.7, 1, 1, 5, 3],
    [0.5, 3, 2, 4, 1],
    [0.2, 4, 5, 1, 0],
    [0.15, 4, 5, 1, 0],
    [0.1, 4, 6, 0, 0],
    [-Infinity, 4, 6, 0, 0],
  ])('at threshold %s gives tp=%i fp=%i tn=%i fn=%i', (t, tp, fp, tn, fn) => {
    expect(countsAt(sweep, t)).toEqual({ tp, fp, tn, fn });
    expect(confusionAt(scores, labels, t)).toEqual({ tp, fp, tn, fn });
  });

  it('agree on random tied data at every score, midpoints and outside values', () => {
    const trials = tiedTrials(42, { trials: 20, minN: 1, maxN: 301, anomalyRate: 0.3, score: (u) => Math.floor(u * 25) / 5 - 2 });
    for (const { scores: sc, labels: lab } of trials) {
      const n = sc.length;
      const sw = buildSweep(sc, lab);
      const probes = [-Infinity, Infinity, -100, 100];
      for (let i = 0; i < n; i++) probes.push(sc[i], sc[i] + 0.1, sc[i] - 1e-9);
      for (const t of probes) {
        const direct = confusionAt(sc, lab, t);
        expect(countsAt(sw, t)).toEqual(direct);
        expect(direct.tp + direct.fp + direct.tn + direct.fn).toBe(n);
      }
    }
  });

  it('reject a NaN threshold', () => {
    expect(() => countsAt(sweep, NaN)).toThrow(/countsAt: threshold must not be NaN/);
    expect(() => confusionAt(scores, labels, NaN)).toThrow(/confusionAt: threshold/);
  });

  it('confusionAt validates scores and labels', () => {
    expect(() => confusionAt([1], [0, 1], 0)).toThrow(/confusionAt: .*equal lengths/);
  });
});
