import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { JobEvent } from '../core/pipeline/job-events';
import type { RunCallbacks } from '../worker/training-client';
import { storeAccess, type TrainingDeps } from './lesson-store';
import { createTrainingRunner, IDLE_TRAINING, reduceTrainEvent, secondsAroundEpochs, starredEpoch, type TrainingState } from './training-state';

const STOP = { reason: 'completed', epochsRun: 2, heldEpoch: 1, patience: 0, restoredBest: true } as const;

const EVENTS: JobEvent[] = [
  { type: 'start', epochs: 2, batchesPerEpoch: 3, nTrain: 90, nVal: 10 },
  { type: 'batch', epoch: 1, batch: 3, batchesPerEpoch: 3, elapsedSeconds: 0.5 },
  { type: 'epoch', epoch: 1, trainLoss: 0.4, valLoss: 0.5, improved: true, seconds: 1, elapsedSeconds: 1 },
  { type: 'epoch', epoch: 2, trainLoss: 0.3, valLoss: 0.6, improved: false, seconds: 1, elapsedSeconds: 2 },
  { type: 'done', reason: 'completed', epochsRun: 2, bestEpoch: 1, bestLoss: 0.5, secondsPerEpoch: 1, stop: STOP },
];

describe('reduceTrainEvent', () => {
  it('folds a run into the panel fields', () => {
    const t = EVENTS.reduce<TrainingState>((acc, e) => reduceTrainEvent(acc, e), { ...IDLE_TRAINING, status: 'running', epochs: 2 });
    expect(t).toEqual({
      ...IDLE_TRAINING,
      status: 'running',
      epochs: 2,
      epoch: 1,
      batch: 3,
      batchesPerEpoch: 3,
      elapsedSeconds: 2,
      trainLoss: [0.4, 0.3],
      valLoss: [0.5, 0.6],
      bestEpoch: 1,
      stop: STOP,
    });
  });

  it('keeps how the run ended and extra fields, and leaves other events alone', () => {
    const t = { ...IDLE_TRAINING, phase: 'training' as const };
    const done = reduceTrainEvent(t, EVENTS[4]);
    expect(done.stop).toEqual(STOP);
    expect(done.phase).toBe('training');
    expect(reduceTrainEvent(t, { type: 'eval', phase: 'scoring', done: 1, total: 2 })).toBe(t);
  });
});

describe('starredEpoch', () => {
  const stop = (restoredBest: boolean) => ({ reason: 'completed' as const, epochsRun: 10, heldEpoch: restoredBest ? 4 : 10, patience: 0, restoredBest });
  it('stars the best epoch so far while training, and the kept epoch only when the best weights were kept', () => {
    expect(starredEpoch(4, null, true)).toBe(4);
    expect(starredEpoch(4, stop(true), false)).toBe(4);
    expect(starredEpoch(10, stop(false), false)).toBeNull();
    expect(starredEpoch(null, null, false)).toBeNull();
  });
});

describe('createTrainingRunner', () => {
  function setup(result: Promise<unknown>, events: JobEvent[] = EVENTS) {
    const store = createStore<{ training: TrainingState; stored: unknown }>(() => ({ training: { ...IDLE_TRAINING, status: 'running' }, stored: null }));
    const access = storeAccess(store);
    const calls: { job: string; backend: string; cancelled: boolean } = { job: '', backend: '', cancelled: false };
    const deps: TrainingDeps = {
      client: {
        run: ((job: string, _input: unknown, backend: string, cb: RunCallbacks = {}) => {
          calls.job = job;
          calls.backend = backend;
          cb.onBackend?.({ backend: 'wasm', notes: [] });
          events.forEach((e) => cb.onEvent?.(e));
          return { runId: 1, result, cancel: () => (calls.cancelled = true) };
        }) as TrainingDeps['client']['run'],
      },
      backendPreference: () => 'wasm',
      onBackendReport: (r) => access.set({ stored: r.backend }),
    };
    return { access, calls, runner: createTrainingRunner(access, deps) };
  }

  it('streams events into training, reports the backend and hands the result over', async () => {
    const { access, calls, runner } = setup(Promise.resolve({ answer: 42 }));
    const reported: unknown[] = [];
    await runner.run('dense-ae', {} as never, { onResult: (r) => void reported.push(r) });
    expect(calls).toEqual({ job: 'dense-ae', backend: 'wasm', cancelled: false });
    expect(access.get().stored).toBe('wasm');
    expect(access.get().training).toMatchObject({ trainLoss: [0.4, 0.3], bestEpoch: 1, stop: STOP });
    expect(reported).toEqual([{ answer: 42 }]);
  });

  it('hands the job’s wall time to the result, from its start to its result', async () => {
    let clock = 1_000;
    const jobs: { seconds: number }[] = [];
    await createTrainingRunner(storeAccess(createStore(() => ({ training: IDLE_TRAINING }))), {
      client: { run: (() => ({ runId: 1, result: Promise.resolve().then(() => ((clock += 2_000), 1)), cancel: () => undefined })) as unknown as TrainingDeps['client']['run'] },
      backendPreference: () => 'wasm',
      onBackendReport: () => undefined,
      now: () => clock,
    }).run('dense-ae', {} as never, { onResult: (_r, job) => void jobs.push(job) });
    expect(jobs).toEqual([{ seconds: 2 }]);
    expect(secondsAroundEpochs(16.5, { secondsPerEpoch: 6, epochsRun: 2 })).toBe(4.5);
  });

  it('keeps the previous result when the run was stopped before its first epoch ended (its model is untrained)', async () => {
    const stop = { reason: 'aborted', epochsRun: 0, heldEpoch: 0, patience: 0, restoredBest: true } as const;
    const events: JobEvent[] = [EVENTS[0], EVENTS[1], { type: 'done', reason: 'aborted', epochsRun: 0, bestEpoch: 0, bestLoss: Infinity, secondsPerEpoch: 0, stop }];
    const { access, runner } = setup(Promise.resolve({ auc: 0.0103 }), events);
    const reported: unknown[] = [];
    await runner.run('dense-ae', {} as never, { onResult: (r) => void reported.push(r) });
    expect(reported).toEqual([]);
    expect(access.get().training).toMatchObject({ status: 'done', stop, error: null });
  });

  it('turns a failed job or a failing onResult into an error status; stop cancels only a running job', async () => {
    const failed = setup(Promise.reject(new Error('GPU lost')));
    const run = failed.runner.run('dense-ae', {} as never, { onResult: () => undefined });
    failed.runner.stop();
    await run;
    expect(failed.calls.cancelled).toBe(true);
    expect(failed.access.get().training).toMatchObject({ status: 'error', error: { code: 'failed', values: { text: 'GPU lost' } } });
    const throwing = setup(Promise.resolve(1));
    await throwing.runner.run('dense-ae', {} as never, {
      onResult: () => {
        throw new Error('bad result');
      },
    });
    expect(throwing.access.get().training.error).toEqual({ code: 'failed', values: { text: 'bad result' } });
    throwing.runner.stop();
    expect(throwing.calls.cancelled).toBe(false);
  });
});
