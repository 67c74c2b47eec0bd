import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../core/metrics/roc';
import type { JobEvent } from '../../core/pipeline/job-events';
import { newScoreAt } from '../../core/score/window-scores';
import type { PatchVaeJobInput, PatchVaeJobResult } from '../../core/pipeline/patch-vae-job';
import type { PatchVaeScoreInput, PatchVaeScoreResult } from '../../core/pipeline/patch-vae-score-job';
import type { RunCallbacks } from '../../worker/training-client';
import { trainKey } from './keys';
import { createPatchVaeStore, type PatchVaeDeps } from './store';

const PX = 784;

/** 5 images per class whose pixels are all `cls / 10`. */
async function fetchClass(_d: string, _s: string, cls: number): Promise<Uint8Array> {
  return new Uint8Array(5 * PX).fill(cls * 25);
}

function fakeResult(input: PatchVaeJobInput): PatchVaeJobResult {
  const n = input.testX.length / PX;
  const old = Float32Array.from({ length: n }, (_, i) => (i < n / 2 ? 1 : 2));
  const nw = Float32Array.from({ length: n }, (_, i) => (i % 2 ? 5 : 4));
  return {
    test: {
      grid: 11,
      oldMap: new Float32Array(n * 121),
      old,
      news: [
        { floor: 0, map: new Float32Array(n * 121), image: old },
        { floor: 0.01, map: new Float32Array(n * 121), image: nw },
      ],
      minSigma2: 0.001,
    },
    heldOut: null,
    details: [],
    latent: null,
    weights: [new Float32Array(3)],
    trainLoss: [2, -1],
    epochsRun: 2,
    bestEpoch: 2,
    stopReason: 'completed',
    stop: { reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: true },
    secondsPerEpoch: 3,
    scoringSeconds: 1.5,
    windows: n * 121,
    backend: 'wasm',
  };
}

function makeStore() {
  const sent: { job: string; input: unknown }[] = [];
  let finishTraining: (() => void) | null = null;
  const client: PatchVaeDeps['client'] = {
    run: ((job: string, input: PatchVaeJobInput | PatchVaeScoreInput, _b: string, cb: RunCallbacks = {}) => {
      sent.push({ job, input });
      if (job === 'patch-vae-score') {
        const r: PatchVaeScoreResult = {
          scores: { grid: 11, oldMap: new Float32Array(121), old: Float32Array.of(1.5), news: [{ floor: 0.01, map: new Float32Array(121), image: Float32Array.of(9) }], minSigma2: 0.01 },
          details: [{ index: 0, mu: new Float32Array(PX), sigma2: new Float32Array(PX), oldPixel: new Float32Array(PX), newPixel: new Float32Array(PX) }],
        };
        return { runId: 2, result: Promise.resolve(r), cancel: () => undefined };
      }
      const result = new Promise<PatchVaeJobResult>((resolve) => {
        finishTraining = () => {
          const events: JobEvent[] = [
            { type: 'start', epochs: 2, batchesPerEpoch: 4, nTrain: 500, nVal: 0 },
            { type: 'epoch', epoch: 1, trainLoss: 2, valLoss: NaN, improved: true, seconds: 3, elapsedSeconds: 3 },
            { type: 'epoch', epoch: 2, trainLoss: -1, valLoss: NaN, improved: true, seconds: 3, elapsedSeconds: 6 },
            { type: 'eval', phase: 'scoring', done: 10, total: 10 },
          ];
          events.forEach((e) => cb.onEvent?.(e));
          resolve(fakeResult(input as PatchVaeJobInput));
        };
      });
      return { runId: 1, result, cancel: () => undefined };
    }) as PatchVaeDeps['client']['run'],
  };
  const speeds: number[] = [];
  const lesson = createPatchVaeStore({ fetchClass, client, backendPreference: () => 'wasm', onBackendReport: () => undefined, onSpeed: (_b, s, n) => speeds.push(s / n) });
  return { lesson, sent, speeds, finish: () => finishTraining?.() };
}

