import { describe, expect, it } from 'vitest';
import { rocFigure } from './roc';
import { prFigure } from './pr';
import { LABEL_OVER_LEGEND, operatingPoint } from './common';
import { lossFigure, spikeThreshold } from './loss';
import { palette } from '../palette';
import type { Layout } from './types';
import { CHART_TEXT } from '../../i18n/chart-text';

const T = CHART_TEXT.en;

function pointShape(layout: Layout) {
  return layout.shapes?.find((s) => s.type === 'circle');
}

describe('rocFigure', () => {
  const fpr = [0, 0.1, 0.5, 1];
  const tpr = [0, 0.8, 0.95, 1];
  const fig = rocFigure({ fpr, tpr, auc: 0.9123, point: { fpr: 0.1, tpr: 0.8 }, text: T.roc, paren: T.chart.paren });

  it('draws the chance diagonal and the curve with AUC in legend and title', () => {
    const [chance, curve] = fig.data;
    expect(chance.x).toEqual([0, 1]);
    expect(chance.y).toEqual([0, 1]);
    expect(curve.x).toBe(fpr);
    expect(curve.y).toBe(tpr);
    expect(curve.name).toBe('ROC (AUC 0.912)');
    expect(fig.layout.title?.text).toContain('AUC 0.912');
    expect(fig.layout.xaxis?.range).toEqual([-0.01, 1.01]);
  });

  it('brackets the legends’ details with full-width brackets in Japanese', () => {
    const ja = CHART_TEXT.ja;
    const [chance, curve] = rocFigure({ fpr, tpr, auc: 0.9123, text: ja.roc, paren: ja.chart.paren }).data;
    expect([chance.name, curve.name]).toEqual(['ランダム（AUC 0.5）', 'ROC（AUC 0.912）']);
    const pr = prFigure({ recall: [0, 1], precision: [1, 0.5], ap: 0.876, baseline: 0.25, text: ja.pr, paren: ja.chart.paren }).data;
    expect(pr.map((t) => t.name)).toEqual(['ランダム（適合率 0.25）', 'PR（AP 0.876）']);
  });

  it('marks the operating point at its coordinates with guides to both axes', () => {
    expect(pointShape(fig.layout)).toMatchObject({ xanchor: 0.1, yanchor: 0.8, fillcolor: palette.threshold });
    const guides = fig.layout.shapes?.filter((s) => s.type === 'line') ?? [];
    expect(guides.map((g) => [g.x0, g.y0, g.x1, g.y1])).toEqual([
      [0.1, 0, 0.1, 0.8],
      [0, 0.8, 0.1, 0.8],
    ]);
    expect(String(fig.layout.annotations?.[0].text)).toBe('FPR 0.100 · TPR 0.800');
  });

  it('omits the operating point when none is given', () => {
    const f = rocFigure({ fpr, tpr, auc: 0.5, text: T.roc, paren: T.chart.paren });
    expect(f.layout.shapes).toEqual([]);
    expect(f.data).toHaveLength(2);
  });
});

describe('prFigure', () => {
  it('plots precision against recall, AP in the legend, optional prevalence baseline', () => {
    const recall = [0, 0.5, 1];
    const precision = [1, 0.9, 0.3];
    const fig = prFigure({ recall, precision, ap: 0.876, baseline: 0.25, point: { recall: 0.5, precision: 0.9 }, text: T.pr, paren: T.chart.paren });
    const chance = fig.data[0];
    const curve = fig.data[1];
    expect(chance.y).toEqual([0.25, 0.25]);
    expect(curve.x).toBe(recall);
    expect(curve.y).toBe(precision);
    expect(curve.name).toBe('PR (AP 0.876)');
    expect(fig.layout.title?.text).toContain('AP 0.876');
    expect(fig.layout.xaxis?.title?.text).toBe('Recall');
    expect(pointShape(fig.layout)).toMatchObject({ xanchor: 0.5, yanchor: 0.9 });
    expect(prFigure({ recall, precision, ap: 0.5, text: T.pr, paren: T.chart.paren }).data).toHaveLength(1);
  });

  it('lifts a threshold label near the bottom edge above the legend there, and leaves others by their point', () => {
    const label = (r: number, p: number) => prFigure({ recall: [0, 1], precision: [1, 0.5], ap: 0.5, point: { recall: r, precision: p }, text: T.pr, paren: T.chart.paren }).layout.annotations?.[0];
    expect(label(0, 0)).toMatchObject({ x: 0, y: LABEL_OVER_LEGEND, yanchor: 'bottom', yshift: 0 });
    expect(label(0.8, 0.1)).toMatchObject({ x: 0.8, y: LABEL_OVER_LEGEND, xanchor: 'right', yanchor: 'bottom' });
    expect(label(0.2, 0.9)).toMatchObject({ x: 0.2, y: 0.9, yanchor: 'top', yshift: -4 });
    const roc = (fpr: number) => rocFigure({ fpr: [0, 1], tpr: [0, 1], auc: 0.5, point: { fpr, tpr: 0 }, text: T.roc, paren: T.chart.paren }).layout.annotations?.[0];
    expect(roc(0.9)).toMatchObject({ y: LABEL_OVER_LEGEND, xanchor: 'right' });
    // At x = 0 the label runs right, into the right-hand legend on a narrow chart.
    expect(roc(0)).toMatchObject({ y: LABEL_OVER_LEGEND, xanchor: 'left' });
    expect(operatingPoint(0, 0, 'FPR 0 · TPR 0').annotations[0]).toMatchObject({ y: 0, yshift: 6 });
  });
});

