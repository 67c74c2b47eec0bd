import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClass } from '../../../build/datasets';
import { denseAeJob, type DenseAeJobInput } from '../../core/pipeline/dense-ae-job';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { RunCallbacks } from '../../worker/training-client';
import { dataKey, trainKey } from './keys';
import { createDenseAeStore, type DenseAeDeps } from './store';

beforeAll(async () => {
  await tf.setBackend('wasm');
});

/** Runs the real job in-process instead of in a worker. */
function inProcessClient(): DenseAeDeps['client'] {
  return {
    run: ((_job: string, input: DenseAeJobInput, _backend: string, cb: RunCallbacks = {}) => {
      const controller = new AbortController();
      const result = (async () => {
        cb.onBackend?.({ backend: 'wasm', notes: [] });
        const gen = denseAeJob(input, controller.signal);
        let step = await gen.next();
        while (!step.done) {
          cb.onEvent?.(step.value as JobEvent);
          step = await gen.next();
        }
        return step.value;
      })();
      return { runId: 1, result, cancel: () => controller.abort() };
    }) as DenseAeDeps['client']['run'],
  };
}

function makeStore() {
  const fetched: string[] = [];
  const reports: string[] = [];
  const lesson = createDenseAeStore({
    fetchClass: async (dataset, split, cls) => {
      fetched.push(`${dataset}/${split}-${cls}`);
      return loadClass(dataset, split, cls);
    },
    client: inProcessClient(),
    backendPreference: () => 'wasm',
    onBackendReport: (r) => reports.push(r.backend),
  });
  return { lesson, fetched, reports };
}

describe('lesson-1 store', () => {
  it('refuses out-of-range settings at the control and keeps the last valid value', () => {
    const { lesson } = makeStore();
    lesson.actions.setNumber('latent', '0');
    lesson.actions.setNumber('epochs', '-1');
    const s = lesson.store.getState();
    expect(s.params.latent).toBe(64);
    expect(s.params.epochs).toBe(20);
    expect(s.drafts.latent).toEqual({ raw: '0', problem: { code: 'range', values: { min: 1, max: 784 } } });
    expect(Object.keys(lesson.actions.problems()).sort()).toEqual(['epochs', 'latent']);
    lesson.actions.setNumber('latent', '32');
    expect(lesson.store.getState().params.latent).toBe(32);
    expect(lesson.store.getState().drafts.latent).toBeUndefined();
  });

  it('refuses an empty selection, a class on both sides and a batch larger than the data', async () => {
    const { lesson } = makeStore();
    lesson.actions.setParams({ anomaly: [] });
    expect(lesson.actions.problems().selection).toEqual({ code: 'no-anomaly' });
    lesson.actions.setParams({ anomaly: [1] });
    expect(lesson.actions.problems().selection).toEqual({ code: 'class-overlap', values: { classes: '1' } });
    lesson.actions.setParams({ anomaly: [9], maxTrain: 100, batch: 256 });
    expect(lesson.actions.problems().batch).toEqual({ code: 'batch-too-large', values: { batch: 256, n: 100 } });
    await lesson.actions.train();
    // Blocked: nothing runs, and the training state keeps no copy of the problem (the panel lists the live ones).
    expect(lesson.store.getState().training.status).toBe('idle');
    expect(lesson.store.getState().training.error).toBeNull();
    expect(lesson.store.getState().result).toBeNull();
  });

  it('loads only the classes it needs, trains, scores, and marks results stale when a setting changes', async () => {
    const { lesson, fetched, reports } = makeStore();
    lesson.actions.setParams({ maxTrain: 600, epochs: 2, batch: 128, patience: 0 });
    await lesson.actions.runAll();
    const s = lesson.store.getState();
    expect(fetched.sort()).toEqual(['mnist/test-1', 'mnist/test-9', 'mnist/train-1']);
    expect(reports).toEqual(['wasm']);
    expect(s.training.status).toBe('done');
    expect(s.training.trainLoss).toHaveLength(2);
    expect(s.result?.labels).toHaveLength(1135 + 1009);
    expect(s.result?.key).toBe(trainKey(s.params));
    expect(s.data.key).toBe(dataKey(s.params));
    expect(s.view.threshold).not.toBeNull();
    lesson.actions.setNumber('latent', '16');
    expect(lesson.store.getState().result?.key).not.toBe(trainKey(lesson.store.getState().params));
    expect(lesson.store.getState().data.key).toBe(dataKey(lesson.store.getState().params));
  });
});

