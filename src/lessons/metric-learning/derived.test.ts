import { describe, expect, it } from 'vitest';
import { normalP95, summaryOf, viewedScores } from './derived';
import { fakeMetricRun } from './fake-run';
import { createMetricStore } from './store';
import type { MetricResult } from './state';

/** The result of the lesson's fake run (three models, 10 test normals then 10 anomalies). */
function fakeResult(): MetricResult {
  const none = async (): Promise<never> => {
    throw new Error('nothing is loaded in this test');
  };
  const lesson = createMetricStore({
    fetchClass: none,
    fetchTexture: none,
    client: {
      run: () => {
        throw new Error('nothing trains in this test');
      },
    },
    backendPreference: () => 'cpu',
    onBackendReport: () => undefined,
  });
  return fakeMetricRun(lesson.store.getState()).result!;
}

describe('viewedScores', () => {
  const r = fakeResult();

  it('defaults the ensemble LOF to the job’s threshold, kept within the scores’ range', () => {
    const v = viewedScores(r, { source: 'lof', model: null, threshold: null });
    expect(v.set).toBe(r.ensemble.lof);
    expect(v.summary).toBe(summaryOf(r, r.ensemble.lof));
    expect(v.fallback).toBe(1.3);
    expect(v.threshold).toBe(1.3);
    expect(v.summary.min).toBeLessThan(1.3);
    expect(v.summary.max).toBeGreaterThan(1.3);
  });

  it('defaults any other score to the normals’ 95th percentile', () => {
    const v = viewedScores(r, { source: 'knn', model: 1, threshold: null });
    expect(v.set).toBe(r.models[1].knn);
    expect(v.fallback).toBe(normalP95(v.summary));
    expect(v.threshold).toBe(v.fallback);
    expect(viewedScores(r, { source: 'raw-knn', model: 0, threshold: null }).set).toBe(r.rawKnn);
  });

  it('uses the chosen threshold, clamped to the scores’ range', () => {
    const chosen = viewedScores(r, { source: 'lof', model: null, threshold: 1.4 });
    expect(chosen.threshold).toBe(1.4);
    expect(chosen.fallback).toBe(1.3);
    const high = viewedScores(r, { source: 'lof', model: null, threshold: 99 });
    expect(high.threshold).toBe(high.summary.max);
    const low = viewedScores(r, { source: 'lof', model: null, threshold: -99 });
    expect(low.threshold).toBe(low.summary.min);
  });
});
