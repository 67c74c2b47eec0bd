import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../core/pipeline/job-events';
import { metricLearningJob } from '../../core/pipeline/metric-learning-job';
import type { MetricLearningJobInput } from '../../core/pipeline/metric-learning-types';
import type { GrayImage } from '../../core/textures/gray-image';
import type { TextureName } from '../../core/textures/texture-files';
import type { RunCallbacks } from '../../worker/training-client';
import { fakeMetricRun } from './fake-run';
import { dataKey, trainKey } from './keys';
import { embeddedImages } from './speed';
import { createMetricStore, type MetricDeps } from './store';
import { isTextureData } from './texture-data';

beforeAll(async () => {
  await tf.setBackend('wasm');
});

/** Each fake texture's mean brightness: reference crops must keep their own texture's level. */
const LEVEL: Record<TextureName, number> = { grass: 0.1, gravel: 0.3, brick: 0.5, carpet: 0.7, leather: 0.9 };

/** A 512² fake texture: its level plus a ±0.05 pattern (so the synthetic defects have texture to change). */
function fakeTexture(name: TextureName): GrayImage {
  const data = new Float32Array(512 * 512);
  for (let i = 0; i < data.length; i++) data[i] = LEVEL[name] + 0.05 * Math.sin(i * 0.37) * Math.cos((i >> 9) * 0.21);
  return { width: 512, height: 512, data };
}

/** Steps a job to its end, handing each event on; resolves to its result. */
async function drive<R>(job: AsyncGenerator<unknown, R>, onEvent: ((e: JobEvent) => void) | undefined): Promise<R> {
  for (;;) {
    const step = await job.next();
    if (step.done) return step.value;
    onEvent?.(step.value as JobEvent);
  }
}

/** The real job in-process instead of in a worker; keeps each job input. Its result arrives `lagMs` after the job ends (a worker's transfer, or scoring with no event). */
function inProcessClient(inputs: MetricLearningJobInput[], lagMs = 0): MetricDeps['client'] {
  const run = (_job: string, input: MetricLearningJobInput, _backend: string, cb: RunCallbacks = {}) => {
    inputs.push(input);
    const controller = new AbortController();
    cb.onBackend?.({ backend: 'wasm', notes: [] });
    const result = drive(metricLearningJob(input, controller.signal), cb.onEvent).then((r) => new Promise<typeof r>((resolve) => setTimeout(() => resolve(r), lagMs)));
    return { runId: 1, result, cancel: () => controller.abort() };
  };
  return { run: run as MetricDeps['client']['run'] };
}

function makeStore(lagMs = 0) {
  const fetched: string[] = [];
  const inputs: MetricLearningJobInput[] = [];
  const lesson = createMetricStore({
    fetchClass: async () => {
      throw new Error('no image class is needed for a texture run');
    },
    fetchTexture: async (name, seed) => {
      fetched.push(`${name}/${seed}`);
      return fakeTexture(name);
    },
    client: inProcessClient(inputs, lagMs),
    backendPreference: () => 'wasm',
    onBackendReport: () => undefined,
  });
  lesson.actions.setParams({ source: 'texture', texture: 'gravel', maxTrain: 60, referencePerClass: 12, seed: 3 });
  return { lesson, fetched, inputs };
}

const mean = (x: Float32Array) => x.reduce((a, b) => a + b, 0) / x.length;

