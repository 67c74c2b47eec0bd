import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoredTraining, type ReopenFacts } from '../../notebook/runs/runs-adapter';
import { fakeRunMeta } from '../../notebook/runs/fake-run-meta';
import { fakeSsimAe } from '../fake-results';
import { TrainCell } from './cells/train-cell';
import { ssimAe } from './instance';
import { adapter, keptModelsOf, restoredModel, runEpochs, runSecondsPerEpoch, runs, RunsCell } from './runs';
import type { ModelResult, SsimAeState } from './state';
import { IDLE_SSIM_TRAINING } from './store';

vi.mock('plotly.js-basic-dist-min', async () => ({ default: (await import('../../components/plotly-fake')).plotly }));

const initial = ssimAe.store.getState();
afterEach(() => {
  cleanup();
  ssimAe.store.setState(initial, true);
});

/** The lesson after a run of both models whose L2 model was stopped after `l2` of its epochs (the SSIM model ran `ssim`). */
function stoppedRun(ssim: number, l2: number): SsimAeState {
  const s = { ...ssimAe.store.getState(), ...fakeSsimAe(ssimAe.store.getState()) };
  const models = s.result!.models;
  return { ...s, result: { ...s.result!, models: { ssim: { ...models.ssim!, epochsRun: ssim }, l2: { ...models.l2!, epochsRun: l2, stopReason: 'aborted' } } } };
}

describe('the SSIM lesson’s runs: epochs', () => {
  it('keeps a run stopped in its L2 model with the epochs of both models, as the progress counted them, and each model’s own', () => {
    const s = stoppedRun(40, 5);
    expect(runEpochs(s.result!)).toBe(45);
    const captured = adapter.capture(s);
    expect(captured?.epochsRun).toBe(45);
    expect(captured?.extra?.modelEpochs).toBe('{"ssim":40,"l2":5}');
  });

  it('keeps the run’s seconds per epoch over both models, not the first model’s', () => {
    const s = stoppedRun(40, 10);
    const models = s.result!.models;
    const timed = { models: { ssim: { ...models.ssim!, secondsPerEpoch: 1.5 }, l2: { ...models.l2!, secondsPerEpoch: 1 } } };
    expect(runSecondsPerEpoch(timed)).toBeCloseTo((40 * 1.5 + 10 * 1) / 50, 12);
    expect(adapter.capture({ ...s, result: { ...s.result!, ...timed } })?.secondsPerEpoch).toBeCloseTo(1.4, 12);
  });

  it('gives each reopened model its own epochs, and a run kept before they were its run’s', () => {
    const facts: ReopenFacts = { trainLoss: [0.5, 0.3], valLoss: [0.6, 0.4], stop: null, epochsRun: 45, secondsPerEpoch: 1, date: 1 };
    const kept = { curves: { l2: { trainLoss: [0.2], valLoss: [0.3] } }, epochs: { ssim: 40, l2: 5 }, stops: {} };
    expect(restoredModel(facts, 'ssim', true, kept).epochsRun).toBe(40);
    const l2 = restoredModel(facts, 'l2', false, kept);
    expect([l2.epochsRun, l2.trainLoss]).toEqual([5, [0.2]]);
    expect(restoredModel({ ...facts, epochsRun: 40 }, 'l2', false, { curves: {}, epochs: {}, stops: {} }).epochsRun).toBe(40);
  });
});

/** A run of both models, 8 epochs each with their best weights restored: the SSIM model's lowest validation loss is at epoch 3, the L2 model's at epoch 7. */
function bestEpochsRun(): SsimAeState {
  const s = { ...ssimAe.store.getState(), ...fakeSsimAe(ssimAe.store.getState()) };
  const m = s.result!.models;
  const model = (base: ModelResult, valLoss: number[], best: number): ModelResult => ({
    ...base,
    trainLoss: valLoss.map((v) => v + 0.01),
    valLoss,
    epochsRun: 8,
    bestEpoch: best,
    stopReason: 'completed',
    stop: { reason: 'completed', epochsRun: 8, heldEpoch: best, patience: 0, restoredBest: true },
  });
  const ssim = model(m.ssim!, [0.5, 0.4, 0.3, 0.35, 0.36, 0.37, 0.38, 0.39], 3);
  const l2 = model(m.l2!, [0.09, 0.08, 0.07, 0.06, 0.05, 0.045, 0.04, 0.041], 7);
  return { ...s, result: { ...s.result!, models: { ssim, l2 } } };
}

