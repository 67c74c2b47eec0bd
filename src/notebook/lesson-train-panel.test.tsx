import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPlotly } from '../components/plotly-chart';
import { LessonTrainPanel, PLOTLY_PRELOAD_DELAY_MS } from './lesson-train-panel';
import { IDLE_TRAINING } from './training-state';

vi.mock('../components/plotly-chart', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../components/plotly-chart')>()),
  loadPlotly: vi.fn(() => Promise.resolve({})),
}));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.mocked(loadPlotly).mockClear();
});

const TEXT = { run: 'Train', stop: 'Stop', epoch: 'epoch', batchWord: 'batch', elapsed: 'elapsed', remaining: 'remaining', estimate: 'estimated: ', lossCurve: 'loss' };

function actions() {
  const calls: string[] = [];
  return { calls, train: async () => void calls.push('train'), stop: () => void calls.push('stop') };
}

describe('LessonTrainPanel', () => {
  it('before a run: the planned epochs, the estimate, and Run', () => {
    const a = actions();
    render(<LessonTrainPanel training={IDLE_TRAINING} epochs={20} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    expect(screen.getByTestId('train-status').textContent).toContain('epoch 0/20');
    expect(screen.getByText('estimated: ≈ 1 min 0 s')).toBeTruthy();
    // Idle: no "elapsed 1 s"; the progress bar has a name.
    expect(screen.queryByTestId('train-elapsed')).toBeNull();
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Training progress');
    fireEvent.click(screen.getByTestId('train-run'));
    expect(a.calls).toEqual(['train']);
  });

  it('blocks Run with every problem, and shows the run’s own epochs and curves while it runs', () => {
    const a = actions();
    const problems = { latent: { code: 'range', values: { min: 1, max: 784 } }, batch: { code: 'batch-too-large', values: { batch: 512, n: 100 } } };
    const running = { ...IDLE_TRAINING, status: 'running' as const, epochs: 5, epoch: 1, batch: 2, batchesPerEpoch: 4, trainLoss: [0.5], valLoss: [0.6] };
    const { container, rerender } = render(<LessonTrainPanel training={running} epochs={20} secondsPerEpoch={3} text={TEXT} problems={problems} actions={a} />);
    expect(screen.getByTestId('train-run').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Must be between 1–784. Batch 512 is larger than the 100 training examples.');
    expect(screen.getByTestId('train-status').textContent).toContain('epoch 1/5');
    expect(screen.getByTestId('train-status').textContent).toContain('remaining');
    expect(container.querySelector('svg')).not.toBeNull();
    fireEvent.click(screen.getByTestId('train-stop'));
    expect(a.calls).toEqual(['stop']);
    rerender(<LessonTrainPanel training={running} epochs={20} secondsPerEpoch={3} text={TEXT} showLoss={false} problems={problems} actions={a} />);
    expect(container.querySelector('svg')).toBeNull();
    // 'while-training': the live curve while it runs, nothing once it is done (the lesson draws its own).
    rerender(<LessonTrainPanel training={running} epochs={20} secondsPerEpoch={3} text={TEXT} showLoss="while-training" problems={problems} actions={a} />);
    expect(container.querySelector('.al-loss-curve--live')).not.toBeNull();
    rerender(<LessonTrainPanel training={{ ...running, status: 'done' }} epochs={20} secondsPerEpoch={3} text={TEXT} showLoss="while-training" problems={problems} actions={a} />);
    expect(container.querySelector('.al-loss-curve')).toBeNull();
    expect(screen.getByTestId('train-status').textContent).toContain('batch 2/4');
    // A run reopened from the runs table has no batch count: the panel leaves it out.
    rerender(<LessonTrainPanel training={{ ...running, status: 'done', batch: 0, batchesPerEpoch: 0 }} epochs={20} secondsPerEpoch={3} text={TEXT} problems={problems} actions={a} />);
    expect(screen.getByTestId('train-status').textContent).not.toContain('batch');
  });

  it('loads Plotly for the result charts once the page has been idle, but never while a run trains', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const a = actions();
    const running = { ...IDLE_TRAINING, status: 'running' as const, epochs: 5 };
    const { rerender } = render(<LessonTrainPanel training={IDLE_TRAINING} epochs={20} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    vi.advanceTimersByTime(PLOTLY_PRELOAD_DELAY_MS - 1);
    rerender(<LessonTrainPanel training={running} epochs={20} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    vi.advanceTimersByTime(10 * PLOTLY_PRELOAD_DELAY_MS);
    expect(idle).toHaveLength(0);
    rerender(<LessonTrainPanel training={{ ...running, status: 'done' }} epochs={20} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    vi.advanceTimersByTime(PLOTLY_PRELOAD_DELAY_MS);
    expect(idle).toHaveLength(1);
    expect(loadPlotly).not.toHaveBeenCalled();
    idle[0]();
    expect(loadPlotly).toHaveBeenCalledTimes(1);
  });

  it('says when a finished run’s loss was still falling, and not when it had levelled off or diverged', () => {
    const a = actions();
    const stop = { reason: 'completed' as const, epochsRun: 6, heldEpoch: 6, patience: 0, restoredBest: true };
    const val = [0.00703, 0.00678, 0.00647, 0.00606, 0.00579, 0.0056];
    const done = { ...IDLE_TRAINING, status: 'done' as const, epochs: 6, epoch: 6, stop, trainLoss: val, valLoss: val };
    const { rerender } = render(<LessonTrainPanel training={done} epochs={6} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    expect(screen.getByTestId('train-still-learning').textContent).toBe(
      'The loss was still falling when training ended (13 % lower over the last 3 epochs): the model had not finished learning. More epochs would lower the loss further; whether they also make a better detector, compare two runs in Runs.',
    );
    const flat = [0.01, 0.008, 0.0075, 0.00748, 0.00747, 0.00746];
    rerender(<LessonTrainPanel training={{ ...done, valLoss: flat, trainLoss: flat }} epochs={6} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    expect(screen.queryByTestId('train-still-learning')).toBeNull();
    rerender(<LessonTrainPanel training={{ ...done, stop: { ...stop, reason: 'diverged' } }} epochs={6} secondsPerEpoch={3} text={TEXT} problems={{}} actions={a} />);
    expect(screen.queryByTestId('train-still-learning')).toBeNull();
  });
});