describe('metric-learning store, texture source', () => {
  it('loads 32-pixel crops of the texture, its synthetic-defect test crops and the other textures as reference', async () => {
    const { lesson, fetched } = makeStore();
    expect(await lesson.actions.loadData()).toBe(true);
    expect(fetched).toEqual(['gravel/3', 'grass/3', 'brick/3', 'carpet/3', 'leather/3']);
    const { data, split, referenceCounts, status, key } = lesson.store.getState().data;
    expect(status).toBe('ready');
    expect(key).toBe(dataKey(lesson.store.getState().params));
    expect(data!.size).toBe(32);
    expect(isTextureData(data!)).toBe(true);
    expect(data!.classNames).toEqual(['gravel', 'grass', 'brick', 'carpet', 'leather']);
    expect(split!.counts).toEqual({ train: 60, val: 200, testNormal: 200, testAnomaly: 200 });
    expect(referenceCounts).toEqual([12, 12, 12, 12]);
    expect(data!.trainX.length).toBe((60 + 48) * 1024);
    expect(Array.from(data!.trainClasses.subarray(58, 63))).toEqual([0, 0, 1, 1, 1]);
    expect(data!.trainClasses[60 + 47]).toBe(4);
    expect(data!.testLabels.reduce((a, b) => a + b, 0)).toBe(200);
    expect(Array.from(data!.testLabels.subarray(198, 202))).toEqual([0, 0, 1, 1]);
    // Normal crops keep gravel's level; each reference block keeps its own texture's.
    expect(mean(data!.trainX.subarray(0, 60 * 1024))).toBeCloseTo(0.3, 2);
    ['grass', 'brick', 'carpet', 'leather'].forEach((t, i) => {
      const from = (60 + 12 * i) * 1024;
      expect(mean(data!.trainX.subarray(from, from + 12 * 1024))).toBeCloseTo(LEVEL[t as TextureName], 2);
    });
    // The defective test crops differ from gravel's normal level somewhere; the normal ones do not.
    expect(mean(data!.testX.subarray(0, 200 * 1024))).toBeCloseTo(0.3, 2);
    expect(Math.abs(mean(data!.testX.subarray(200 * 1024)) - 0.3)).toBeGreaterThan(1e-3);
  });

  it('fetches no reference texture when none is asked for, and ignores the class selection', async () => {
    const { lesson, fetched } = makeStore();
    lesson.actions.setParams({ referencePerClass: 0, anomaly: [] });
    expect(lesson.actions.problems().selection).toBeUndefined();
    expect(await lesson.actions.loadData()).toBe(true);
    expect(fetched).toEqual(['gravel/3']);
    const { data, referenceCounts } = lesson.store.getState().data;
    expect(referenceCounts).toEqual([]);
    expect(data!.classNames).toEqual(['gravel']);
    expect(data!.trainClasses.length).toBe(60);
  });

  it('stales the data when the source or the texture changes, and the newest load wins', async () => {
    const { lesson } = makeStore();
    const p = lesson.store.getState().params;
    expect(dataKey({ ...p, texture: 'brick' })).not.toBe(dataKey(p));
    expect(dataKey({ ...p, source: 'classes' })).not.toBe(dataKey(p));
    expect(trainKey({ ...p, texture: 'brick' })).not.toBe(trainKey(p));
    const first = lesson.actions.loadData();
    lesson.actions.setParams({ texture: 'brick' });
    const second = lesson.actions.loadData();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    const { data, key } = lesson.store.getState().data;
    expect(key).toBe(dataKey(lesson.store.getState().params));
    expect(data!.classNames[0]).toBe('brick');
    expect(mean(data!.trainX.subarray(0, 60 * 1024))).toBeCloseTo(0.5, 2);
  });

  it('a stop during model 2’s first epoch keeps model 1 and scores it; the elapsed time is the whole run’s', async () => {
    const { lesson } = makeStore(1500);
    lesson.actions.setParams({ width: '0.25', embedding: 8, epochs: 1, batch: 54, models: 3, neighbors: 5 });
    expect(await lesson.actions.loadData()).toBe(true);
    const seen: number[] = [];
    const unsubscribe = lesson.store.subscribe((s) => {
      if (s.training.status === 'running') seen.push(s.training.elapsedSeconds);
      if (s.training.status === 'running' && s.training.model === 1 && s.training.batch > 0 && s.training.phase === 'model' && s.training.epoch === 2) lesson.actions.stop();
    });
    await lesson.actions.train();
    unsubscribe();
    const s = lesson.store.getState();
    expect(s.training.status).toBe('done');
    expect(s.training.stop).toEqual({ reason: 'aborted', epochsRun: 1, heldEpoch: 0, patience: 0, restoredBest: false });
    expect(s.result!.models.map((m) => [m.seed, m.epochsRun])).toEqual([[3, 1]]);
    expect(s.result!.ensemble.lof.scores).toHaveLength(400);
    // Never less than any time shown during the run, and it includes what came after the last event (the 1.5 s lag).
    expect(s.training.elapsedSeconds).toBeGreaterThanOrEqual(Math.max(...seen) + 1.5);
    expect(s.training.elapsedSeconds).toBeGreaterThan(s.result!.models[0].secondsPerEpoch + 1.5);
  }, 120_000);

  it('trains one tiny model on the crops: the job gets the texture spec and 32-pixel input, and the AUCs are in [0, 1]', async () => {
    const { lesson, inputs } = makeStore();
    lesson.actions.setParams({ width: '0.25', embedding: 8, epochs: 1, batch: 54, models: 1, neighbors: 5 });
    await lesson.actions.train();
    const s = lesson.store.getState();
    expect(s.training.status).toBe('done');
    expect(inputs).toHaveLength(1);
    expect(inputs[0].dataset).toEqual({ kind: 'texture', texture: 'gravel', reference: ['grass', 'brick', 'carpet', 'leather'], referencePerClass: 12 });
    expect(inputs[0].model.inputSize).toBe(32);
    expect(inputs[0].data.classNames).toHaveLength(5);
    const r = s.result!;
    expect(r.key).toBe(trainKey(s.params));
    expect(r.models).toHaveLength(1);
    expect(r.testLabels.length).toBe(400);
    for (const auc of [r.ensemble.lof.auc, r.ensemble.knn.auc, r.rawKnn.auc]) {
      expect(auc).toBeGreaterThanOrEqual(0);
      expect(auc).toBeLessThanOrEqual(1);
    }
  }, 120_000);
});

