import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { fakeMetricRun } from '../fake-run';
import { metric } from '../instance';
import { IDLE_METRIC_TRAINING } from '../store';
import { en } from '../text-en';
import { TrainedModels, TrainPhase } from './train-extras';

vi.mock('plotly.js-cartesian-dist-min', () => ({ default: { react: vi.fn((el: HTMLElement) => Promise.resolve(el)), purge: vi.fn(), Plots: { resize: vi.fn() } } }));

afterEach(cleanup);

describe('the metric-learning Train cell’s own lines', () => {
  it('names the model that trains while a run goes on, and nothing otherwise', () => {
    metric.store.setState({ params: { ...metric.store.getState().params, models: 3 }, training: { ...IDLE_METRIC_TRAINING, status: 'running', phase: 'model', model: 1, models: 0 } });
    render(<TrainPhase />);
    expect(screen.getByTestId('training-model').textContent).toBe(en.trainingModel(2, 3));
    cleanup();
    metric.store.setState({ training: IDLE_METRIC_TRAINING });
    const { container } = render(<TrainPhase />);
    expect(container.textContent).toBe('');
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
