import { describe, expect, it } from 'vitest';
import { binShared, histogramFigure } from './histogram';
import { palette } from '../palette';
import { CHART_TEXT } from '../../i18n/chart-text';

const T = CHART_TEXT.en.histogram;

describe('binShared', () => {
  it('counts both classes on the same equal-width edges, max in the last bin', () => {
    const b = binShared([0, 1, 2, 3], [6, 7, 8], 4);
    expect(Array.from(b.edges)).toEqual([0, 2, 4, 6, 8]);
    expect(Array.from(b.normal)).toEqual([2, 2, 0, 0]);
    expect(Array.from(b.anomaly)).toEqual([0, 0, 0, 3]);
  });

  it('ignores non-finite scores (they neither widen the range nor get counted)', () => {
    const b = binShared([0, Number.NaN, 4, Number.POSITIVE_INFINITY], new Float32Array([2, Number.NEGATIVE_INFINITY]), 2);
    expect(Array.from(b.edges)).toEqual([0, 2, 4]);
    expect(Array.from(b.normal)).toEqual([1, 1]);
    expect(Array.from(b.anomaly)).toEqual([0, 1]);
  });

  it('pads a degenerate range so all-equal scores still form one visible bin', () => {
    const b = binShared([3, 3, 3], [], 3);
    expect(b.edges[0]).toBeLessThan(3);
    expect(b.edges[3]).toBeGreaterThan(3);
    expect(Array.from(b.normal)).toEqual([0, 3, 0]);
  });

  it('returns empty bins for empty input', () => {
    const b = binShared([], [], 10);
    expect(b.edges.length).toBe(0);
    expect(b.normal.length).toBe(0);
  });

  it('bins 100k scores and loses none', () => {
    const normal = new Float32Array(100_000).map((_, i) => Math.sin(i) * 0.5 + 0.5);
    const anomaly = new Float32Array(5_000).map((_, i) => 0.8 + (i % 100) / 500);
    const b = binShared(normal, anomaly, 80);
    expect(b.normal.reduce((s, c) => s + c, 0)).toBe(100_000);
    expect(b.anomaly.reduce((s, c) => s + c, 0)).toBe(5_000);
  });
});

describe('histogramFigure', () => {
  const fig = histogramFigure({ normal: [0, 1, 2, 3], anomaly: [6, 7, 8], threshold: 5, bins: 4, xTitle: 'MSE', text: T });

  it('sends overlaid bar traces of counts at bin centres, not raw points', () => {
    const [normal, anomaly] = fig.data;
    expect(normal.type).toBe('bar');
    expect(normal.x).toEqual([1, 3, 5, 7]);
    expect(normal.y).toEqual([2, 2, 0, 0]);
    expect(anomaly.x).toEqual([1, 3, 5, 7]);
    expect(anomaly.y).toEqual([0, 0, 0, 3]);
    expect(normal.width).toBe(2);
    expect(normal.name).toBe('normal (n=4)');
    expect(anomaly.name).toBe('anomaly (n=3)');
    expect((normal.marker as { color: string }).color).toBe(palette.normal);
    expect((anomaly.marker as { color: string; opacity: number }).color).toBe(palette.anomaly);
    expect((anomaly.marker as { opacity: number }).opacity).toBeLessThan(1);
    // More than hue: the anomaly bars are hatched, the normal ones plain.
    expect((anomaly.marker as { pattern?: { shape: string } }).pattern?.shape).toBe('/');
    expect((normal.marker as { pattern?: unknown }).pattern).toBeUndefined();
    expect(fig.layout.barmode).toBe('overlay');
    expect(fig.layout.xaxis?.title?.text).toBe('MSE');
  });

  it('draws the threshold as a vertical line shape in the threshold colour', () => {
    const line = fig.layout.shapes?.find((s) => s.type === 'line');
    expect(line).toMatchObject({ x0: 5, x1: 5, y0: 0, y1: 1, xref: 'x', yref: 'paper' });
    expect((line?.line as { color: string }).color).toBe(palette.threshold);
    const flagged = fig.layout.shapes?.find((s) => s.type === 'rect');
    expect(flagged).toMatchObject({ x0: 5, x1: 8 });
  });

  it('has no threshold shapes without a threshold, and a log y axis on request', () => {
    const f = histogramFigure({ normal: [1, 2], anomaly: [3], logY: true, text: T });
    expect(f.layout.shapes).toEqual([]);
    expect(f.layout.yaxis?.type).toBe('log');
    expect(f.layout.yaxis?.ticktext).toEqual(['1', '2']);
    expect(fig.layout.yaxis?.type).toBe('linear');
    expect(fig.layout.yaxis?.tickvals).toBeUndefined();
  });
});

describe('histogram threshold label', () => {
  it('sits on the side of the line with room, so the plot edge never clips it', () => {
    const label = (threshold: number) => histogramFigure({ normal: [0, 1, 2, 3], anomaly: [6, 7, 8], threshold, bins: 4, text: T }).layout.annotations?.[0];
    expect(label(1)).toMatchObject({ xanchor: 'left' });
    expect(label(7.5)).toMatchObject({ xanchor: 'right' });
    expect(String(label(7.5)?.text).trim()).toBe('threshold 7.500');
  });
});
