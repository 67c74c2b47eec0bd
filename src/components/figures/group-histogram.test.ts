import { describe, expect, it } from 'vitest';
import { binErrors, errorLayout, errorTraces, toPlot } from './group-histogram';

const MSE = Float32Array.from([0.01, 0.1, 1, 1, 1, 10, 100]);
const GROUP = Uint8Array.from([1, 1, 0, 0, 0, 2, 2]);

describe('error histogram', () => {
  it('bins on a log scale per group, counting every series once', () => {
    const b = binErrors(MSE, GROUP, 3, true, 4);
    expect(b.edges[0]).toBeCloseTo(-2, 6);
    expect(b.edges[4]).toBeCloseTo(2, 6);
    expect(b.counts.map((c) => Array.from(c))).toEqual([[0, 0, 3, 0], [1, 1, 0, 0], [0, 0, 0, 2]]);
    const lin = binErrors(MSE, GROUP, 3, false, 10);
    expect(lin.counts[2][9]).toBe(1);
    expect(lin.counts.reduce((s, c) => s + c.reduce((a, v) => a + v, 0), 0)).toBe(7);
  });

  it('draws one trace before the reveal and one per group after, with two threshold lines', () => {
    const b = binErrors(MSE, GROUP, 3, true, 4);
    const hidden = errorTraces(b, ['normal', 'low-noise', 'cos'], ['b', 'p', 'r'], false, 'all');
    expect(hidden).toHaveLength(1);
    expect(hidden[0].y).toEqual([1, 1, 3, 2]);
    const shown = errorTraces(b, ['normal', 'low-noise', 'cos'], ['b', 'p', 'r'], true, 'all');
    expect(shown.map((t) => t.name)).toEqual(['normal (n=3)', 'low-noise (n=2)', 'cos (n=2)']);
    const layout = errorLayout(b, { low: 0.1, high: 10, logY: false, xTitle: 'x', yTitle: 'y' });
    const lines = (layout.shapes ?? []).filter((s) => s.type === 'line');
    expect(lines.map((s) => s.x0)).toEqual([toPlot(0.1, true), toPlot(10, true)]);
    expect(layout.xaxis?.tickvals).toEqual([-2, -1, 0, 1, 2]);
    expect(layout.xaxis?.ticktext).toEqual(['0.01', '0.1', '1', '10', '100']);
    expect(layout.yaxis?.tickvals).toBeUndefined();
    // Log counts: the tallest stacked bar holds 3, so the labels run 1, 2, 5 in full.
    expect(errorLayout(b, { low: 0.1, high: 10, logY: true, xTitle: 'x', yTitle: 'y' }).yaxis?.ticktext).toEqual(['1', '2', '5']);
  });

  it('turns a threshold label inward, one line lower, when it would run off the plot into the ticks', () => {
    const lin = binErrors(MSE, GROUP, 3, false, 10);
    const anchors = (low: number, high: number) =>
      (errorLayout(lin, { low, high, logY: false, xTitle: 'x', yTitle: 'y' }).annotations ?? []).map((a) => [a.xanchor, a.y]);
    // On a linear axis to 100, a low threshold of 0.1 sits at the left edge: its label reads to the right.
    expect(anchors(0.1, 50)).toEqual([['left', 0.9], ['left', 1]]);
    expect(anchors(30, 99)).toEqual([['right', 1], ['right', 0.9]]);
    expect(anchors(30, 60)).toEqual([['right', 1], ['left', 1]]);
  });
});
