import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../core/pipeline/job-events';
import { timeseriesAeJob, type TimeseriesAeJobInput } from '../../core/pipeline/timeseries-ae-job';
import type { TrainingClient } from '../../worker/training-client';
import { dataKey, trainKey } from './keys';
import { createTimeseriesStore, type PickedFile } from './store';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs the real job in-process, like the worker would. */
function inProcessClient(seen: TimeseriesAeJobInput[] = []): Pick<TrainingClient, 'run'> {
  return {
    run: ((_job: string, input: TimeseriesAeJobInput, _backend: unknown, callbacks: { onEvent?: (e: JobEvent) => void }) => {
      seen.push(input);
      const controller = new AbortController();
      const result = (async () => {
        const gen = timeseriesAeJob(input, controller.signal);
        let step = await gen.next();
        while (!step.done) {
          callbacks.onEvent?.(step.value);
          step = await gen.next();
        }
        return step.value;
      })();
      return { runId: 1, result, cancel: () => controller.abort() };
    }) as unknown as Pick<TrainingClient, 'run'>['run'],
  };
}

function small() {
  const seen: TimeseriesAeJobInput[] = [];
  const s = createTimeseriesStore({ client: inProcessClient(seen), backendPreference: () => 'cpu', onBackendReport: () => undefined });
  s.actions.setSpecNumber('normal.count', '300');
  s.actions.setSpecNumber('lowNoise.count', '10');
  s.actions.setSpecNumber('cos.count', '10');
  s.actions.setNumber('epochs', '2');
  return { s, seen };
}

const file = (name: string, text: string): PickedFile => ({ name, size: text.length, text: () => Promise.resolve(text) });

describe('time-series lesson store', () => {
  it('keeps invalid typed text as a draft with its message and refuses to generate', () => {
    const { s } = small();
    s.actions.setSpecNumber('cos.noise', '9');
    expect(s.store.getState().drafts['cos.noise']?.problem).toEqual({ code: 'range', values: { min: 0, max: 5 } });
    expect(s.store.getState().params.spec.cos.noise).toBe(0.5);
    s.actions.setSpecNumber('cos.noise', '0.5');
    s.actions.setSpecNumber('frequency.factor', '1');
    expect(s.actions.problems().spec).toEqual({ code: 'spec-frequency-factor', values: { max: 20, got: 1 } });
    expect(s.actions.generate()).toBe(false);
    expect(s.store.getState().data.error).toEqual({ code: 'spec-frequency-factor', values: { max: 20, got: 1 } });
  });

  it('flags a batch larger than the training series', () => {
    const { s } = small();
    s.actions.setNumber('batch', '500');
    expect(s.actions.problems().batch).toEqual({ code: 'batch-too-large', values: { batch: 500, n: 240 } });
    s.actions.setParams({ pool: 'clean' });
    expect(s.actions.problems().batch).toEqual({ code: 'batch-too-large', values: { batch: 500, n: 225 } });
  });

  it('generates, trains in the job, stores per-series MSE and goes stale when settings change', async () => {
    const { s, seen } = small();
    const before = tf.memory().numTensors;
    await s.actions.runAll();
    const st = s.store.getState();
    expect(st.training.status).toBe('done');
    expect(st.training.stop).toEqual({ reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: false });
    expect(st.training.trainLoss).toHaveLength(2);
    expect(st.data.key).toBe(dataKey(st.params));
    expect(st.result?.mse).toHaveLength(320);
    expect(st.result?.nTrain).toBe(240);
    expect(st.result?.key).toBe(trainKey(st.params, st.data.key));
    expect(seen[0].poolRows).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
    s.actions.setParams({ output: 'linear' });
    expect(trainKey(s.store.getState().params, st.data.key)).not.toBe(st.result?.key);
  });

  it('loads a good CSV as unlabelled data, refuses a bad one with its message, and trains on it', async () => {
    const { s, seen } = small();
    const rows = Array.from({ length: 40 }, (_, i) => Array.from({ length: 16 }, (_, j) => Math.sin(j / 3 + i)).join(',')).join('\n');
    expect(await s.actions.loadCsv(file('bad.csv', '1,2,3,4\n1,2,3\n'))).toBe(false);
    expect(s.store.getState().csv.error).toEqual({ code: 'csv-ragged', values: { line: 2, values: 3, firstLine: 1, length: 4 } });
    expect(await s.actions.loadCsv({ name: 'huge.csv', size: 60 * 1048576, text: () => Promise.reject(new Error('must not read')) })).toBe(false);
    expect(s.store.getState().csv.error).toEqual({ code: 'file-too-large', values: { megabytes: 60, limit: 50 } });
    expect(await s.actions.loadCsv(file('mine.csv', rows))).toBe(true);
    const st = s.store.getState();
    expect(st.data.source).toBe('csv');
    expect(st.data.set?.L).toBe(16);
    expect(st.data.set?.groupNames).toEqual(['unlabelled']);
    s.actions.setParams({ pool: 'clean' });
    expect(s.actions.problems().pool).toEqual({ code: 'no-clean-subset' });
    s.actions.setParams({ pool: 'all' });
    await s.actions.train();
    expect(s.actions.problems().batch).toEqual({ code: 'batch-too-large', values: { batch: 32, n: 30 } });
    expect(s.store.getState().training.status).toBe('idle');
    s.actions.setNumber('batch', '8');
    await s.actions.train();
    expect(s.store.getState().training.status).toBe('done');
    expect(seen.at(-1)?.L).toBe(16);
    expect(s.store.getState().result?.mse).toHaveLength(40);
  });

  it('gives the newest picked CSV, whatever order the reads finish in; a failed pick keeps the data in use', async () => {
    const { s } = small();
    const rows = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: 16 }, (_, j) => Math.sin(j / 3 + i)).join(',')).join('\n');
    let releaseBig: (text: string) => void = () => undefined;
    const big = { name: 'big.csv', size: 1000, text: () => new Promise<string>((resolve) => (releaseBig = resolve)) };
    const first = s.actions.loadCsv(big);
    expect(await s.actions.loadCsv(file('small.csv', rows(30)))).toBe(true);
    releaseBig(rows(50));
    expect(await first).toBe(false);
    expect(s.store.getState().data.set?.group.length).toBe(30);
    expect(s.store.getState().csv).toMatchObject({ status: 'ready', fileName: 'small.csv', attempt: null });
    expect(await s.actions.loadCsv(file('broken.csv', '1,2,3,4\n1,2,3\n'))).toBe(false);
    expect(s.store.getState().csv).toMatchObject({ status: 'error', fileName: 'small.csv', attempt: 'broken.csv' });
    expect(s.store.getState().data.set?.group.length).toBe(30);
  });
});

