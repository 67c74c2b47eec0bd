import { describe, expect, it } from 'vitest';
import type { ConvAePcaJobInput, FaceData } from '../../core/pipeline/conv-ae-pca-types';
import type { JobEvent } from '../../core/pipeline/job-events';
import type { RunCallbacks } from '../../worker/training-client';
import { fakeJobResult } from './fake-run';
import { dataKey, trainKey } from './keys';
import { createConvAePcaStore, type ConvAePcaDeps } from './store';

const SIZE = 16;

function faces(nTrain: number): FaceData {
  const area = SIZE * SIZE;
  return {
    size: SIZE,
    train: new Float32Array(nTrain * area).fill(0.5),
    test: new Float32Array(8 * area).fill(0.4),
    testLabels: Uint8Array.from({ length: 8 }, (_, i) => (i < 4 ? 0 : 1)),
    testMasks: new Uint8Array(8 * area),
    source: { kind: 'builtin', style: 'lorelei', variant: 'normal' },
  };
}

/** Stop pressed before the first epoch ended. */
const UNTRAINED = { reason: 'aborted' as const, epochsRun: 0, heldEpoch: 0, patience: 0, restoredBest: false };

/**
 * A store whose job answers at once with the fake result (after one batch 3 s into training; with weights, an AE of no epochs);
 * `end`: the run was stopped after that batch, or failed; it records the inputs it was sent.
 */
function makeStore(now?: () => number, end: 'result' | 'stopped' | 'failed' = 'result') {
  const inputs: ConvAePcaJobInput[] = [];
  const client = {
    run: ((_job: string, input: ConvAePcaJobInput, _backend: string, cb: RunCallbacks = {}) => {
      inputs.push(input);
      cb.onEvent?.({ type: 'eval', phase: 'pca', done: 1, total: 1 });
      if (!input.pcaOnly) cb.onEvent?.({ type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 1, elapsedSeconds: 3 });
      if (end === 'stopped') cb.onEvent?.({ type: 'done', reason: 'aborted', epochsRun: 0, bestEpoch: 0, bestLoss: NaN, secondsPerEpoch: NaN, stop: UNTRAINED });
      if (end === 'failed') return { runId: inputs.length, result: Promise.reject(new Error('worker ended')), cancel: () => undefined };
      const ae = input.pcaOnly ? null : { ...fakeJobResult(input.data).ae!, ...(input.weights ? { trainLoss: [], valLoss: [], epochsRun: 0, secondsPerEpoch: NaN, weights: input.weights } : {}) };
      return { runId: inputs.length, result: Promise.resolve({ ...fakeJobResult(input.data), ae }), cancel: () => undefined };
    }) as ConvAePcaDeps['client']['run'],
  };
  const loads: number[] = [];
  const speeds: number[] = [];
  const lesson = createConvAePcaStore({
    onSpeed: (_b, s) => speeds.push(s),
    client,
    backendPreference: () => 'wasm',
    onBackendReport: () => undefined,
    loadFaces: async (p) => (loads.push(p.trainCount), faces(p.trainCount)),
    now,
  });
  return { lesson, inputs, loads, speeds };
}

