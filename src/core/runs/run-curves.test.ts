import { describe, expect, it } from 'vitest';
import { scoreCurves } from './run-curves';

describe('scoreCurves', () => {
  it('measures a labelled test set', () => {
    const { headline } = scoreCurves([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(headline.auc).toBe(0.75);
    expect(headline.bestF1).toBeCloseTo(0.8, 12);
    expect(headline.bestThreshold).toBeCloseTo(0.35, 6);
  });

  it('gives no best F1 without labels (all normal, as an unlabelled CSV) or without normals, as it gives no AUC', () => {
    for (const labels of [[0, 0, 0, 0], [1, 1, 1, 1]]) {
      const { headline } = scoreCurves([0.1, 0.4, 0.35, 0.8], labels);
      expect(headline.auc).toBeNaN();
      expect(headline.bestF1).toBeNaN();
    }
    expect(scoreCurves([0.1, 0.4], [0, 0]).headline.ap).toBeNaN();
  });
});