describe('timeseries store: typing into a generator number', () => {
  it('brings back the value it had at focus when the typed text ends out of range (100000 typed key by key: not 1000)', () => {
    const { s } = small();
    const start = s.store.getState().params.spec.length;
    for (const raw of ['1', '10', '100', '1000', '10000', '100000']) s.actions.setNumber('length', raw, start);
    const st = s.store.getState();
    expect(st.params.spec.length).toBe(start);
    expect(st.drafts.length?.raw).toBe('100000');
  });
});

describe('time-series lesson store: speeds for the estimate', () => {
  const epoch = (n: number, seconds: number): JobEvent => ({ type: 'epoch', epoch: n, trainLoss: 0.1, valLoss: 0.1, improved: true, seconds, elapsedSeconds: 0 });

  /** A store on 320 generated series of 100 steps whose job takes 12 s on the clock and sends `epochs` (seconds each) of a run that ended by `reason`; the speeds it reports. */
  async function reported(epochs: number[], reason: 'completed' | 'aborted') {
    let clock = 0;
    const speeds: [string, number, number][] = [];
    const around: [string, number, number][] = [];
    const run = (_job: string, input: TimeseriesAeJobInput, _backend: unknown, cb: { onEvent?: (e: JobEvent) => void }) => {
      clock += 12_000;
      cb.onEvent?.({ type: 'start', epochs: 3, batchesPerEpoch: 8, nTrain: 240, nVal: 80 });
      epochs.forEach((s, i) => cb.onEvent?.(epoch(i + 1, s)));
      const n = input.x.length / input.L;
      const stop = { reason, epochsRun: epochs.length, heldEpoch: epochs.length, patience: 0, restoredBest: false };
      const result = {
        mse: new Float32Array(n),
        reconstructions: new Float32Array(input.x.length),
        scaler: { mean: new Float32Array(input.L), std: new Float32Array(input.L).fill(1) },
        weights: [],
        nTrain: 240,
        nVal: 80,
        trainLoss: epochs.map(() => 0.1),
        valLoss: epochs.map(() => 0.1),
        epochsRun: epochs.length,
        bestEpoch: epochs.length,
        stopReason: reason,
        stop,
        secondsPerEpoch: 2,
        backend: 'cpu',
      };
      return { runId: 1, result: Promise.resolve(result), cancel: () => undefined };
    };
    const s = createTimeseriesStore({
      client: { run: run as unknown as Pick<TrainingClient, 'run'>['run'] },
      backendPreference: () => 'cpu',
      onBackendReport: () => undefined,
      now: () => clock,
      onSpeed: (b, sec, nTrain) => void speeds.push([b, sec, nTrain]),
      onAroundSpeed: (b, sec, values) => void around.push([b, sec, values]),
    });
    s.actions.setSpecNumber('normal.count', '300');
    s.actions.setSpecNumber('lowNoise.count', '10');
    s.actions.setSpecNumber('cos.count', '10');
    s.actions.setNumber('epochs', '3');
    await s.actions.train();
    return { speeds, around };
  }

  it('remembers the epochs after the first (which also warms up), and the job time less them as time around the epochs, with the values handled', async () => {
    const { speeds, around } = await reported([3, 1.5, 1.5], 'completed');
    expect(speeds).toEqual([['cpu', 1.5, 240]]);
    // 12 s less 3 epochs of 1.5 s; 320 series of 100 steps.
    expect(around).toEqual([['cpu', 7.5, 32_000]]);
  });

  it('after one epoch, keeps its time per epoch; after a stop, remembers no time around the epochs', async () => {
    expect(await reported([2], 'completed')).toEqual({ speeds: [['cpu', 2, 240]], around: [['cpu', 10, 32_000]] });
    expect(await reported([3, 1.5], 'aborted')).toEqual({ speeds: [['cpu', 1.5, 240]], around: [] });
  });
});