describe('PCA → conv-AE store', () => {
  it('sends the settings to the job: k capped by the training faces, the AE settings, PCA alone on request', async () => {
    const { lesson, inputs } = makeStore();
    lesson.actions.setParams({ trainCount: 20, k: 40, latent: 8, depth: 2, width: '0.5', epochs: 3, batch: 4, lr: 0.01, seed: 7 });
    await lesson.actions.fitPca();
    expect(inputs[0].pca).toEqual({ k: 19, maxComponents: 19 });
    expect(inputs[0].pcaOnly).toBe(true);
    expect(inputs[0].ae).toEqual({ latent: 8, depth: 2, width: 0.5, epochs: 3, batchSize: 4, learningRate: 0.01 });
    expect(inputs[0].seed).toBe(7);
    expect(lesson.store.getState().result?.job.ae).toBeNull();
    await lesson.actions.train();
    expect(inputs[1].pcaOnly).toBe(false);
    const s = lesson.store.getState();
    expect(s.result?.job.ae?.parameters).toBe(12345);
    expect(s.result?.key).toBe(trainKey(s.params));
    expect(s.data.key).toBe(dataKey(s.params));
    expect(s.training.status).toBe('done');
  });

  it('ends with the whole run’s elapsed time, not the epochs’ alone, so the panel’s clock never goes back', async () => {
    const clock = [1000, 13_500];
    const { lesson } = makeStore(() => (clock.length > 1 ? clock.shift()! : clock[0]));
    await lesson.actions.loadData();
    await lesson.actions.train();
    // Training events said 3 s and the job 4 s; from Train to the result took 12.5 s.
    expect(lesson.store.getState().training).toMatchObject({ status: 'done', elapsedSeconds: 12.5 });
  });

  it('keeps the whole run’s elapsed time when Stop ends the run before its first epoch, or the run fails (the previous result stays)', async () => {
    for (const end of ['stopped', 'failed'] as const) {
      const clock = [1000, 13_500];
      const { lesson } = makeStore(() => (clock.length > 1 ? clock.shift()! : clock[0]), end);
      await lesson.actions.loadData();
      await lesson.actions.train();
      // The one batch event said 3 s into training; from Train to the end took 12.5 s, as the panel's clock showed.
      expect(lesson.store.getState().training).toMatchObject(end === 'stopped' ? { status: 'done', elapsedSeconds: 12.5, stop: UNTRAINED } : { status: 'error', elapsedSeconds: 12.5 });
      expect(lesson.store.getState().result).toBeNull();
    }
  });

  it('reopens a kept run from its weights without training: its settings, the job told to rebuild, the run’s facts', async () => {
    const { lesson, inputs, speeds } = makeStore();
    const weights = [Float32Array.of(1, 2), Float32Array.of(3)];
    const stop = { reason: 'completed' as const, epochsRun: 3, heldEpoch: 2, patience: 0, restoredBest: true };
    const p = { ...lesson.store.getState().params, trainCount: 20, k: 5, latent: 5, seed: 9 };
    await lesson.actions.restore(p, weights, { trainLoss: [0.3, 0.2, 0.25], valLoss: [NaN, NaN, NaN], stop, epochsRun: 3, secondsPerEpoch: 2.5, date: 1 });
    expect(inputs[0]).toMatchObject({ pcaOnly: false, weights, seed: 9, pca: { k: 5, maxComponents: 19 } });
    const s = lesson.store.getState();
    expect(s.params).toEqual(p);
    expect(s.result?.job.ae).toMatchObject({ trainLoss: [0.3, 0.2, 0.25], epochsRun: 3, bestEpoch: 2, stop, secondsPerEpoch: 2.5, stopReason: 'completed', weights });
    expect(s.training).toMatchObject({ status: 'done', epoch: 3, epochs: 3, trainLoss: [0.3, 0.2, 0.25], bestEpoch: 2, stop });
    expect(speeds).toEqual([]);
  });

  it('refuses a batch larger than the training faces before loading anything', async () => {
    const { lesson, inputs, loads } = makeStore();
    lesson.actions.setParams({ trainCount: 16, batch: 32 });
    await lesson.actions.train();
    expect(lesson.actions.problems().batch).toEqual({ code: 'batch-too-large', values: { batch: 32, n: 16 } });
    expect(lesson.store.getState().training.status).toBe('idle');
    expect(inputs).toHaveLength(0);
    expect(loads).toHaveLength(0);
  });

  it('keeps its data when a folder is refused, and uses a good folder until it goes back', async () => {
    const { lesson, loads } = makeStore();
    await lesson.actions.loadData();
    const builtin = lesson.store.getState().data.faces;
    expect(await lesson.actions.loadFolder({ name: 'bad', decode: async () => ({ ok: false, problems: [{ code: 'unreadable', values: { file: 'bad/x.png' } }] }) })).toBe(false);
    expect(lesson.store.getState().data.faces).toBe(builtin);
    expect(lesson.store.getState().folder).toMatchObject({ status: 'error', attempt: 'bad', problems: [{ code: 'unreadable', values: { file: 'bad/x.png' } }] });
    const mine = { ...faces(10), source: { kind: 'folder' as const, testNames: [], print: { images: 10, files: 'f', seed: 0, split: 's' } } };
    expect(await lesson.actions.loadFolder({ name: 'mine', decode: async () => ({ ok: true, data: mine, names: [] }) })).toBe(true);
    expect(lesson.store.getState().data.faces).toBe(mine);
    // The face settings do not replace a folder in use.
    lesson.actions.setParams({ trainCount: 30 });
    expect(await lesson.actions.loadData()).toBe(true);
    expect(lesson.store.getState().data.faces).toBe(mine);
    await lesson.actions.backToBuiltin();
    expect(lesson.store.getState().data.faces?.source.kind).toBe('builtin');
    expect(loads).toEqual([800, 30]);
  });
});