describe('metric-learning store: speeds for the estimate', () => {
  const stop = (reason: 'completed' | 'aborted', epochsRun: number) => ({ reason, epochsRun, heldEpoch: epochsRun, patience: 0, restoredBest: false });
  const epoch = (n: number, seconds: number): JobEvent => ({ type: 'epoch', epoch: n, trainLoss: 1, valLoss: NaN, improved: true, seconds, elapsedSeconds: 0 });
  const model = (m: number): JobEvent[] => [{ type: 'eval', phase: 'model', done: m, total: 2 }, { type: 'start', epochs: 2, batchesPerEpoch: 4, nTrain: 108, nVal: 0 }];
  const done = (reason: 'completed' | 'aborted', epochsRun: number): JobEvent => ({ type: 'done', reason, epochsRun, bestEpoch: 2, bestLoss: 1, secondsPerEpoch: 3, stop: stop(reason, epochsRun) });

  /** A store whose job sends `events` and ends 20 s after it began with models of (epochs, seconds per epoch) `models`; the speeds it reports. */
  async function reported(events: JobEvent[], models: [number, number][]) {
    let clock = 0;
    const speeds: [string, number, number][] = [];
    const around: [string, number, number][] = [];
    const run = (_job: string, _input: MetricLearningJobInput, _backend: string, cb: RunCallbacks = {}) => {
      clock += 20_000;
      events.forEach((e) => cb.onEvent?.(e));
      const fake = fakeMetricRun(lesson.store.getState()).result!;
      const result = { ...fake, models: models.map(([epochsRun, secondsPerEpoch], i) => ({ ...fake.models[i], epochsRun, secondsPerEpoch })), backend: 'cpu' };
      return { runId: 1, result: Promise.resolve(result), cancel: () => undefined };
    };
    const lesson = createMetricStore({
      fetchClass: async () => {
        throw new Error('no image class is needed for a texture run');
      },
      fetchTexture: async (name) => fakeTexture(name),
      client: { run: run as MetricDeps['client']['run'] },
      backendPreference: () => 'cpu',
      onBackendReport: () => undefined,
      now: () => clock,
      onSpeed: (b, sec, batches) => void speeds.push([b, sec, batches]),
      onAroundSpeed: (b, sec, images) => void around.push([b, sec, images]),
    });
    lesson.actions.setParams({ source: 'texture', texture: 'gravel', maxTrain: 60, referencePerClass: 12, seed: 3, epochs: 2, models: 2, batch: 32 });
    await lesson.actions.train();
    return { speeds, around };
  }

  it('remembers the epochs after the run’s first (which also warms up), and the job time less them as time around the epochs, with the images embedded', async () => {
    const events = [...model(0), epoch(1, 6), epoch(2, 3), done('completed', 2), ...model(1), epoch(1, 3), epoch(2, 3), done('completed', 4)];
    const { speeds, around } = await reported(events, [[2, 4.5], [2, 3]]);
    expect(speeds).toEqual([['cpu', 3, 4]]);
    // 20 s less 4 epochs of 3 s; 60 normal + 48 reference crops, 200 held out and 400 test crops, 2 models.
    expect(around).toEqual([['cpu', 8, embeddedImages(2, { train: 108, fit: 60, query: 600 })]]);
    expect(embeddedImages(2, { train: 108, fit: 60, query: 600 })).toBe(1644);
  });

  it('remembers no time around the epochs after a stop (its unfinished epoch is in none)', async () => {
    const events = [...model(0), epoch(1, 6), epoch(2, 3), done('completed', 2), ...model(1), done('aborted', 2)];
    const { speeds, around } = await reported(events, [[2, 4.5]]);
    expect(speeds).toEqual([['cpu', 3, 4]]);
    expect(around).toEqual([]);
  });
});
