import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReopenFacts } from '../../notebook/runs/runs-adapter';
import { fakeRunMeta } from '../../notebook/runs/fake-run-meta';
import { fakeSsimAe } from '../fake-results';
import { ssimAe } from './instance';
import { adapter, restoredModel, runEpochs, runSecondsPerEpoch, runs, RunsCell } from './runs';
import type { SsimAeState } from './state';

afterEach(() => cleanup());

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
    const kept = { curves: { l2: { trainLoss: [0.2], valLoss: [0.3] } }, epochs: { ssim: 40, l2: 5 } };
    expect(restoredModel(facts, 'ssim', true, kept).epochsRun).toBe(40);
    const l2 = restoredModel(facts, 'l2', false, kept);
    expect([l2.epochsRun, l2.trainLoss]).toEqual([5, [0.2]]);
    expect(restoredModel({ ...facts, epochsRun: 40 }, 'l2', false, { curves: {}, epochs: {} }).epochsRun).toBe(40);
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
