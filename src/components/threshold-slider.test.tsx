import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ThresholdSlider, clampTyped } from './threshold-slider';
import { CHART_TEXT } from '../i18n/chart-text';

const T = CHART_TEXT.en.slider;

afterEach(cleanup);

const fmt = (v: number) => v.toFixed(2);

function setup(extra: Partial<Parameters<typeof ThresholdSlider>[0]> = {}) {
  const onChange = vi.fn();
  const utils = render(<ThresholdSlider value={0.25} min={0} max={1} step={0.01} onChange={onChange} text={T} {...extra} />);
  const range = screen.getByRole('slider', { name: 'Threshold' }) as HTMLInputElement;
  const box = screen.getByRole('textbox', { name: 'Threshold, exact value' }) as HTMLInputElement;
  return { ...utils, onChange, range, box };
}

describe('clampTyped', () => {
  it('clamps and explains', () => {
    expect(clampTyped('0,5', 0, 1, 0.2, fmt, T)).toEqual({ value: 0.5, reason: null });
    expect(clampTyped('-3', 0, 1, 0.2, fmt, T)).toEqual({ value: 0, reason: '-3 is below the minimum — clamped to 0.00.' });
    expect(clampTyped('7', 0, 1, 0.2, fmt, T)).toEqual({ value: 1, reason: '7 is above the maximum — clamped to 1.00.' });
    expect(clampTyped('abc', 0, 1, 0.2, fmt, T).value).toBe(0.2);
    expect(clampTyped('', 0, 1, 0.2, fmt, T).reason).toMatch(/not a number/);
  });
});

/** A parent that keeps what it is sent, limited to at most `cap` (two thresholds that must not cross). */
function Controlled({ start, cap = Infinity, onChange }: { start: number; cap?: number; onChange: (v: number) => void }) {
  const [value, setValue] = useState(start);
  return (
    <ThresholdSlider
      value={value}
      min={0}
      max={1}
      step={0.01}
      onChange={(v) => {
        onChange(v);
        setValue(Math.min(v, cap));
      }}
      text={T}
    />
  );
}

