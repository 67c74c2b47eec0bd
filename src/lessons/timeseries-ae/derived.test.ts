import { describe, expect, it } from 'vitest';
import { groupLayers, groupRocs, highlightLayers, isLabelled, missedGaps, resolveThresholds, rowsByGroup, sliderRange, summarizeErrors } from './derived';
import { fakeSeriesResult } from './fake-result';
import type { TimeseriesResult } from './state';

const NAMES = ['normal', 'low-noise', 'cos', 'spike', 'level-shift', 'frequency', 'dropout'];
// 96 normals in 0.9..1.19, 2 clean ones near 0.03, 2 cos near 12
const MSE = Float32Array.from([...Array.from({ length: 96 }, (_, i) => 0.9 + (i % 30) / 100), 0.03, 0.04, 12, 13]);
const GROUP = Uint8Array.from([...new Array<number>(96).fill(0), 1, 1, 2, 2]);

const result = (mse = MSE, names = NAMES): TimeseriesResult => fakeSeriesResult(mse, GROUP, names, 75);

describe('derived views', () => {
  it('scores each present anomaly group on its own tail, and none for unlabelled data', () => {
    const rows = groupRocs(result());
    expect(rows.map((r) => [r.name, r.tail, r.size, r.roc.auc])).toEqual([
      ['low-noise', 'low', 2, 1],
      ['cos', 'high', 2, 1],
    ]);
    expect(groupRocs(result(MSE, ['unlabelled', ...NAMES.slice(1)]))).toEqual([]);
    expect(isLabelled({ groupNames: ['unlabelled'] })).toBe(false);
  });

  it('suggests thresholds in the gaps and keeps the learner’s choices ordered', () => {
    const s = summarizeErrors(result());
    expect(s.min).toBeCloseTo(0.03, 6);
    expect(s.max).toBe(13);
    const th = resolveThresholds({ low: null, high: null }, s);
    expect(th.low).toBeGreaterThan(0.04);
    expect(th.low).toBeLessThan(0.9);
    expect(th.high).toBeGreaterThan(1.19);
    expect(th.high).toBeLessThan(12);
    expect(resolveThresholds({ low: 0.5, high: 5 }, s)).toEqual({ low: 0.5, high: 5 });
    const crossed = resolveThresholds({ low: 5, high: 2 }, s);
    expect(crossed.low).toBe(5);
    expect(crossed.high).toBeGreaterThan(5);
  });

  it('builds one layer before the reveal, one per group after, and red-over-blue highlights', () => {
    const set = result().set;
    expect(rowsByGroup(set).map((r) => r.length)).toEqual([96, 2, 2, 0, 0, 0, 0]);
    expect(groupLayers(set, false)).toHaveLength(1);
    expect(groupLayers(set, true).map((l) => l.rows.length)).toEqual([96, 2, 2]);
    const [rest, marked] = highlightLayers(10, Int32Array.from([8, 9]));
    expect(Array.from(rest.rows)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(marked.rows)).toEqual([8, 9]);
    expect(marked.color).not.toBe(rest.color);
  });

  it('widens the sliders\' log range to hold thresholds outside the errors, and keeps a range kept from before', () => {
    const s = { min: 0.0616, max: 3.3 };
    expect(sliderRange(s, 0.1, 10)).toEqual({ lo: Math.log10(0.0616), hi: 1 });
    expect(sliderRange(s, 0.01, 2)).toEqual({ lo: -2, hi: Math.log10(3.3) });
    expect(sliderRange(s, 0.1, 2, { lo: -1, hi: 1 })).toEqual({ lo: Math.log10(0.0616), hi: 1 });
  });

  it('finds the gaps further in than the suggestion\'s 5 % when the anomalies are more of the data', () => {
    // 20 low (0.05..0.069), 100 normal (0.4..0.596), 20 high (3..3.95): each anomaly group is 14 % of 140.
    const low = Array.from({ length: 20 }, (_, i) => 0.05 + i / 1000);
    const normal = Array.from({ length: 100 }, (_, i) => 0.4 + (i % 50) / 250);
    const high = Array.from({ length: 20 }, (_, i) => 3 + i / 20);
    const gaps = missedGaps(Float64Array.from([...high, ...normal, ...low]));
    expect(gaps.map((g) => [g.side, Number(g.at.toFixed(4)), g.fraction])).toEqual([
      ['low', Number(Math.sqrt(0.069 * 0.4).toFixed(4)), 20 / 140],
      ['high', Number(Math.sqrt(0.596 * 3).toFixed(4)), 20 / 140],
    ]);
    expect(summarizeErrors(result()).missed).toEqual([]);
  });
});