describe('lesson-1 store: speeds for the estimate', () => {
  const epoch = (n: number, seconds: number): JobEvent => ({ type: 'epoch', epoch: n, trainLoss: 0.1, valLoss: 0.1, improved: true, seconds, elapsedSeconds: 0 });
  const scores = (n: number) => ({ l1: new Float32Array(n).fill(1), l2: new Float32Array(n).fill(1), max: new Float32Array(n).fill(1) });

  /** A store on 50 + 20 + 20 blank images whose job takes 12 s on the clock and sends `epochs` (seconds each) of a run that ended by `reason`; the speeds it reports. */
  async function reported(epochs: number[], reason: 'completed' | 'aborted') {
    let clock = 0;
    const speeds: [string, number, number][] = [];
    const around: [string, number, number][] = [];
    const run = (_job: string, input: DenseAeJobInput, _backend: string, cb: RunCallbacks = {}) => {
      clock += 12_000;
      cb.onEvent?.({ type: 'start', epochs: 3, batchesPerEpoch: 1, nTrain: 45, nVal: 5 });
      epochs.forEach((s, i) => cb.onEvent?.(epoch(i + 1, s)));
      const nTest = input.split.testX.length / 784;
      const stop = { reason, epochsRun: epochs.length, heldEpoch: epochs.length, patience: 0, restoredBest: false };
      const result = { test: scores(nTest), val: scores(5), reconstructions: new Float32Array(input.split.testX.length), weights: [], trainLoss: epochs.map(() => 0.1), valLoss: epochs.map(() => 0.1), epochsRun: epochs.length, bestEpoch: epochs.length, stopReason: reason, stop, secondsPerEpoch: 2, backend: 'wasm' };
      return { runId: 1, result: Promise.resolve(result), cancel: () => undefined };
    };
    const lesson = createDenseAeStore({
      fetchClass: async (_dataset, split) => new Uint8Array((split === 'train' ? 50 : 20) * 784),
      client: { run: run as DenseAeDeps['client']['run'] },
      backendPreference: () => 'wasm',
      onBackendReport: () => undefined,
      now: () => clock,
      onSpeed: (b, s, nTrain) => void speeds.push([b, s, nTrain]),
      onAroundSpeed: (b, s, flops) => void around.push([b, s, flops]),
    });
    lesson.actions.setParams({ epochs: 3, batch: 16, patience: 0 });
    await lesson.actions.train();
    return { speeds, around };
  }

  it('remembers the epochs after the first (which also warms up), and the job time less them as time around the epochs, with the FLOPs of scoring', async () => {
    const { speeds, around } = await reported([3, 1.5, 1.5], 'completed');
    expect(speeds).toEqual([['wasm', 1.5, 45]]);
    // 12 s less 3 epochs of 1.5 s; 5 held-out and 40 test images through the default 784-392-64-392-784 model.
    expect(around).toEqual([['wasm', 7.5, 45 * 2 * (784 * 392 + 392 * 64 + 64 * 392 + 392 * 784)]]);
  });

  it('after one epoch, keeps its time per epoch; after a stop, remembers no time around the epochs', async () => {
    const one = await reported([2], 'completed');
    expect(one.speeds).toEqual([['wasm', 2, 45]]);
    expect(one.around.map(([b, s]) => [b, s])).toEqual([['wasm', 10]]);
    expect(await reported([3, 1.5], 'aborted')).toEqual({ speeds: [['wasm', 1.5, 45]], around: [] });
  });
});
