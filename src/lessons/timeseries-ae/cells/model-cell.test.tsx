import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TRAINING } from '../../../notebook/training-state';
import { setLang } from '../../../stores/settings-store';
import { timeseriesAe } from '../instance';
import { DEFAULT_PARAMS } from '../params';
import { aroundSpeed } from '../speed';
import { ModelCell } from './model-cell';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

beforeEach(() => {
  localStorage.clear();
  const s = timeseriesAe.store.getState();
  timeseriesAe.store.setState({ params: { ...DEFAULT_PARAMS, epochs: 3 }, data: { ...s.data, source: 'generated', set: null }, training: IDLE_TRAINING, result: null });
});

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

describe('the time-series estimate before a run', () => {
  it('adds the time around the epochs: 3 epochs of 240 batches at 5 ms, and 3.5 s for 10,200 series of 100 steps', async () => {
    // 3.6 s of epochs + 3 s + 1,020,000 × 0.5 µs (without the time around the epochs: '≈ 4 s … (1 s / epoch)').
    render(<ModelCell />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 7 s for 3 epochs on WebAssembly (1.2 s / epoch)');
    act(() => setLang('ja'));
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 7 秒：WebAssembly で 3 エポック（1 エポックあたり 1.2 秒）');
    cleanup();
    act(() => setLang('en'));
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    render(<train.Body />);
    expect(document.querySelector('.nb-train-panel__estimate')?.textContent).toBe('estimated: ≈ 7 s');
  });

  it('after a run, uses the time around the epochs that was measured, as soon as it is remembered', () => {
    render(<ModelCell />);
    act(() => aroundSpeed.remember('wasm', 0.6, 1_020_000));
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 4 s for 3 epochs on WebAssembly (1.2 s / epoch)');
  });
});
