import { describe, expect, it } from 'vitest';
import { CHART_TEXT } from '../../i18n/chart-text';
import { overlayLossFigure, overlayPrFigure, overlayRocFigure, type OverlayRun } from './overlay';

const run = (name: string, auc: number, loss: number[]): OverlayRun => ({
  name,
  auc,
  ap: auc - 0.1,
  roc: { fpr: [0, 0.5, 1], tpr: [0, 0.9, 1] },
  pr: { recall: [1, 0], precision: [0.5, 1] },
  trainLoss: loss,
  valLoss: loss.map((v) => v * 1.1),
});

describe('overlay figures', () => {
  const runs = [run('latent 8 · L1', 0.91234, [0.3, 0.2]), run('latent 64 · MSE', 0.95, [-1, -2])];

  it('draws one ROC and one PR curve per run, named with its AUC or AP, each in its own colour', () => {
    const roc = overlayRocFigure(runs, CHART_TEXT.en.roc);
    expect(roc.data.map((t) => t.name)).toEqual(['chance', 'AUC 0.9123 · latent 8 · L1', 'AUC 0.9500 · latent 64 · MSE']);
    expect((roc.data[1].line as { color: string }).color).not.toBe((roc.data[2].line as { color: string }).color);
    const pr = overlayPrFigure(runs, CHART_TEXT.ja.pr);
    expect(pr.data.map((t) => t.name)).toEqual(['AP 0.8123 · latent 8 · L1', 'AP 0.8500 · latent 64 · MSE']);
    expect(pr.layout.title?.text).toBe('適合率–再現率');
  });

  it('draws train and validation losses per run, on a linear axis when a loss is not positive', () => {
    const fig = overlayLossFigure(runs, CHART_TEXT.en.loss, { train: 'train', val: 'val.' });
    expect(fig.data.map((t) => t.name)).toEqual(['latent 8 · L1 · train', 'latent 8 · L1 · val.', 'latent 64 · MSE · train', 'latent 64 · MSE · val.']);
    expect(fig.layout.yaxis?.type).toBeUndefined();
    expect(overlayLossFigure(runs.slice(0, 1), CHART_TEXT.en.loss, { train: 't', val: 'v' }).layout.yaxis?.type).toBe('log');
  });

  it('puts the legend on the figure\'s bottom edge, below the axis title, with a row of margin per entry', () => {
    const roc = overlayRocFigure(runs, CHART_TEXT.ja.roc);
    expect(roc.layout.legend).toMatchObject({ yref: 'container', y: 0, yanchor: 'bottom' });
    expect(roc.layout.margin).toEqual({ b: 56 + 22 * 2 });
    expect(overlayLossFigure(runs, CHART_TEXT.en.loss, { train: 't', val: 'v' }).layout.margin).toEqual({ b: 56 + 22 * 4 });
  });

  it('ticks whole epochs only: one per epoch for a short run, Plotly\'s own (integer) steps past 10', () => {
    const short = overlayLossFigure([run('a', 0.9, [0.3]), run('b', 0.8, [0.4, 0.3])], CHART_TEXT.en.loss, { train: 't', val: 'v' }).layout.xaxis;
    expect(short).toMatchObject({ tickformat: 'd', dtick: 1, range: [0.5, 2.5] });
    const long = overlayLossFigure([run('a', 0.9, Array.from({ length: 30 }, (_, i) => 1 / (i + 1)))], CHART_TEXT.en.loss, { train: 't', val: 'v' }).layout.xaxis;
    expect(long).toMatchObject({ tickformat: 'd' });
    expect(long?.dtick).toBeUndefined();
  });
});
