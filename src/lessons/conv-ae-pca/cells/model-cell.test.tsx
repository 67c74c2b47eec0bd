import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultsOf } from '../../../notebook/settings/settings-table';
import { setLang } from '../../../stores/settings-store';
import { store } from '../instance';
import { SETTINGS } from '../params';
import { IDLE_CAP_TRAINING } from '../store';
import { ModelCell } from './model-cell';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

beforeEach(() => {
  localStorage.clear();
  const s = store.getState();
  store.setState({ params: defaultsOf(SETTINGS), data: { ...s.data, faces: null }, training: IDLE_CAP_TRAINING, result: null });
});

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

describe('the PCA → conv-AE estimate before a run', () => {
  it('adds the time around the epochs: 20 epochs of 25 batches at 0.08 s, and 3.5 s for PCA and scoring 1,000 faces', async () => {
    // 40 s of epochs + 1.5 s + 1,000 × 2 ms (without the time around the epochs: 40 s).
    render(<ModelCell />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 44 s for 20 epochs on WebAssembly (2 s / epoch)');
    act(() => setLang('ja'));
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 44 秒：WebAssembly で 20 エポック（1 エポックあたり 2 秒）');
    cleanup();
    act(() => setLang('en'));
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    render(<train.Body />);
    expect(document.querySelector('.nb-train-panel__estimate')?.textContent).toBe('estimated: ≈ 44 s');
  });

  it('after a run, uses the time around the epochs that was measured', () => {
    localStorage.setItem('anomaly-lab:conv-ae-pca-around-seconds', JSON.stringify({ wasm: [[1000, 20]] }));
    render(<ModelCell />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 1 min 0 s for 20 epochs on WebAssembly (2 s / epoch)');
  });
});
