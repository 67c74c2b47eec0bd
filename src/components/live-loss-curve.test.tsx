import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LiveLossCurve } from './live-loss-curve';
import { CHART_TEXT } from '../i18n/chart-text';

const T = CHART_TEXT.en;

const plotlyLoaded = vi.hoisted(() => vi.fn());
vi.mock('plotly.js-basic-dist-min', () => {
  plotlyLoaded();
  return { default: {} };
});
afterEach(cleanup);

describe('LiveLossCurve', () => {
  it('draws train and validation lines in SVG without loading Plotly', () => {
    const { container } = render(<LiveLossCurve train={[0.5, 0.25, 0.2]} val={[0.6, 0.3, 0.35]} bestEpoch={1} logY aria-label="Loss per epoch" text={T} />);
    const lines = container.querySelectorAll('polyline');
    expect(lines).toHaveLength(2);
    expect(lines[0].getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(screen.getByRole('figure').getAttribute('aria-label')).toBe('Loss per epoch');
    expect(plotlyLoaded).not.toHaveBeenCalled();
  });

  it('has a legend, both axis titles, a point after one epoch and a text summary', () => {
    const { container } = render(<LiveLossCurve train={[0.5]} val={[0.6]} bestEpoch={0} logY aria-label="Loss per epoch" text={T} />);
    const words = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toEqual(expect.arrayContaining(['train', 'validation', 'best (epoch 1)', 'Epoch', 'Loss (log)']));
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    expect(container.querySelectorAll('rect')).toHaveLength(1);
    expect(container.querySelector('.al-chart__summary')?.textContent).toBe('Loss after 1 epoch: train 0.5, validation 0.6. Best epoch 1.');
  });

  it('titles its log axis without a space before a full-width bracket on a Japanese page', () => {
    const { container } = render(<LiveLossCurve train={[0.5, 0.4]} val={[0.6, 0.5]} bestEpoch={1} logY aria-label="損失" text={CHART_TEXT.ja} />);
    expect([...container.querySelectorAll('text')].map((t) => t.textContent)).toContain('損失（対数）');
  });

  it('around a single value, its two y ticks differ, a twentieth of a decade (log) or of the value (linear) either side', () => {
    for (const logY of [true, false]) {
      const { container, unmount } = render(<LiveLossCurve train={[3.534]} val={[NaN]} bestEpoch={0} logY={logY} aria-label="Loss per epoch" text={T} />);
      const ticks = [...container.querySelectorAll('.al-live-svg__tick')].slice(0, 2).map((t) => Number(t.textContent));
      expect(ticks[0]).toBeGreaterThan(3.534);
      expect(ticks[1]).toBeLessThan(3.534);
      expect(ticks[0]).toBeCloseTo(logY ? 3.534 * 10 ** 0.05 : 3.534 * 1.05, 2);
      unmount();
    }
  });

  it('without validation data (NaN losses) names no validation line, and marks the best epoch of the training loss', () => {
    const { container } = render(<LiveLossCurve train={[0.5, 0.25]} val={[NaN, NaN]} bestEpoch={1} logY aria-label="Loss per epoch" text={T} />);
    const words = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toContain('best (epoch 2)');
    expect(words).not.toContain('validation');
    expect(container.querySelector('.al-chart__summary')?.textContent).toBe('Loss after 2 epochs: train 0.25. Best epoch 2.');
  });

  it('skips values a log axis cannot show', () => {
    const { container } = render(<LiveLossCurve train={[0.5, 0, Number.NaN, 0.1]} val={[]} logY aria-label="Loss per epoch" text={T} />);
    expect(container.querySelectorAll('polyline')[0].getAttribute('points')?.split(' ')).toHaveLength(2);
  });

  it('with clipSpikes, draws a collapsed epoch on the top edge and keeps the axis on the rest', () => {
    const { container } = render(<LiveLossCurve train={[28, -29, -79, 1.6e8, -119]} val={[]} clipSpikes aria-label="Loss per epoch" text={T} />);
    const ys = (container.querySelectorAll('polyline')[0].getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys[3]).toBeCloseTo(ys[0], 6);
    expect(container.textContent).toContain('28');
    expect(container.textContent).not.toContain('1.6');
  });
});
