import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { windowPixelIndex } from '../data/patches';
import type { PatchPrediction } from '../model/patch-vae';
import { extractWindows, MIN_LOG_VAR, newScoreAt, scoreAllWindows, windowScores, type PatchPredictor, type WindowScores } from './window-scores';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** μ = 0 everywhere and σ² = 0.25: old = Σx², new = ½Σx²/0.25 = 2Σx². Counts its calls. */
function fakeModel(): PatchPredictor & { calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    predict(x: tf.Tensor2D): PatchPrediction {
      calls.push(x.shape[0]);
      return { mu: tf.zerosLike(x), logVar: tf.fill(x.shape, Math.log(0.25)) as tf.Tensor2D };
    },
  };
}

async function run(model: PatchPredictor, images: tf.Tensor2D, chunk: number): Promise<WindowScores> {
  const gen = scoreAllWindows(model, images, { side: 12, size: 4, stride: 2 }, { imagesPerChunk: chunk, floors: [0, 0.5] });
  let step = await gen.next();
  while (!step.done) step = await gen.next();
  return step.value;
}

describe('window scores', () => {
  it('extracts all windows of many images in one gather', async () => {
    const pixels = new Float32Array(2 * 36).map((_, i) => i);
    const images = tf.tensor2d(pixels, [2, 36]);
    const index = tf.tensor1d(windowPixelIndex(6, 4, 2), 'int32');
    const w = extractWindows(images, index, 4);
    expect(w.shape).toEqual([8, 16]);
    const d = await w.data();
    expect(Array.from(d.subarray(0, 4))).toEqual([0, 1, 2, 3]);
    expect(Array.from(d.subarray(16, 20))).toEqual([2, 3, 4, 5]);
    expect(Array.from(d.subarray(3 * 16, 3 * 16 + 4))).toEqual([14, 15, 16, 17]);
    expect(Array.from(d.subarray(4 * 16, 4 * 16 + 4))).toEqual([36, 37, 38, 39]);
    expect(d[8 * 16 - 1]).toBe(71);
    tf.dispose([images, index, w]);
  });

  it('computes old = Σ(x−μ)² and new = ½Σ(x−μ)²/max(σ², floor) per window', async () => {
    const x = tf.tensor2d([[1, 0, 0.5, 0]]);
    const pred = { mu: tf.tensor2d([[0.5, 0, 0, 0]]), logVar: tf.tensor2d([[Math.log(0.5), 0, Math.log(0.01), 0]]) };
    const s = windowScores(x, pred, [0, 0.1, 1]);
    expect((await s.old.data())[0]).toBeCloseTo(0.25 + 0.25, 6);
    expect((await s.news[0].data())[0]).toBeCloseTo(0.5 * (0.25 / 0.5 + 0.25 / 0.01), 4);
    expect((await s.news[1].data())[0]).toBeCloseTo(0.5 * (0.25 / 0.5 + 0.25 / 0.1), 4);
    expect((await s.news[2].data())[0]).toBeCloseTo(0.5 * (0.25 + 0.25), 5);
    tf.dispose([x, pred.mu, pred.logVar, s.old, ...s.news]);
  });

  it('keeps the new score finite where σ² underflowed (log σ² read as ≥ MIN_LOG_VAR)', async () => {
    const x = tf.tensor2d([[1, 0]]);
    const pred = { mu: tf.tensor2d([[0, 0]]), logVar: tf.tensor2d([[-200, -200]]) };
    const s = windowScores(x, pred);
    const v = (await s.news[0].data())[0];
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeCloseTo(0.5 * Math.exp(-MIN_LOG_VAR), -30);
    tf.dispose([x, pred.mu, pred.logVar, s.old, ...s.news]);
  });

  it('max-pools window scores into image scores, batched in chunks, the same for any chunk size, without leaks', async () => {
    const before = tf.memory().numTensors;
    // 3 images 12×12, 5×5 windows of 4×4 at stride 2. Image 1 has one bright pixel at (5, 9),
    // image 2 a 2-pixel blob at (0, 0)-(0, 1); image 0 is blank.
    const pixels = new Float32Array(3 * 144);
    pixels[144 + 5 * 12 + 9] = 1;
    pixels[288] = 0.5;
    pixels[289] = 0.5;
    const images = tf.tensor2d(pixels, [3, 144]);
    const model = fakeModel();
    const a = await run(model, images, 2);
    expect(model.calls).toEqual([50, 25]);
    expect(a.grid).toBe(5);
    expect(Array.from(a.old)).toEqual([0, 1, 0.5]);
    // σ² = 0.25: new = 2Σx²; with the floor 0.5: new = Σx²
    expect(Array.from(newScoreAt(a, 0).image)).toEqual([0, 2, 1]);
    expect(Array.from(newScoreAt(a, 0.4).image)).toEqual([0, 1, 0.5]);
    expect(a.news.map((s) => s.floor)).toEqual([0, 0.5]);
    // (5, 9) lies in window rows 1, 2 (tops 2, 4) and columns 3, 4 (lefts 6, 8)
    const hot = Array.from(a.oldMap.subarray(25, 50), (v, k) => (v > 0 ? k : -1)).filter((k) => k >= 0);
    expect(hot).toEqual([8, 9, 13, 14]);
    expect(a.oldMap[50]).toBe(0.5);
    expect(a.oldMap[51]).toBe(0);
    expect(a.minSigma2).toBeCloseTo(0.25, 6);
    const b = await run(fakeModel(), images, 64);
    expect(b.oldMap).toEqual(a.oldMap);
    expect(b.news).toEqual(a.news);
    images.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
