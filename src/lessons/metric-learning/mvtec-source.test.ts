import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { metricLearningJob } from '../../core/pipeline/metric-learning-job';
import type { MetricLearningJobInput } from '../../core/pipeline/metric-learning-types';
import type { MvtecImages } from '../../core/textures/mvtec-load';
import type { TextureName } from '../../core/textures/texture-files';
import type { MvtecDecodeResult } from '../../notebook/mvtec/mvtec-request';
import { trainKey } from './keys';
import { loadedKey, mvtecInUse } from './mvtec-source';
import { createMetricStore, type MetricDeps } from './store';

beforeAll(async () => {
  await tf.setBackend('wasm');
});

/** A category at 32²: 20 good training images around 0.4, 4 good and 4 defective test images (a bright square). */
function category(): MvtecImages {
  const area = 32 * 32;
  const wave = (n: number, k: number) => Float32Array.from({ length: n * area }, (_, i) => 0.4 + 0.05 * Math.sin(i * 0.3 + k));
  const test = wave(8, 1);
  const masks = new Uint8Array(8 * area);
  for (let j = 4; j < 8; j++) for (let i = 0; i < 64; i++) (test[j * area + 200 + i] = 1), (masks[j * area + 200 + i] = 1);
  return { size: 32, train: wave(20, 0), test, masks, labels: Uint8Array.of(0, 0, 0, 0, 1, 1, 1, 1), defects: ['good', 'good', 'good', 'good', 'cut', 'cut', 'cut', 'cut'], names: { train: Array.from({ length: 20 }, (_, i) => `train/good/${i}.png`), test: Array.from({ length: 8 }, (_, i) => `test/${i < 4 ? 'good' : 'cut'}/${i}.png`) } };
}

const texture = (name: TextureName) => ({ width: 512, height: 512, data: new Float32Array(512 * 512).fill(TEXTURE_LEVEL[name]) });
const TEXTURE_LEVEL: Record<TextureName, number> = { grass: 0.1, gravel: 0.3, brick: 0.5, carpet: 0.7, leather: 0.9 };

function makeStore() {
  const inputs: MetricLearningJobInput[] = [];
  const run = (_job: string, input: MetricLearningJobInput) => {
    inputs.push(input);
    return { runId: 1, result: (async () => {
      const job = metricLearningJob(input, new AbortController().signal);
      for (;;) {
        const step = await job.next();
        if (step.done) return step.value;
      }
    })(), cancel: () => undefined };
  };
  const fetched: string[] = [];
  const lesson = createMetricStore({
    fetchClass: () => Promise.reject(new Error('no image classes here')),
    fetchTexture: async (name) => (fetched.push(name), texture(name)),
    client: { run: run as MetricDeps['client']['run'] },
    backendPreference: () => 'wasm',
    onBackendReport: () => undefined,
  });
  lesson.actions.setParams({ source: 'texture', texture: 'grass', referencePerClass: 5, width: '0.25', embedding: 16, epochs: 1, batch: 8, models: 1, neighbors: 3, seed: 2 });
  return { lesson, inputs, fetched };
}

const open = (name: string, result: MvtecDecodeResult, sizes: number[] = []) => ({ name, decode: async (size: number) => (sizes.push(size), result) });

describe('metric-learning store: an MVTec AD folder', () => {
  it('a good folder becomes the data (32 px, a fifth held out, every texture as reference) and trains as an mvtec run', async () => {
    const { lesson, inputs, fetched } = makeStore();
    const sizes: number[] = [];
    expect(await lesson.actions.loadMvtec(open('screw', { ok: true, images: category() }, sizes))).toBe(true);
    const s = lesson.store.getState();
    expect(sizes).toEqual([32]);
    expect(fetched.sort()).toEqual(['brick', 'carpet', 'grass', 'gravel', 'leather']);
    expect(mvtecInUse(s)).toBe(true);
    expect(s.data.split!.counts).toEqual({ train: 16, val: 4, testNormal: 4, testAnomaly: 4 });
    expect(s.data.data!.classNames).toEqual(['screw', 'grass', 'gravel', 'brick', 'carpet', 'leather']);
    expect(s.data.referenceCounts).toEqual([5, 5, 5, 5, 5]);
    // Data settings no longer replace the folder, and the train key follows the folder.
    lesson.actions.setParams({ texture: 'brick' });
    expect(await lesson.actions.loadData()).toBe(true);
    expect(lesson.store.getState().data.data!.classNames[0]).toBe('screw');

    const before = tf.memory().numTensors;
    await lesson.actions.train();
    const after = lesson.store.getState();
    expect(after.training.status).toBe('done');
    expect(inputs[0].dataset).toEqual({ kind: 'mvtec', category: 'screw', reference: ['grass', 'gravel', 'brick', 'carpet', 'leather'], referencePerClass: 5 });
    expect(after.result!.folder).toBe('screw');
    expect(after.result!.key).toBe(trainKey(after.params, loadedKey(after)));
    expect(after.result!.ensemble.lof.auc).toBeGreaterThanOrEqual(0);
    expect(after.result!.ensemble.lof.auc).toBeLessThanOrEqual(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a refused folder keeps the data and names each problem; going back loads the built-in texture', async () => {
    const { lesson } = makeStore();
    expect(await lesson.actions.loadData()).toBe(true);
    const key = lesson.store.getState().data.key;
    const problems = [{ code: 'mvtec-no-train' as const, values: {} }];
    expect(await lesson.actions.loadMvtec(open('bad', { ok: false, problems }))).toBe(false);
    expect(lesson.store.getState().mvtec).toMatchObject({ status: 'error', attempt: 'bad', name: null, problems });
    expect(lesson.store.getState().data.key).toBe(key);

    expect(await lesson.actions.loadMvtec(open('screw', { ok: true, images: category() }))).toBe(true);
    expect(await lesson.actions.backToBuiltin()).toBe(true);
    const s = lesson.store.getState();
    expect(mvtecInUse(s)).toBe(false);
    expect(s.mvtec.status).toBe('idle');
    expect(s.data.data!.classNames[0]).toBe('grass');
  });
});
