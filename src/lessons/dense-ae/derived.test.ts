import { describe, expect, it } from 'vitest';
import { FAKE_RUN_SUMMARY } from '../../notebook/fake-run-summary';
import { derive, gridIndices } from './derived';
import type { DenseAeResult } from './state';

function result(scores: number[], labels: number[], val: number[]): DenseAeResult {
  const s = Float32Array.from(scores);
  const v = Float32Array.from(val);
  return {
    ...FAKE_RUN_SUMMARY,
    test: { l1: s, l2: s, max: s },
    val: { l1: v, l2: v, max: v },
    reconstructions: new Float32Array(0),
    testX: new Float32Array(0),
    labels: Uint8Array.from(labels),
    classes: Uint8Array.from(labels.map((l) => (l ? 9 : 1))),
  };
}

describe('derive', () => {
  it('splits scores by label, finds AUC, thresholds and the p99 of validation normals', () => {
    const r = result([1, 2, 3, 10, 11, 2.5], [0, 0, 0, 1, 1, 1], Array.from({ length: 101 }, (_, i) => i / 10));
    const d = derive(r, 'l1');
    expect(Array.from(d.normal)).toEqual([1, 2, 3]);
    expect(Array.from(d.anomaly)).toEqual([10, 11, 2.5]);
    expect(d.roc.auc).toBeCloseTo(8 / 9, 10);
    expect(d.bestAnomaly.threshold).toBe(2.5);
    expect(d.p99).toBeCloseTo(9.9, 6);
    expect([d.min, d.max]).toEqual([1, 11]);
    expect(derive(r, 'l1')).toBe(d);
  });

  it('orders grid samples: hardest normals by descending, hidden anomalies by ascending score', () => {
    const r = result([1, 5, 3, 10, 2, 7], [0, 0, 0, 1, 1, 1], [1]);
    expect(gridIndices(r, 'l1', 'hardest-normals', 2)).toEqual([1, 2]);
    expect(gridIndices(r, 'l1', 'hidden-anomalies', 2)).toEqual([4, 5]);
    expect(gridIndices(r, 'l1', 'normals', 10)).toEqual([0, 1, 2]);
  });
});
