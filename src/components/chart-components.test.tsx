import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { ScoreHistogram } from './score-histogram';
import { RocPlot } from './roc-plot';
import { PrPlot } from './pr-plot';
import { RocAtThreshold } from '../notebook/roc-at-threshold';
import { rocCurve } from '../core/metrics/roc';
import { countsAt, buildSweep } from '../core/metrics/threshold-sweep';
import { LossCurve } from './loss-curve';
import type { Layout, Trace } from './figures/types';
import { CHART_TEXT } from '../i18n/chart-text';
import { plotly } from './plotly-fake';

const T = CHART_TEXT.en;

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('./plotly-fake')).plotly }));

type Call = [HTMLElement, Trace[], Layout];
const lastCall = () => plotly.react.mock.calls.at(-1) as unknown as Call;

beforeEach(() => {
  plotly.react.mockClear();
  plotly.handlers.clear();
});
afterEach(cleanup);

describe('ScoreHistogram', () => {
  it('sends binned counts and keeps trace identity when only the threshold moves', async () => {
    const normal = [0, 1, 2, 3];
    const anomaly = [6, 7, 8];
    const { rerender } = render(<ScoreHistogram normal={normal} anomaly={anomaly} threshold={5} bins={4} aria-label="Scores" text={T} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const [, data, layout] = lastCall();
    expect(data[0].y).toEqual([2, 2, 0, 0]);
    expect(data[1].y).toEqual([0, 0, 0, 3]);
    expect(layout.shapes?.find((s) => s.type === 'line')?.x0).toBe(5);
    expect(screen.getByRole('figure').getAttribute('aria-label')).toBe('Scores');
    expect(data[0].name).toBe('normal (n=4)');

    act(() => rerender(<ScoreHistogram normal={normal} anomaly={anomaly} threshold={6.5} bins={4} aria-label="Scores" text={T} />));
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(2));
    const [, data2, layout2] = lastCall();
    expect(data2).toBe(data);
    expect(layout2.shapes?.find((s) => s.type === 'line')?.x0).toBe(6.5);
  });

  it('clicking a bar picks that bin centre as threshold', async () => {
    const pick = vi.fn();
    render(<ScoreHistogram normal={[0, 1, 2, 3]} anomaly={[6, 7, 8]} bins={4} onThresholdPick={pick} aria-label="Scores" text={T} />);
    await waitFor(() => expect(plotly.handlers.has('plotly_click')).toBe(true));
    plotly.handlers.get('plotly_click')!({ points: [{ x: 3, y: 2, curveNumber: 0, pointNumber: 1 }] });
    expect(pick).toHaveBeenCalledWith(3);
  });
});

describe('RocPlot', () => {
  it('draws the operating point and maps curve clicks to indices', async () => {
    const pick = vi.fn();
    render(<RocPlot fpr={[0, 0.2, 1]} tpr={[0, 0.9, 1]} auc={0.95} point={{ fpr: 0.2, tpr: 0.9 }} onPointPick={pick} aria-label="ROC" text={T} />);
    await waitFor(() => expect(plotly.handlers.has('plotly_click')).toBe(true));
    const [, data, layout] = lastCall();
    expect(data[1].name).toBe('ROC (AUC 0.950)');
    expect(layout.shapes?.find((s) => s.type === 'circle')).toMatchObject({ xanchor: 0.2, yanchor: 0.9 });
    const click = plotly.handlers.get('plotly_click')!;
    click({ points: [{ x: 0.5, y: 0.5, curveNumber: 0, pointNumber: 0 }] });
    expect(pick).not.toHaveBeenCalled();
    click({ points: [{ x: 0.2, y: 0.9, curveNumber: 1, pointNumber: 1 }] });
    expect(pick).toHaveBeenCalledWith(1);
  });
});

describe('one threshold, one number', () => {
  // Scores from 163.69 to 310.57: the slider over them shows one decimal (thresholdDigits 1).
  const normal = [163.69174194335938, 200, 250];
  const anomaly = [190, 240, 310.5663757324219];
  const threshold = 193.6357;

  it('labels the histogram’s threshold line and words its summary with the slider’s decimals', async () => {
    render(<ScoreHistogram normal={normal} anomaly={anomaly} threshold={threshold} aria-label="Scores" text={T} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const [, , layout] = lastCall();
    expect(String(layout.annotations?.[0]?.text).trim()).toBe('threshold 193.6');
    expect(screen.getByText(/^Scores of 3 normals/).textContent).toBe('Scores of 3 normals and 3 anomalies. Above threshold 193.6: 66.7% of normals, 66.7% of anomalies.');
  });

  it('words the ROC summary’s threshold with the same decimals', async () => {
    const scores = [...normal, ...anomaly];
    const labels = [0, 0, 0, 1, 1, 1];
    const counts = countsAt(buildSweep(scores, labels), threshold);
    render(<RocAtThreshold roc={rocCurve(scores, labels)} counts={counts} threshold={threshold} onPick={() => undefined} aria-label="ROC" text={T} />);
    expect(await screen.findByText(/^ROC, AUC/)).toHaveProperty('textContent', 'ROC, AUC 0.667. At threshold 193.6: 33.3% of normals pass, 66.7% of anomalies caught.');
  });
});

describe('PrPlot', () => {
  it('draws nothing flagged (precision 0/0) at scikit-learn’s end point (recall 0, precision 1) and shows “—”, not 0.000', async () => {
    render(<PrPlot recall={[1, 0.5, 0]} precision={[0.5, 0.6, 1]} ap={0.429} point={{ recall: 0, precision: null }} aria-label="PR" text={CHART_TEXT.ja} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const [, , layout] = lastCall();
    expect(layout.shapes?.find((s) => s.type === 'circle')).toMatchObject({ xanchor: 0, yanchor: 1 });
    expect(layout.annotations?.map((a) => a.text)).toContain('再現率 0.000 · 適合率 —');
    expect(screen.getByText(/^適合率–再現率：/).textContent).toBe('適合率–再現率：AP 0.429。このしきい値では適合率 —、再現率 0.000。');
  });
});

describe('LossCurve', () => {
  it('takes its accessible label and its words from the caller (here Japanese)', async () => {
    render(<LossCurve train={[0.5, 0.25]} val={[0.6, 0.3]} bestEpoch={1} aria-label="エポックごとの損失" text={CHART_TEXT.ja} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const [, data, layout] = lastCall();
    expect(data[2].x).toEqual([2]);
    expect(data.map((t) => t.name)).toEqual(['学習', '検証', '最良（エポック 2）']);
    expect([layout.title?.text, layout.xaxis?.title?.text, layout.yaxis?.title?.text]).toEqual(['損失', 'エポック', '損失']);
    expect(screen.getByRole('figure').getAttribute('aria-label')).toBe('エポックごとの損失');
  });
});