describe('patch-VAE lesson store', () => {
  it('starts from the working defaults and refuses bad settings at their control', () => {
    const { lesson } = makeStore();
    const s = lesson.store.getState();
    expect(s.params).toMatchObject({ dataset: 'mnist', normal: [1], anomaly: [9], patchSize: 8, patches: 100_000, stride: 2, latent: 2, epochs: 10, batch: 128, variance: 'pixel', beta: 1 / 128 });
    expect(s.view.scoreFloor).toBe(0.01);
    lesson.actions.setNumber('patchSize', '6');
    lesson.actions.setNumber('floor', '0');
    lesson.actions.setNumber('patches', '100');
    lesson.actions.setNumber('batch', '200');
    expect(lesson.store.getState().drafts.floor?.problem.code).toBe('range');
    expect(Object.keys(lesson.actions.problems()).sort()).toEqual(['batch', 'floor', 'patchSize']);
    expect(lesson.store.getState().params.floor).toBe(0.01);
  });

  it('trains through the worker with the lesson settings, records the run, then scores a drawing with the trained weights', async () => {
    const { lesson, sent, speeds, finish } = makeStore();
    lesson.actions.setParams({ patches: 500, epochs: 2, variance: 'floor', beta: 1 });
    const done = lesson.actions.runAll();
    await new Promise((r) => setTimeout(r, 10));
    expect(lesson.store.getState().training.status).toBe('running');
    await lesson.actions.scoreDrawing();
    expect(lesson.store.getState().tryIt.error).toEqual({ code: 'train-first' });
    finish();
    await done;
    const s = lesson.store.getState();
    expect(sent[0].job).toBe('patch-vae');
    const input = sent[0].input as PatchVaeJobInput;
    expect(input.patches).toEqual({ count: 500, seed: 0, stride: 2 });
    expect(input.model).toMatchObject({ patchSize: 8, latent: 2, variance: 'floor', varianceFloor: 0.01, beta: 1 });
    expect(input.train).toMatchObject({ epochs: 2, batchSize: 128, patience: 0 });
    // 5 train normals, a tenth of them (1) held out of the patches for per-position statistics;
    // 5 + 5 test images; details: first 4 normals and first 4 anomalies.
    expect(input.trainX.length).toBe(4 * PX);
    expect(input.heldOutX?.length).toBe(1 * PX);
    expect(input.detailIndices).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect(s.training.status).toBe('done');
    expect(s.training.trainLoss).toEqual([2, -1]);
    expect(s.result?.key).toBe(trainKey(s.params));
    // new: anomalies 5,4,5,4,5 vs normals 4,5,4,5,4 → (9 wins + ½·12 ties) / 25 = 0.6
    expect(rocAuc(s.result!.test.old, s.result!.labels)).toBe(1);
    expect(rocAuc(newScoreAt(s.result!.test, 0.01).image, s.result!.labels)).toBeCloseTo(0.6, 10);
    expect(rocAuc(newScoreAt(s.result!.test, 0).image, s.result!.labels)).toBe(1);
    expect(speeds).toEqual([3 / 4]);

    // Starting from a test image scores it at once, no stroke or "Score it" needed.
    await lesson.actions.drawFromTest(7);
    const tryIt = lesson.store.getState().tryIt;
    expect(tryIt.image[0]).toBeCloseTo(225 / 255, 6);
    expect(sent).toHaveLength(2);
    expect(sent[1].job).toBe('patch-vae-score');
    expect((sent[1].input as PatchVaeScoreInput).images[0]).toBeCloseTo(225 / 255, 6);
    expect(tryIt).toMatchObject({ status: 'done', resultKey: s.result?.key });
    expect(tryIt.scored?.scores.news[0].image[0]).toBe(9);
  });

  it('Clear drops the last score with the picture, also one still running', async () => {
    const { lesson, sent, finish } = makeStore();
    lesson.actions.setParams({ patches: 500, epochs: 2 });
    const done = lesson.actions.runAll();
    await new Promise((r) => setTimeout(r, 10));
    finish();
    await done;
    lesson.actions.setDrawing(new Float32Array(PX).fill(0.5));
    await lesson.actions.scoreDrawing();
    expect(lesson.store.getState().tryIt.scored?.scores.old[0]).toBe(1.5);
    lesson.actions.clearDrawing();
    const cleared = lesson.store.getState().tryIt;
    expect(cleared).toMatchObject({ status: 'idle', error: null, resultKey: null, scored: null });
    expect(cleared.image.every((v) => v === 0)).toBe(true);
    // Scored, then cleared before the worker answers: the answer belongs to the old picture.
    lesson.actions.setDrawing(new Float32Array(PX).fill(1));
    const scoring = lesson.actions.scoreDrawing();
    expect(lesson.store.getState().tryIt.status).toBe('running');
    lesson.actions.clearDrawing();
    await scoring;
    expect(sent.filter((m) => m.job === 'patch-vae-score')).toHaveLength(2);
    expect(lesson.store.getState().tryIt).toMatchObject({ status: 'idle', scored: null });
    // While a model trains, a test image is not scored (the worker is busy) and the old score goes.
    await lesson.actions.drawFromTest(2);
    expect(sent.filter((m) => m.job === 'patch-vae-score')).toHaveLength(3);
    void lesson.actions.runAll();
    await new Promise((r) => setTimeout(r, 10));
    expect(lesson.store.getState().training.status).toBe('running');
    await lesson.actions.drawFromTest(7);
    expect(sent.filter((m) => m.job === 'patch-vae-score')).toHaveLength(3);
    expect(lesson.store.getState().tryIt).toMatchObject({ status: 'idle', scored: null });
    expect(lesson.store.getState().tryIt.image[0]).toBeCloseTo(225 / 255, 6);
  });
});
