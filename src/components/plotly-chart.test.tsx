import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { PlotlyChart } from './plotly-chart';
import type { Trace } from './figures/types';
import { CHART_TEXT } from '../i18n/chart-text';
import { plotly } from './plotly-fake';

const T = CHART_TEXT.en.chart;

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('./plotly-fake')).plotly }));

const traceA: Trace[] = [{ type: 'scatter', x: [1, 2], y: [3, 4] }];
const traceB: Trace[] = [{ type: 'scatter', x: [1, 2], y: [5, 6] }];

beforeEach(() => {
  plotly.react.mockClear();
  plotly.purge.mockClear();
  plotly.handlers.clear();
});
afterEach(cleanup);

describe('PlotlyChart', () => {
  it('shows a labelled placeholder, then draws with the merged compact layout', async () => {
    render(<PlotlyChart data={traceA} layout={{ title: { text: 'Scores' }, xaxis: { title: { text: 'x' } } }} aria-label="Score chart" text={T} />);
    expect(screen.getByRole('figure', { name: 'Score chart' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading chart: Score chart…');

    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const [el, data, layout, config] = plotly.react.mock.calls[0] as unknown as [HTMLElement, Trace[], Record<string, any>, Record<string, unknown>];
    expect(el.classList.contains('al-chart__plot')).toBe(true);
    expect(data).toBe(traceA);
    expect(layout.paper_bgcolor).toBe('rgba(0,0,0,0)');
    expect(layout.plot_bgcolor).toBe('rgba(0,0,0,0)');
    expect(layout.title.text).toBe('Scores');
    expect(layout.title.font.size).toBe(14);
    expect(layout.xaxis.title).toEqual({ font: { size: 12 }, text: 'x' });
    expect(layout.font.family).toMatch(/system-ui/);
    expect(config.displaylogo).toBe(false);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('calls Plotly.react on prop changes, at most once per frame with the latest props', async () => {
    const { rerender } = render(<PlotlyChart data={traceA} aria-label="c" text={T} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const el = plotly.react.mock.calls[0][0];
    act(() => {
      rerender(<PlotlyChart data={traceB} aria-label="c" text={T} />);
      rerender(<PlotlyChart data={traceA} aria-label="c" text={T} />);
      rerender(<PlotlyChart data={traceB} aria-label="c" text={T} />);
    });
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(plotly.react).toHaveBeenCalledTimes(2);
    const [el2, data2] = plotly.react.mock.calls[1] as unknown as [HTMLElement, Trace[]];
    expect(el2).toBe(el);
    expect(data2).toBe(traceB);
  });

  it('purges the same element on unmount', async () => {
    const { unmount } = render(<PlotlyChart data={traceA} aria-label="c" text={T} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const el = plotly.react.mock.calls[0][0];
    unmount();
    expect(plotly.purge).toHaveBeenCalledTimes(1);
    expect(plotly.purge).toHaveBeenCalledWith(el);
  });

  it('reports clicked points through the latest onClick', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(<PlotlyChart data={traceA} aria-label="c" onClick={first} text={T} />);
    await waitFor(() => expect(plotly.handlers.has('plotly_click')).toBe(true));
    rerender(<PlotlyChart data={traceA} aria-label="c" onClick={second} text={T} />);
    plotly.handlers.get('plotly_click')!({ points: [{ x: 0.4, y: 12, curveNumber: 1, pointNumber: 3, data: { name: 'anomaly' } }] });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ x: 0.4, y: 12, curveNumber: 1, pointIndex: 3, traceName: 'anomaly' });
  });

  it('shows an error message if drawing fails', async () => {
    plotly.react.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    render(<PlotlyChart data={traceA} aria-label="ROC" text={T} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not load the chart “ROC”.'));
  });
});