describe('PCA → conv-AE store: speeds for the estimate', () => {
  const epoch = (n: number, seconds: number): JobEvent => ({ type: 'epoch', epoch: n, trainLoss: 0.1, valLoss: NaN, improved: true, seconds, elapsedSeconds: 0 });

  /** A store whose job takes 12 s on the clock and sends `epochs` (seconds each) of a run that ended by `reason`; the speeds it reports. */
  async function reported(epochs: number[], reason: 'completed' | 'aborted') {
    let clock = 0;
    const speeds: [string, number, number][] = [];
    const around: [string, number, number][] = [];
    const run = (_job: string, input: ConvAePcaJobInput, _backend: string, cb: RunCallbacks = {}) => {
      clock += 12_000;
      cb.onEvent?.({ type: 'start', epochs: 3, batchesPerEpoch: 5, nTrain: 20, nVal: 0 });
      epochs.forEach((s, i) => cb.onEvent?.(epoch(i + 1, s)));
      const fake = fakeJobResult(input.data);
      const ae = { ...fake.ae!, epochsRun: epochs.length, secondsPerEpoch: 2, stopReason: reason };
      return { runId: 1, result: Promise.resolve({ ...fake, ae }), cancel: () => undefined };
    };
    const lesson = createConvAePcaStore({
      client: { run: run as ConvAePcaDeps['client']['run'] },
      backendPreference: () => 'wasm',
      onBackendReport: () => undefined,
      loadFaces: async (p) => faces(p.trainCount),
      now: () => clock,
      onSpeed: (b, s, batches) => void speeds.push([b, s, batches]),
      onAroundSpeed: (b, s, n) => void around.push([b, s, n]),
    });
    lesson.actions.setParams({ trainCount: 20, batch: 4, epochs: 3 });
    await lesson.actions.train();
    return { speeds, around };
  }

  it('remembers the epochs after the first (which also warms up), and the job time less them as time around the epochs, with the faces handled', async () => {
    const { speeds, around } = await reported([3, 1.5, 1.5], 'completed');
    expect(speeds).toEqual([['wasm', 1.5, 5]]);
    // 12 s less 3 epochs of 1.5 s; 20 training faces and 8 test faces.
    expect(around).toEqual([['wasm', 7.5, 28]]);
  });

  it('after one epoch, keeps its time per epoch; after a stop, remembers no time around the epochs', async () => {
    expect(await reported([2], 'completed')).toEqual({ speeds: [['wasm', 2, 5]], around: [['wasm', 10, 28]] });
    expect(await reported([3, 1.5], 'aborted')).toEqual({ speeds: [['wasm', 1.5, 5]], around: [] });
  });
});