describe('ThresholdSlider', () => {
  it('shows the value its parent kept, also when the parent kept the one it had (a typed 0.8 against a cap of 0.5, twice)', () => {
    const onChange = vi.fn();
    render(<Controlled start={0.5} cap={0.5} onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Threshold, exact value' }) as HTMLInputElement;
    const range = screen.getByRole('slider', { name: 'Threshold' }) as HTMLInputElement;
    for (let i = 0; i < 2; i++) {
      fireEvent.change(box, { target: { value: '0.8' } });
      fireEvent.keyDown(box, { key: 'Enter' });
      expect(onChange).toHaveBeenLastCalledWith(0.8);
      expect(box.value).toBe('0.50');
      expect(range.value).toBe('0.5');
    }
  });

  it('renders an accessible range over [min, max] and a formatted number box', () => {
    const { range, box } = setup();
    expect([range.min, range.max, range.step, range.value]).toEqual(['0', '1', '0.01', '0.25']);
    expect(range.getAttribute('aria-valuetext')).toBe('0.25');
    expect(box.value).toBe('0.25');
  });

  it('coalesces a drag into one onChange per frame with the latest value', async () => {
    const { range, box, onChange } = setup();
    fireEvent.change(range, { target: { value: '0.3' } });
    fireEvent.change(range, { target: { value: '0.4' } });
    fireEvent.change(range, { target: { value: '0.45' } });
    expect(box.value).toBe('0.45');
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith(0.45);
  });

  it('clamps an out-of-range typed value on commit and says why', () => {
    const onChange = vi.fn();
    render(<Controlled start={0.25} onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Threshold, exact value' }) as HTMLInputElement;
    fireEvent.change(box, { target: { value: '5' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(box);
    expect(onChange).toHaveBeenCalledWith(1);
    expect(box.value).toBe('1.00');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('5 is above the maximum — clamped to 1.00.');
  });

  it('rejects non-numbers without calling onChange and reverts the box', () => {
    const { box, onChange } = setup();
    fireEvent.change(box, { target: { value: 'abc' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    expect(box.value).toBe('0.25');
    expect(screen.getByRole('status').textContent).toBe('“abc” is not a number — kept 0.25.');
  });

  it('steps with arrow keys in the number box, clamped at the ends', () => {
    const { box, onChange, rerender } = setup();
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(0.26);
    rerender(<ThresholdSlider value={0.995} min={0} max={1} step={0.01} onChange={onChange} text={T} />);
    fireEvent.keyDown(box, { key: 'ArrowUp', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith(1);
  });

  it('drops the box’s message when the value is then set from outside (a preset button)', () => {
    function WithPreset() {
      const [value, setValue] = useState(0.25);
      return (
        <>
          <ThresholdSlider value={value} min={0} max={1} step={0.01} onChange={setValue} text={T} />
          <button type="button" onClick={() => setValue(0.1)}>
            preset
          </button>
        </>
      );
    }
    render(<WithPreset />);
    const box = screen.getByRole('textbox', { name: 'Threshold, exact value' }) as HTMLInputElement;
    fireEvent.change(box, { target: { value: '5' } });
    fireEvent.blur(box);
    expect(screen.getByRole('status').textContent).toBe('5 is above the maximum — clamped to 1.00.');
    fireEvent.click(screen.getByText('preset'));
    expect(box.value).toBe('0.10');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('follows the controlled value', async () => {
    const { rerender, range, box, onChange } = setup();
    act(() => rerender(<ThresholdSlider value={0.7} min={0} max={1} step={0.01} onChange={onChange} text={T} />));
    expect(range.value).toBe('0.7');
    expect(box.value).toBe('0.70');
  });

  it('colours the flagged side: above the threshold by default, below when asked', () => {
    const { container, rerender } = render(<ThresholdSlider value={0.5} min={0} max={1} onChange={() => undefined} text={T} />);
    expect(container.querySelector('.al-slider')?.getAttribute('data-anomaly-side')).toBe('above');
    expect(container.querySelector('.al-slider--below')).toBeNull();
    rerender(<ThresholdSlider value={0.5} min={0} max={1} onChange={() => undefined} anomalySide="below" text={T} />);
    expect(container.querySelector('.al-slider--below')?.getAttribute('data-anomaly-side')).toBe('below');
  });

  it('draws in-range marks as buttons that jump to their value', () => {
    const { onChange } = setup({
      marks: [
        { value: 0.3, label: 'best F1' },
        { value: 0.32, label: 'p99 normal' },
        { value: 2, label: 'outside' },
      ],
    });
    const marks = screen.getAllByRole('button');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(['Jump to best F1 (0.30)', 'Jump to p99 normal (0.32)']);
    expect(marks.map((m) => m.style.getPropertyValue('--pos'))).toEqual(['0.30000', '0.32000']);
    expect(marks[1].classList.contains('al-slider__mark--lane1')).toBe(true);
    fireEvent.click(marks[1]);
    expect(onChange).toHaveBeenCalledWith(0.32);
  });
});

describe('ThresholdSlider: one threshold, one number', () => {
  // dense-ae after 2 epochs on 800 images: L1 scores from 163.69 to 310.57.
  const min = 163.69174194335938;
  const max = 310.5663757324219;

  it('sends a dragged value rounded to the decimals it shows, so the value is the number shown', async () => {
    const onChange = vi.fn();
    render(<ThresholdSlider value={200} min={min} max={max} onChange={onChange} text={T} />);
    const range = screen.getByRole('slider', { name: 'Threshold' }) as HTMLInputElement;
    const box = screen.getByRole('textbox', { name: 'Threshold, exact value' }) as HTMLInputElement;
    fireEvent.change(range, { target: { value: '193.63574' } });
    expect(box.value).toBe('193.6');
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith(193.6);
    expect(range.getAttribute('aria-valuetext')).toBe('193.6');
  });

  it('puts the range input on a grid of shown values, so its own value is the number shown', () => {
    render(<ThresholdSlider value={193.62} min={min} max={max} onChange={() => undefined} text={T} />);
    const range = screen.getByRole('slider', { name: 'Threshold' }) as HTMLInputElement;
    expect([range.min, range.max, range.step]).toEqual(['163.6', '310.6', '0.1']);
    expect(range.value).toBe('193.6');
    expect((screen.getByRole('textbox', { name: 'Threshold, exact value' }) as HTMLInputElement).value).toBe('193.6');
  });

  it('steps the number box by a rounded step', () => {
    const onChange = vi.fn();
    render(<ThresholdSlider value={193.6} min={min} max={max} onChange={onChange} text={T} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Threshold, exact value' }), { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(193.7);
  });

  it('draws a best F1 that flags nothing (+∞) at the top of the range, labelled with the top value', () => {
    const onChange = vi.fn();
    render(<ThresholdSlider value={max} min={min} max={max} onChange={onChange} text={T} marks={[{ value: 193.6, label: 'F1 (anomaly +)' }, { value: Infinity, label: 'F1 (normal +)' }, { value: NaN, label: 'p99 normal' }]} />);
    const marks = screen.getAllByRole('button');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(['Jump to F1 (anomaly +) (193.6)', 'Jump to F1 (normal +) (310.6)']);
    expect(marks[1].style.getPropertyValue('--pos')).toBe('1.00000');
    fireEvent.click(marks[1]);
    expect(onChange).toHaveBeenLastCalledWith(max);
  });
});

describe('layoutMarks', () => {
  it('puts labels that would touch on separate lanes and keeps them inside the track', async () => {
    const { layoutMarks } = await import('./slider-marks');
    // "F1 (normal +)" at 0.48, "F1 (anomaly +)" at 0.5 and "p99 normal" at 0.53 on a 400 px track.
    const spots = layoutMarks([0.48, 0.5, 0.53], [80, 90, 70], 400, 18);
    expect(spots.map((s) => s.lane)).toEqual([0, 1, 2]);
    for (let i = 0; i < spots.length; i++) {
      for (let j = 0; j < i; j++) {
        if (spots[i].lane !== spots[j].lane) continue;
        expect(spots[i].left).toBeGreaterThanOrEqual(spots[j].left + [80, 90, 70][j]);
      }
    }
    // Far apart: one lane. At the ends: inside the track.
    const wide = layoutMarks([0, 0.5, 1], [60, 60, 60], 400, 18);
    expect(wide.map((s) => s.lane)).toEqual([0, 0, 0]);
    expect(wide[0].left).toBe(0);
    expect(wide[2].left).toBe(340);
    // More crowded labels than lanes: the last lane is shared, never a fourth.
    expect(Math.max(...layoutMarks([0.5, 0.5, 0.5, 0.5], [50, 50, 50, 50], 400, 18).map((s) => s.lane))).toBe(2);
  });
});
