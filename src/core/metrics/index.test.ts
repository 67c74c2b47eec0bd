import { describe, expect, it } from 'vitest';
import * as metrics from './index';

describe('metrics index', () => {
  it('re-exports the public API', () => {
    for (const name of [
      'validateScoresLabels',
      'buildSweep',
      'countsAt',
      'confusionAt',
      'rocCurve',
      'rocAuc',
      'prCurve',
      'binaryStats',
      'bestF1',
      'quantile',
      'histogramEdges',
      'histogramCounts',
    ]) {
      expect(typeof (metrics as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('composes: sweep counts at the best-F1 threshold reproduce its stats', () => {
    const scores = [0.1, 0.4, 0.35, 0.8];
    const labels = [0, 0, 1, 1];
    expect(metrics.rocAuc(scores, labels)).toBe(0.75);
    const best = metrics.bestF1(scores, labels, 'anomaly');
    const s = metrics.binaryStats(metrics.countsAt(metrics.buildSweep(scores, labels), best.threshold), 'anomaly');
    expect(s.f1).toBe(best.f1);
    expect(best.threshold).toBe(0.35);
    expect(best.f1).toBe(0.8);
  });
});
