import { describe, expect, it } from 'vitest';
import { groupScores, summariseScores } from './labelled-scores';

describe('labelled scores', () => {
  it('splits scores by label in sample order and finds their range', () => {
    const g = groupScores(Float32Array.of(0.5, 3, 0.25, 2), Uint8Array.of(0, 1, 0, 1));
    expect(Array.from(g.normal)).toEqual([0.5, 0.25]);
    expect(Array.from(g.anomaly)).toEqual([3, 2]);
    expect([g.min, g.max]).toEqual([0.25, 3]);
    expect(groupScores([], [])).toEqual({ normal: new Float32Array(0), anomaly: new Float32Array(0), min: Infinity, max: -Infinity });
  });

  it('adds the sweep and a ROC curve that separates perfectly here', () => {
    const s = summariseScores(Float32Array.of(0.5, 3, 0.25, 2), Uint8Array.of(0, 1, 0, 1));
    expect(s.roc.auc).toBe(1);
    expect(s.scores).toHaveLength(4);
    expect(s.normal).toHaveLength(2);
  });
});
