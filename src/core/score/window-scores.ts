import * as tf from '@tensorflow/tfjs';
import { fail } from '../problem';
import { windowPixelIndex, windowsPerAxis } from '../data/patches';
import { sliceRows } from '../model/gather-slices';
import type { PatchPrediction } from '../model/patch-vae';

/** Anything that predicts μ and log σ² for patches: [B, size²] → [B, size²] each, caller-owned. */
export interface PatchPredictor {
  predict(x: tf.Tensor2D): PatchPrediction;
}

/** How windows are laid over each image. */
export interface WindowLayout {
  /** Image side in pixels (28). */
  side: number;
  /** Window side (8). */
  size: number;
  /** Step between windows (2). */
  stride: number;
}

/** The new score computed with σ² floored at `floor` (0 = the model's raw σ²). */
export interface NewScore {
  floor: number;
  /** ½Σ(x − μ)²/max(σ², floor) per window, [n, g²] row-major. */
  map: Float32Array;
  /** Image score = max over its windows, [n]. */
  image: Float32Array;
}

/** Per-window and per-image scores of a set of images. */
export interface WindowScores {
  /** Windows per axis g; every image has g² windows, row-major. */
  grid: number;
  /** "Old" score per window, Σ(x − μ)², [n, g²] row-major. */
  oldMap: Float32Array;
  /** Image score = max over its windows of `oldMap`, [n]. */
  old: Float32Array;
  /** The "new" score for every requested σ² floor, in the order requested. */
  news: NewScore[];
  /** Smallest σ² the decoder predicted on any pixel of any window. */
  minSigma2: number;
}

/** σ² floors the lesson offers when scoring; 0 = none. */
export const SCORE_FLOORS = [0, 0.001, 0.003, 0.01, 0.03, 0.1];

/** The new score at `floor` (the closest computed one). Throws if none was computed. */
export function newScoreAt(scores: WindowScores, floor: number): NewScore {
  if (scores.news.length === 0) return fail('no-new-score', {});
  return scores.news.reduce((best, s) => (Math.abs(s.floor - floor) < Math.abs(best.floor - floor) ? s : best));
}

/** Progress of a scoring run. */
export interface ScoreProgress {
  done: number;
  total: number;
}

/**
 * All windows of images [n, side²] as one batch.
 * @param index from `windowPixelIndex` as an int32 tensor [g²·size²]
 * @returns [n·g², size²], owned by the caller (or the enclosing tidy)
 */
export function extractWindows(images: tf.Tensor2D, index: tf.Tensor1D, size: number): tf.Tensor2D {
  return tf.tidy(() => tf.reshape(tf.gather(images, index, 1), [-1, size * size]) as tf.Tensor2D);
}

/**
 * log σ² below this is read as this (σ² ≈ 1.8e-35) when dividing by σ², so a
 * collapsed variance gives a huge but finite new score instead of Infinity or NaN.
 */
export const MIN_LOG_VAR = -80;

/**
 * 1/σ² from log σ², finite even where the variance underflowed.
 * @returns same shape, owned by the caller (or the enclosing tidy)
 */
export function inverseVariance(logVar: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.exp(tf.neg(tf.maximum(logVar, MIN_LOG_VAR))));
}

/**
 * Old score, and the new score with σ² floored at each of `floors`, of each window.
 * @param x windows [B, size²] @returns `{ old, news }` each [B], owned by the caller
 */
export function windowScores(x: tf.Tensor2D, pred: PatchPrediction, floors: number[] = [0]): { old: tf.Tensor1D; news: tf.Tensor1D[] } {
  return tf.tidy(() => {
    const sq = tf.squaredDifference(x, pred.mu);
    const news = floors.map((f) => {
      const logVar = f > 0 ? tf.maximum(pred.logVar, Math.log(f)) : pred.logVar;
      return tf.mul(0.5, tf.sum(tf.mul(sq, inverseVariance(logVar)), 1)) as tf.Tensor1D;
    });
    return { old: tf.sum(sq, 1) as tf.Tensor1D, news };
  });
}

/** Options of `scoreAllWindows`. */
export interface ScoreOptions {
  /** Images whose windows form one batch (default 64 → 7,744 windows of 8×8 at stride 2). */
  imagesPerChunk?: number;
  /** σ² floors to compute the new score with (default [0]: the raw σ²). */
  floors?: number[];
}

/**
 * Scores every window of every image, batched: windows of `imagesPerChunk`
 * images are gathered in one op and run through the model as one batch (never a
 * per-patch loop). The new score is computed for each σ² floor from the same
 * forward pass. Yields progress after each chunk; returns plain data read once
 * at the end. `images` [n, side²] stays owned by the caller; no tensors are left behind.
 */
export async function* scoreAllWindows(
  model: PatchPredictor,
  images: tf.Tensor2D,
  layout: WindowLayout,
  opts: ScoreOptions = {},
): AsyncGenerator<ScoreProgress, WindowScores> {
  const { side, size, stride } = layout;
  const imagesPerChunk = opts.imagesPerChunk ?? 64;
  const floors = opts.floors ?? [0];
  const g = windowsPerAxis(side, size, stride);
  const n = images.shape[0];
  const index = tf.tensor1d(windowPixelIndex(side, size, stride), 'int32');
  const parts: { old: tf.Tensor[]; news: tf.Tensor[][]; minLogVar: tf.Tensor[] } = { old: [], news: floors.map(() => []), minLogVar: [] };
  try {
    for (let start = 0; start < n; start += imagesPerChunk) {
      const count = Math.min(imagesPerChunk, n - start);
      tf.tidy(() => {
        const x = extractWindows(sliceRows(images, start, count), index, size);
        const pred = model.predict(x);
        const s = windowScores(x, pred, floors);
        parts.old.push(tf.keep(tf.reshape(s.old, [count, g * g])));
        s.news.forEach((t, k) => parts.news[k].push(tf.keep(tf.reshape(t, [count, g * g]))));
        parts.minLogVar.push(tf.keep(tf.min(pred.logVar)));
      });
      yield { done: start + count, total: n };
    }
    const out = tf.tidy(() => {
      const maps = [parts.old, ...parts.news].map((list) => (list.length > 0 ? tf.concat(list) : tf.zeros([0, g * g])));
      const minLogVar = parts.minLogVar.length > 0 ? tf.min(tf.stack(parts.minLogVar)) : tf.scalar(NaN);
      return [...maps, ...maps.map((m) => tf.max(m, 1)), minLogVar];
    });
    try {
      const data = (await Promise.all(out.map((t) => t.data()))) as Float32Array[];
      const k = floors.length + 1;
      return {
        grid: g,
        oldMap: data[0],
        old: data[k],
        news: floors.map((floor, i) => ({ floor, map: data[1 + i], image: data[k + 1 + i] })),
        minSigma2: Math.exp(data[2 * k][0]),
      };
    } finally {
      tf.dispose(out);
    }
  } finally {
    tf.dispose([index, ...parts.old, ...parts.news.flat(), ...parts.minLogVar]);
  }
}
