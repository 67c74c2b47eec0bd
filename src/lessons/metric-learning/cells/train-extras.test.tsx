import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { fakeMetricRun } from '../fake-run';
import { metric } from '../instance';
import type { JobEvent } from '../../../core/pipeline/job-events';
import { IDLE_METRIC_TRAINING, reduceMetricEvent } from '../store';
import { ja } from '../text-ja';
import { TrainedModels, TrainPhase } from './train-extras';

vi.mock('plotly.js-basic-dist-min', () => ({ default: { react: vi.fn((el: HTMLElement) => Promise.resolve(el)), purge: vi.fn(), Plots: { resize: vi.fn() } } }));

afterEach(cleanup);

describe('the metric-learning Train cell’s own lines', () => {
  it('names the model that trains while a run goes on, and nothing otherwise', () => {
    metric.store.setState({ params: { ...metric.store.getState().params, models: 3, epochs: 2 }, training: { ...IDLE_METRIC_TRAINING, status: 'running', phase: 'model', model: 1, models: 0 } });
    render(<TrainPhase />);
    expect(screen.getByTestId('training-model').textContent).toBe('Training model 2 of 3, epoch 1 of 2. The progress below counts the epochs of all 3 models.');
    cleanup();
    metric.store.setState({ training: IDLE_METRIC_TRAINING });
    const { container } = render(<TrainPhase />);
    expect(container.textContent).toBe('');
  });

  it('still says which model trains in its second epoch, after the first epoch’s accuracy check', () => {
    const events: JobEvent[] = [
      { type: 'eval', phase: 'model', done: 1, total: 3 },
      { type: 'start', epochs: 2, batchesPerEpoch: 8, nTrain: 400, nVal: 0 },
      { type: 'epoch', epoch: 1, trainLoss: 3.5, valLoss: NaN, improved: true, seconds: 1, elapsedSeconds: 9 },
      { type: 'eval', phase: 'accuracy', done: 300, total: 400 },
      { type: 'batch', epoch: 2, batch: 3, batchesPerEpoch: 8, elapsedSeconds: 10 },
    ];
    const training = events.reduce(reduceMetricEvent, { ...IDLE_METRIC_TRAINING, status: 'running', epochs: 6, modelEpochs: 2, models: 3 });
    metric.store.setState({ training });
    render(<TrainPhase />);
    expect(screen.getByTestId('training-model').textContent).toBe('Training model 2 of 3, epoch 2 of 2. The progress below counts the epochs of all 3 models.');
    cleanup();
    metric.store.setState({ training: { ...training, phase: 'embed' } });
    render(<TrainPhase />);
    expect(screen.getByTestId('training-model').textContent).toBe('Embedding the images…');
  });

  it('says how many models a stopped run trained, above their list', () => {
    const run = fakeMetricRun(metric.store.getState());
    const stop = { reason: 'aborted' as const, epochsRun: 2, heldEpoch: 0, patience: 0, restoredBest: false };
    metric.store.setState({ ...run, result: { ...run.result!, models: run.result!.models.slice(0, 1) }, training: { ...run.training!, stop } });
    render(<TrainedModels />);
    expect(screen.getByTestId('stopped-models').textContent).toBe('Stopped with 1 of 3 models trained: the ensemble and the scores below use that model only.');
    expect(ja.stoppedModels(2, 3)).toBe('3 個中 2 個のモデルを学習したところで停止しました。下のアンサンブルと異常度は、その 2 個のモデルだけを使います。');
    expect(screen.getByTestId('trained-models').querySelectorAll('li')).toHaveLength(1);
    cleanup();
    metric.store.setState(run);
    render(<TrainedModels />);
    expect(screen.queryByTestId('stopped-models')).toBeNull();
  });

  it('lists each trained model of a result, and nothing before one', () => {
    metric.store.setState({ result: null });
    expect(render(<TrainedModels />).container.textContent).toBe('');
    cleanup();
    metric.store.setState(fakeMetricRun(metric.store.getState()));
    render(<TrainedModels />);
    expect(screen.getByTestId('trained-models').querySelectorAll('li')).toHaveLength(3);
    expect(screen.queryByTestId('trained-backbone')).toBeNull();
  });
});

describe('the metric-learning Train cell before a run', () => {
  it('counts the whole ensemble’s epochs, as the run will, and keeps the estimate the run’s total', async () => {
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    metric.store.setState({ params: { ...metric.store.getState().params, models: 3, epochs: 2 }, training: IDLE_METRIC_TRAINING });
    const { container } = render(<train.Body />);
    expect(screen.getByTestId('train-status').textContent).toContain('epoch 0/6');
    const perModelEpoch = container.querySelector('.nb-train-panel__estimate')?.textContent ?? '';
    expect(perModelEpoch).toMatch(/≈ \d+ (s|min)/);
    cleanup();
    metric.store.setState({ params: { ...metric.store.getState().params, models: 1, epochs: 6 } });
    render(<train.Body />);
    expect(screen.getByTestId('train-status').textContent).toContain('epoch 0/6');
    expect(document.querySelector('.nb-train-panel__estimate')?.textContent).toBe(perModelEpoch);
  });
});

describe('the metric-learning Train cell during a run', () => {
  it('says, in the page’s words, that settings changed meanwhile apply to the next run', async () => {
    const { lesson } = await import('../index');
    const train = lesson.cells.find((c) => c.id === 'train')!;
    const params = { ...metric.store.getState().params, models: 1, epochs: 6 };
    metric.store.setState({ params, training: { ...IDLE_METRIC_TRAINING, status: 'running', epochs: 6, modelEpochs: 6, models: 1 } });
    render(<train.Body />);
    expect(screen.queryByTestId('settings-changed-while-running')).toBeNull();
    act(() => metric.store.setState({ params: { ...params, epochs: 2 } }));
    expect(screen.getByTestId('settings-changed-while-running').textContent).toBe(
      'The settings changed after this run started: it goes on with the settings it started with. Press Run all when it ends to use the new ones.',
    );
    act(() => metric.store.setState({ training: IDLE_METRIC_TRAINING }));
    expect(screen.queryByTestId('settings-changed-while-running')).toBeNull();
  });
});