/** The facts the Runs cell reopens a kept run with. */
const factsOf = (run: { trainLoss: number[]; valLoss: number[]; stop: ReopenFacts['stop']; epochsRun: number; secondsPerEpoch: number }): ReopenFacts => ({ ...run, date: 1 });

/** Each model's best epoch, as the Train cell's loss charts say it after the reopened run. */
function shownBestEpochs(s: SsimAeState, models: SsimAeState['result']): string[] {
  act(() => ssimAe.store.setState({ ...s, result: models, training: { ...IDLE_SSIM_TRAINING, status: 'done' } }));
  render(<TrainCell />);
  return (['ssim', 'l2'] as const).map((l) => screen.getByTestId(`model-curve-${l}`).querySelector('[data-testid="chart-summary"]')?.textContent?.match(/Best epoch \d+/)?.[0] ?? '');
}

describe('the SSIM lesson’s runs: each model’s best epoch', () => {
  it('reopens a kept run of both models with each model’s best epoch its own (3 and 7), and the loss charts star them there', () => {
    const s = bestEpochsRun();
    const run = adapter.capture(s)!;
    expect(run.extra?.modelStops).toBe(
      '{"ssim":{"reason":"completed","epochsRun":8,"heldEpoch":3,"patience":0,"restoredBest":true},"l2":{"reason":"completed","epochsRun":8,"heldEpoch":7,"patience":0,"restoredBest":true}}',
    );
    const facts = factsOf(run);
    expect(restoredTraining(facts).bestEpoch).toBe(3);
    const kept = keptModelsOf(run.extra);
    const ssim = restoredModel(facts, 'ssim', true, kept);
    const l2 = restoredModel(facts, 'l2', false, kept);
    expect([ssim.bestEpoch, ssim.stop?.heldEpoch, ssim.epochsRun]).toEqual([3, 3, 8]);
    expect([l2.bestEpoch, l2.stop?.heldEpoch, l2.epochsRun]).toEqual([7, 7, 8]);
    const models = { ...s.result!, models: { ssim: { ...s.result!.models.ssim!, ...ssim }, l2: { ...s.result!.models.l2!, ...l2 } } };
    expect(shownBestEpochs(s, models)).toEqual(['Best epoch 3', 'Best epoch 7']);
  });

  it('gives a later model of a run kept before the models’ stops were the epoch of its own lowest validation loss', () => {
    const s = bestEpochsRun();
    const run = adapter.capture(s)!;
    const { modelStops: _stops, ...older } = run.extra!;
    const l2 = restoredModel(factsOf(run), 'l2', false, keptModelsOf(older));
    expect([l2.bestEpoch, l2.stop?.heldEpoch, l2.stop?.restoredBest]).toEqual([7, 7, true]);
    const unrestored = restoredModel(factsOf({ ...run, stop: { ...run.stop!, restoredBest: false } }), 'l2', false, keptModelsOf(older));
    expect([unrestored.bestEpoch, unrestored.stop?.restoredBest]).toEqual([8, false]);
  });
});

/** A kept run of the lesson as the runs table lists it. */
const RUN = fakeRunMeta('ssim-ae', {
  epochsRun: 45,
  metrics: { auc: 0.87654, ap: 0.81239, bestF1: 0.7, own: { ssim_pixelAuroc: 0.73456 } },
});

describe('the SSIM lesson’s runs table', () => {
  it('shows AUC and AP with 3 decimals, as its own columns, and the run’s epochs', () => {
    act(() => runs.state.setState({ status: 'ready', runs: [RUN] }));
    render(<RunsCell />);
    const row = screen.getByTestId('run-row');
    const auc = screen.getByTestId('run-auc');
    expect(auc.textContent).toBe('0.877');
    expect(auc.nextElementSibling?.textContent).toBe('0.812');
    expect(Array.from(row.querySelectorAll('td.nb-num'), (td) => td.textContent)).toContain('0.735');
    expect(Array.from(row.querySelectorAll('td.nb-num'), (td) => td.textContent)).toContain('45');
  });
});
