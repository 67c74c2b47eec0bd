import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import { fakeSeriesResult } from '../fake-result';
import { timeseriesAe } from '../instance';
import { INITIAL_VIEW } from '../state';
import { HistogramCell } from './histogram-cell';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

const NAMES = ['normal', 'low-noise', 'cos', 'spike', 'level-shift', 'frequency', 'dropout'];
// 20 too clean (0.05..0.069), 100 normal (0.4..0.596), 20 cos (3..3.95): each anomaly group is 14 % of the 140 series.
const MSE = Float32Array.from([
  ...Array.from({ length: 20 }, (_, i) => 0.05 + i / 1000),
  ...Array.from({ length: 100 }, (_, i) => 0.4 + (i % 50) / 250),
  ...Array.from({ length: 20 }, (_, i) => 3 + i / 20),
]);
const GROUP = Uint8Array.from([...new Array<number>(20).fill(1), ...new Array<number>(100).fill(0), ...new Array<number>(20).fill(2)]);

const show = () => {
  timeseriesAe.store.setState({ result: fakeSeriesResult(MSE, GROUP, NAMES, 105), view: INITIAL_VIEW });
  return render(<HistogramCell />);
};
const range = (side: 'low' | 'high') => screen.getByTestId(`threshold-${side}`).querySelector('input[type=range]') as HTMLInputElement;
const marks = (side: 'low' | 'high') => [...screen.getByTestId(`threshold-${side}`).querySelectorAll('.al-slider__mark')].map((m) => m.getAttribute('title'));

describe('time-series histogram cell', () => {
  it("widens both sliders to hold post 002's 0.1 and 10 when they lie outside the errors, with a post 10 mark", () => {
    show();
    expect(Number(range('high').max)).toBeCloseTo(Math.log10(3.95), 5);
    fireEvent.click(screen.getByTestId('threshold-seed'));
    for (const side of ['low', 'high'] as const) {
      expect(range(side).min).toBe(String(Math.log10(Math.fround(0.05))));
      expect(range(side).max).toBe('1');
    }
    expect(range('high').value).toBe('1');
    expect((screen.getByTestId('threshold-high').querySelector('.al-slider__box') as HTMLInputElement).value).toBe('1.000');
    expect(screen.getByTestId('threshold-high').querySelector('.al-slider__foot')?.textContent).toBe('-1.3011.000');
    expect(marks('high')).toEqual(['suggested: 0.556', 'post 10: 1.000']);
    expect(marks('low')).toEqual(['suggested: -1.244', 'post 0.1: -1.000']);
    fireEvent.click(screen.getByTestId('threshold-suggested'));
    expect(Number(range('high').max)).toBeCloseTo(Math.log10(3.95), 5);
  });

  it('says, by the suggestion, where the wider gaps lie when the anomalies are more than 5 % of the series (en, ja)', () => {
    show();
    expect(screen.getByTestId('suggestion-note').textContent).toBe(
      'The suggestion looks for a gap only in the lowest and highest 5 % of the errors. ' +
        'Further in, at MSE 0.166, there is a wider gap with 14 % of the series below it: if they are the odd ones, drag the low threshold there. ' +
        'Further in, at MSE 1.34, there is a wider gap with 14 % of the series above it: if they are the odd ones, drag the high threshold there.',
    );
    act(() => setLang('ja'));
    expect(screen.getByTestId('suggestion-note').textContent).toBe(
      '提案値は、誤差の小さい側と大きい側それぞれ 5 % の中だけで隙間を探します。' +
        'もっと内側の MSE 0.166 により広い隙間があり、その下に系列の 14 % があります。それらが異常なら、下側しきい値をそこへ動かしてください。' +
        'もっと内側の MSE 1.34 により広い隙間があり、その上に系列の 14 % があります。それらが異常なら、上側しきい値をそこへ動かしてください。',
    );
    act(() => timeseriesAe.store.setState({ view: { ...INITIAL_VIEW, low: 0.2 } }));
    expect(screen.getByTestId('suggestion-note').textContent).not.toContain('下側しきい値');
    act(() => timeseriesAe.store.setState({ view: { ...INITIAL_VIEW, low: 0.1, high: 10 } }));
    expect(screen.queryByTestId('suggestion-note')).toBeNull();
  });
});
