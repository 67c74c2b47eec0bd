import * as tf from '@tensorflow/tfjs';
import { windowPixelIndex, windowsPerAxis } from '../data/patches';
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

/** Per-window and per-image scores of a set of images. */
export interface WindowScores {
  /** Windows per axis g; every image has g² windows, row-major. */
  grid: number;
  /** "Old" score per window, Σ(x − μ)², [n, g²] row-major. */
  oldMap: Float32Array;
  /** "New" score per window, ½Σ(x − μ)²/σ², [n, g²]. */
  newMap: Float32Array;
  /** Image score = max over its windows of `oldMap`, [n]. */
  old: Float32Array;
  /** Image score = max over its windows of `newMap`, [n]. */
  new: Float32Array;
  /** Smallest σ² the decoder predicted on any pixel of any window. */
  minSigma2: number;
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
 * Old and new score of each window.
 * @param x windows [B, size²] @returns `{ old, new }` each [B], owned by the caller
 */
export function windowScores(x: tf.Tensor2D, pred: PatchPrediction): { old: tf.Tensor1D; new: tf.Tensor1D } {
  return tf.tidy(() => {
    const sq = tf.squaredDifference(x, pred.mu);
    return {
      old: tf.sum(sq, 1) as tf.Tensor1D,
      new: tf.mul(0.5, tf.sum(tf.mul(sq, inverseVariance(pred.logVar)), 1)) as tf.Tensor1D,
    };
  });
}

/**
 * Scores every window of every image, batched: windows of `imagesPerChunk`
 * images are gathered in one op and run through the model as one batch (never a
 * per-patch loop). Yields progress after each chunk; returns plain data read
 * once at the end. `images` [n, side²] stays owned by the caller; no tensors are left behind.
 */
export async function* scoreAllWindows(
  model: PatchPredictor,
  images: tf.Tensor2D,
  layout: WindowLayout,
  imagesPerChunk = 64,
): AsyncGenerator<ScoreProgress, WindowScores> {
  const { side, size, stride } = layout;
  const g = windowsPerAxis(side, size, stride);
  const n = images.shape[0];
  const index = tf.tensor1d(windowPixelIndex(side, size, stride), 'int32');
  const parts: { old: tf.Tensor[]; new: tf.Tensor[]; minLogVar: tf.Tensor[] } = { old: [], new: [], minLogVar: [] };
  try {
    for (let start = 0; start < n; start += imagesPerChunk) {
      const count = Math.min(imagesPerChunk, n - start);
      tf.tidy(() => {
        const x = extractWindows(tf.slice(images, [start, 0], [count, side * side]), index, size);
        const pred = model.predict(x);
        const s = windowScores(x, pred);
        parts.old.push(tf.keep(tf.reshape(s.old, [count, g * g])));
        parts.new.push(tf.keep(tf.reshape(s.new, [count, g * g])));
        parts.minLogVar.push(tf.keep(tf.min(pred.logVar)));
      });
      yield { done: start + count, total: n };
    }
    const out = tf.tidy(() => {
      const oldMap = parts.old.length > 0 ? tf.concat(parts.old) : tf.zeros([0, g * g]);
      const newMap = parts.new.length > 0 ? tf.concat(parts.new) : tf.zeros([0, g * g]);
      const minLogVar = parts.minLogVar.length > 0 ? tf.min(tf.stack(parts.minLogVar)) : tf.scalar(NaN);
      return [oldMap, newMap, tf.max(oldMap, 1), tf.max(newMap, 1), minLogVar];
    });
    try {
      const [oldMap, newMap, old, nw, minLogVar] = (await Promise.all(out.map((t) => t.data()))) as Float32Array[];
      return { grid: g, oldMap, newMap, old, new: nw, minSigma2: Math.exp(minLogVar[0]) };
    } finally {
      tf.dispose(out);
    }
  } finally {
    tf.dispose([index, ...parts.old, ...parts.new, ...parts.minLogVar]);
  }
}
