import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultsOf } from '../../../notebook/settings/settings-table';
import { setLang } from '../../../stores/settings-store';
import { metric } from '../instance';
import { SETTINGS } from '../params';
import { IDLE_METRIC_TRAINING } from '../store';
import { ModelCell } from './model-cell';

vi.mock('plotly.js-cartesian-dist-min', () => ({ default: { react: vi.fn((el: HTMLElement) => Promise.resolve(el)), purge: vi.fn(), Plots: { resize: vi.fn() } } }));

beforeEach(() => {
  localStorage.clear();
  const s = metric.store.getState();
  metric.store.setState({ params: defaultsOf(SETTINGS), data: { ...s.data, data: null }, training: IDLE_METRIC_TRAINING });
});

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

describe('the metric-learning estimate before a run', () => {
  it('adds the time around the epochs: 3 models × 3 epochs of 35 batches at 0.5 s, and 12.5 s embedding 31,400 images', async () => {
    // 157.5 s of epochs + 1.5 s + 31,400 × 0.35 ms = 170 s (without the time around the epochs: 2 min 38 s).
    render(<ModelCell />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 2 min 50 s for 3 epochs on WebAssembly (53 s / epoch)');
    act(() => setLang('ja'));
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 2 分 50 秒：WebAssembly で 3 エポック（1 エポックあたり 53 秒）');
    cleanup();
    act(() => setLang('en'));
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    render(<train.Body />);
    expect(document.querySelector('.nb-train-panel__estimate')?.textContent).toBe('estimated: ≈ 2 min 50 s');
  });

  it('after a run, uses the time around the epochs that was measured', () => {
    localStorage.setItem('anomaly-lab:metric-learning-around-seconds', JSON.stringify({ wasm: [[31400, 42.5]] }));
    render(<ModelCell />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 3 min 20 s for 3 epochs on WebAssembly (53 s / epoch)');
  });
});
