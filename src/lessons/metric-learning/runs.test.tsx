import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { fakeRunMeta } from '../../notebook/runs/fake-run-meta';
import { problemText } from '../../notebook/settings/problem-text';
import { setLang } from '../../stores/settings-store';
import { metric } from './instance';
import { fakeMetricRun } from './fake-run';
import { adapter, runs, RunsCell } from './runs';

afterEach(() => {
  cleanup();
  setLang('en');
});

/** One kept run of the lesson, as the runs table lists it. */
const RUN = fakeRunMeta('metric-learning');

describe('the metric-learning Runs cell (no weights are kept)', () => {
  it('says why runs cannot be reopened, offers no keep-weights choice, model file or Reopen, and keeps Re-run', () => {
    act(() => runs.state.setState({ status: 'ready', runs: [RUN] }));
    render(<RunsCell />);
    expect(screen.getByTestId('runs-intro').textContent).toBe(
      'Every finished run is kept in this browser. Tick two or more to overlay their curves. This lesson does not keep the trained weights of its models, so a run cannot be reopened or downloaded as a model: Re-run trains again with the run’s settings and seed (the same initial weights).',
    );
    for (const id of ['runs-keep-weights', 'model-download', 'model-open', 'run-reopen']) expect(screen.queryByTestId(id)).toBeNull();
    expect(screen.getByTestId('run-rerun').textContent).toBe('Re-run');
    cleanup();
    act(() => setLang('ja'));
    render(<RunsCell />);
    expect(screen.getByTestId('runs-intro').textContent).toContain('このレッスンはモデルの学習済みの重みを保存しないため、実行を開き直したりモデルとしてダウンロードしたりはできません。');
    expect(screen.getByTestId('run-rerun').textContent).toBe('再学習');
  });

  it('refuses a reopen with its own problem, and leaves the shared “run kept without weights” words to the other lessons', async () => {
    await expect(adapter.reopen({}, [], { trainLoss: [], valLoss: [], stop: null, epochsRun: 0, secondsPerEpoch: 0, date: null })).rejects.toThrow('problem:metric-learning-no-weights');
    expect(problemText({ code: 'metric-learning-no-weights' }, 'en')).toBe('This lesson does not keep the trained weights of its models; press “Re-run” to train with the run’s settings and seed.');
    expect(problemText({ code: 'run-no-weights' }, 'en')).toBe('This run was kept without its weights, so it cannot be reopened. Re-run it with the same initial weights instead.');
  });

  it('keeps a run with the epochs of all its models, as the progress counted them', () => {
    const s = { ...metric.store.getState(), ...fakeMetricRun(metric.store.getState()) };
    const models = s.result!.models.map((m, i) => ({ ...m, epochsRun: i === 0 ? 2 : 1 }));
    const captured = adapter.capture({ ...s, result: { ...s.result!, models } });
    expect(captured?.epochsRun).toBe(2 + 1 + 1);
  });
});
