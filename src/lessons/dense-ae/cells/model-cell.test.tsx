import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TRAINING } from '../../../notebook/training-state';
import { defaultsOf } from '../../../notebook/settings/settings-table';
import { setLang } from '../../../stores/settings-store';
import { denseAe } from '../instance';
import { modelConfig } from '../model-config';
import { SETTINGS } from '../params';
import { aroundSpeed, flopSpeed, scoringFlops, trainFlopsPerEpoch } from '../speed';
import { ModelCell } from './model-cell';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../../components/plotly-fake')).plotly }));

const p = { ...defaultsOf(SETTINGS), maxTrain: 800, epochs: 3 };

beforeEach(() => {
  localStorage.clear();
  const s = denseAe.store.getState();
  denseAe.store.setState({ params: p, data: { ...s.data, split: null }, training: IDLE_TRAINING, result: null });
});

afterEach(() => {
  cleanup();
  act(() => setLang('en'));
});

describe('the dense-AE estimate before a run', () => {
  it('adds the time around the epochs: 3 epochs of 800 images at 0.4 s, and 3.4 s for building and scoring 2,674 images', async () => {
    // 1.2 s of epochs + 3 s + 3.56 GFLOP of scoring at 8 GFLOP/s (without the time around the epochs: '≈ 1 s … (1 s / epoch)').
    render(<ModelCell />);
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 5 s for 3 epochs on WebAssembly; early stopping may end sooner (0.4 s / epoch)');
    act(() => setLang('ja'));
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 5 秒：WebAssembly で 3 エポック、早期終了ならもっと短く（1 エポックあたり 0.4 秒）');
    cleanup();
    act(() => setLang('en'));
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    render(<train.Body />);
    expect(document.querySelector('.nb-train-panel__estimate')?.textContent).toBe('estimated: ≈ 5 s');
  });

  it('after a run, uses what it measured, and both cells redraw when a run is remembered', async () => {
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    render(
      <>
        <ModelCell />
        <train.Body />
      </>,
    );
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 5 s for 3 epochs on WebAssembly; early stopping may end sooner (0.4 s / epoch)');
    // A second run of the page: 0.3 s an epoch, 0.7 s around its epochs.
    act(() => {
      flopSpeed.remember('wasm', 0.3, trainFlopsPerEpoch(modelConfig(p), 800));
      aroundSpeed.remember('wasm', 0.7, scoringFlops(modelConfig(p), 2674));
    });
    expect(screen.getByTestId('estimate').textContent).toBe('≈ 2 s for 3 epochs on WebAssembly; early stopping may end sooner (0.3 s / epoch)');
    expect(document.querySelector('.nb-train-panel__estimate')?.textContent).toBe('estimated: ≈ 2 s');
  });
});
