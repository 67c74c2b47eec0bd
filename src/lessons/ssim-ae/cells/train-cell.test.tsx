import { act, cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../../stores/settings-store';
import type { ModelResult, SsimAeState } from '../state';
import { IDLE_SSIM_TRAINING } from '../store';
import { TrainingModel } from './train-cell';
import { freshStoreAfterEach } from './fresh-store';

const { store, initial } = freshStoreAfterEach();
const model = { epochsRun: 2 } as unknown as ModelResult;

function after(training: Partial<SsimAeState['training']>, models: Partial<Record<'ssim' | 'l2', ModelResult>>): void {
  store.setState({ training: { ...IDLE_SSIM_TRAINING, status: 'done', losses: ['ssim', 'l2'], ...training }, result: { key: 'k', data: null, models } } as unknown as Partial<SsimAeState>);
}

describe('the SSIM lesson’s line above the train panel, after a run of two models', () => {
  it('says which model a run stopped before lacks, in both languages', () => {
    after({ loss: 'l2', stop: null }, { ssim: model });
    render(<TrainingModel />);
    expect(screen.getByTestId('training-model').textContent).toBe("Stopped before the L2 model had finished an epoch: the cells below show this run's SSIM model only.");
    act(() => setLang('ja'));
    expect(screen.getByTestId('training-model').textContent).toBe('L2 モデルが 1 エポックを終える前に停止しました。以下のセルには、この実行の SSIM モデルだけを示します。');
  });

  it('names the model a stop came in, and says nothing after a run that completed', () => {
    after({ loss: 'l2', stop: { reason: 'aborted', epochsRun: 1, heldEpoch: 1, patience: 0, restoredBest: true } }, { ssim: model, l2: model });
    const { container } = render(<TrainingModel />);
    expect(screen.getByTestId('training-model').textContent).toBe('Stopped while training the L2 model:');
    cleanup();
    after({ loss: 'l2', stop: null }, { ssim: model, l2: model });
    render(<TrainingModel />);
    expect(screen.queryByTestId('training-model')).toBeNull();
    expect(container.textContent).toBe('');
  });
});

describe('the SSIM lesson’s Train cell before a run', () => {
  it('counts both models’ epochs, as the run will, with the time of both in its estimate', async () => {
    const { TrainCell } = await import('./train-cell');
    const { ModelCell } = await import('./model-cell');
    store.setState({ params: { ...initial.params, losses: 'both', epochs: 40 }, training: IDLE_SSIM_TRAINING });
    render(<TrainCell />);
    expect(screen.getByTestId('train-status').textContent).toContain('epoch 0/80');
    const both = document.querySelector('.nb-train-panel__estimate')?.textContent ?? '';
    cleanup();
    render(<ModelCell />);
    expect(both).toMatch(/≈ \d/);
    expect(screen.getByTestId('estimate').textContent).toContain(both.replace('estimated: ≈ ', ''));
    cleanup();
    store.setState({ params: { ...initial.params, losses: 'ssim', epochs: 40 } });
    render(<TrainCell />);
    expect(screen.getByTestId('train-status').textContent).toContain('epoch 0/40');
  });
});