describe('lossFigure', () => {
  it('keeps the y axis on ordinary epochs when asked, drawing spikes on the top edge', () => {
    // A patch-VAE run whose variance collapsed in epochs 8 and 10.
    const train = [28, -1.5, -29.1, -54.8, -78.6, -100.6, -119.4, 1.6e8, 41602, 6.4e16];
    const fig = lossFigure({ train, val: [], clipSpikes: true, text: T.loss });
    const [lo, hi] = fig.layout.yaxis!.range!;
    expect(lo).toBeCloseTo(-119.4 - 0.08 * 147.4, 6);
    expect(hi).toBeCloseTo(28 + 0.08 * 147.4, 6);
    const spikes = fig.data.find((t) => t.name === 'off the chart')!;
    expect(Array.from(spikes.x)).toEqual([8, 9, 10]);
    expect(Array.from(spikes.y)).toEqual([hi, hi, hi]);
    // Without spikes (or without the option) the axis is left to Plotly.
    expect(lossFigure({ train: train.slice(0, 7), val: [], clipSpikes: true, text: T.loss }).layout.yaxis!.range).toBeUndefined();
    expect(lossFigure({ train, val: [], text: T.loss }).layout.yaxis!.range).toBeUndefined();
    expect(spikeThreshold([0.1, 0.05, 0.04, 0.03])).toBeGreaterThan(0.1);
    expect(spikeThreshold([1, 2])).toBeNull();
  });

  it('plots 1-based epochs, validation and the best epoch marker', () => {
    const fig = lossFigure({ train: [1, 0.5, 0.3], val: [1.2, 0.6, 0.7], bestEpoch: 1, logY: true, text: T.loss });
    const [train, val, best] = fig.data;
    expect(train.x).toEqual([1, 2, 3]);
    expect(train.y).toEqual([1, 0.5, 0.3]);
    expect(val.y).toEqual([1.2, 0.6, 0.7]);
    expect(best.x).toEqual([2]);
    expect(best.y).toEqual([0.6]);
    expect(best.name).toBe('best (epoch 2)');
    expect(fig.layout.shapes?.[0]).toMatchObject({ x0: 2, x1: 2 });
    expect(fig.layout.yaxis?.type).toBe('log');
  });

  it('handles no validation data and an out-of-range best epoch', () => {
    const fig = lossFigure({ train: [0.4], val: [], bestEpoch: 3, text: T.loss });
    expect(fig.data).toHaveLength(1);
    expect(fig.layout.shapes).toEqual([]);
    expect(fig.layout.yaxis?.type).toBe('linear');
  });

  it('a run whose validation loss is all NaN (no validation data) has no validation entry, and its best epoch sits on the training loss', () => {
    const fig = lossFigure({ train: [0.2356, 0.2327], val: [NaN, NaN], bestEpoch: 1, logY: true, text: T.loss });
    expect(fig.data.map((d) => d.name)).toEqual(['train', 'best (epoch 2)']);
    expect(fig.data[1].y).toEqual([0.2327]);
    expect(fig.data[1].hovertemplate).toBe('best (epoch 2)<br>train 0.2327<extra></extra>');
    expect(fig.layout.shapes?.[0]).toMatchObject({ x0: 2, x1: 2 });
  });

  it('labels a log loss axis 1-2-5 in full over a decade or more, leaves a narrow range to Plotly, and puts the legend below the plot', () => {
    const wide = lossFigure({ train: [0.6, 0.2, 0.05], val: [0.7, 0.3, 0.04], bestEpoch: 2, logY: true, text: T.loss }).layout;
    expect(wide.yaxis).toMatchObject({ tickvals: [0.05, 0.1, 0.2, 0.5], ticktext: ['0.05', '0.1', '0.2', '0.5'], automargin: true });
    const narrow = lossFigure({ train: [0.035, 0.031], val: [0.033, 0.0288], logY: true, text: T.loss }).layout;
    expect(narrow.yaxis?.tickvals).toBeUndefined();
    expect(lossFigure({ train: [0.6, 0.05], val: [], text: T.loss }).layout.yaxis?.tickvals).toBeUndefined();
    expect(wide.legend).toMatchObject({ yref: 'container', y: 0, yanchor: 'bottom' });
  });
});
