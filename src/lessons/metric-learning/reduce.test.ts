import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../../core/pipeline/job-events';
import { IDLE_METRIC_TRAINING, reduceMetricEvent } from './store';
import type { MetricTraining } from './state';

/** A run of 3 models × 2 epochs, as the store starts it. */
const START: MetricTraining = { ...IDLE_METRIC_TRAINING, status: 'running', epochs: 6, modelEpochs: 2, models: 3 };

const model = (m: number): JobEvent => ({ type: 'eval', phase: 'model', done: m, total: 3 });
const start: JobEvent = { type: 'start', epochs: 2, batchesPerEpoch: 8, nTrain: 400, nVal: 0 };
const batch = (epoch: number, b: number, elapsedSeconds: number): JobEvent => ({ type: 'batch', epoch, batch: b, batchesPerEpoch: 8, elapsedSeconds });
const epoch = (e: number, elapsedSeconds: number): JobEvent => ({ type: 'epoch', epoch: e, trainLoss: 3 - e, valLoss: NaN, improved: true, seconds: 1, elapsedSeconds });
const accuracy: JobEvent = { type: 'eval', phase: 'accuracy', done: 300, total: 400 };
const done = (reason: 'completed' | 'aborted', epochsRun: number, heldEpoch: number): JobEvent => ({
  type: 'done',
  reason,
  epochsRun,
  bestEpoch: heldEpoch,
  bestLoss: 1,
  secondsPerEpoch: 1,
  stop: { reason, epochsRun, heldEpoch, patience: 0, restoredBest: false },
});

const fold = (events: JobEvent[], t = START) => events.reduce(reduceMetricEvent, t);

/** What the shared train panel computes from the progress: batches done of the whole run, and the remaining seconds. */
function panel(t: MetricTraining) {
  const total = t.epochs * t.batchesPerEpoch;
  const doneBatches = (t.epoch - 1) * t.batchesPerEpoch + t.batch;
  return { doneBatches, total, remaining: (t.elapsedSeconds / doneBatches) * (total - doneBatches) };
}

const model1 = [model(0), start, batch(1, 8, 2), epoch(1, 2), accuracy, batch(2, 8, 4), epoch(2, 4), accuracy, done('completed', 2, 2)];

describe('reduceMetricEvent', () => {
  it('keeps the training phase through the per-epoch accuracy check (no "Embedding the images…" while a model trains)', () => {
    const t = fold([model(0), start, batch(1, 8, 2), epoch(1, 2), accuracy, batch(2, 4, 3)]);
    expect(t.phase).toBe('model');
    expect(t.trainLoss).toEqual([2]);
  });

  it('counts the epochs and time of the whole run, so the remaining time covers the models still to train', () => {
    const t = fold([...model1, { type: 'eval', phase: 'embed', done: 0, total: 3 }, { type: 'eval', phase: 'lof', done: 1, total: 3 }, model(1)]);
    expect([t.epoch, t.batch, t.epochs, t.phase, t.trainLoss]).toEqual([2, 8, 6, 'model', []]);
    const first = fold([start, batch(1, 4, 6)], t);
    expect([first.epoch, first.batch, first.elapsedSeconds]).toEqual([3, 4, 6]);
    // 20 of 48 batches in 6 s: 28 batches (12 of model 2, 16 of model 3) remain, 8.4 s at that pace.
    expect(panel(first)).toEqual({ doneBatches: 20, total: 48, remaining: 8.4 });
  });

  it('sets no stop when a model completes while more follow, and the run’s stop when one is stopped', () => {
    const after1 = fold(model1);
    expect(after1.stop).toBeNull();
    const stopped = fold([model(1), start, batch(1, 3, 5), done('aborted', 2, 0)], after1);
    expect(stopped.stop).toEqual({ reason: 'aborted', epochsRun: 2, heldEpoch: 0, patience: 0, restoredBest: false });
    const last = fold([model(2), start, batch(1, 8, 9), epoch(1, 9), batch(2, 8, 10), epoch(2, 10), done('completed', 6, 2)], after1);
    expect(last.stop).toEqual({ reason: 'completed', epochsRun: 6, heldEpoch: 2, patience: 0, restoredBest: false });
    expect([last.epoch, last.batch]).toEqual([6, 8]);
  });
});
