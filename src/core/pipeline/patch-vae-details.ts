import * as tf from '@tensorflow/tfjs';
import { stitchWindows, windowPixelIndex } from '../data/patches';
import type { PatchPredictor, WindowLayout } from '../score/window-scores';
import { extractWindows, inverseVariance } from '../score/window-scores';

/** Per-pixel pictures of one image, each [side²], made by averaging the overlapping windows. */
export interface ImageDetail {
  /** Index of the image in the scored set. */
  index: number;
  /** Decoded mean μ. */
  mu: Float32Array;
  /** Decoded variance σ² (can be ~1e-6 where the variance collapsed). */
  sigma2: Float32Array;
  /** Old score's per-pixel term (x − μ)². */
  oldPixel: Float32Array;
  /** New score's per-pixel term ½(x − μ)²/σ². */
  newPixel: Float32Array;
}

/**
 * μ, σ² and both scores' per-pixel terms of the images at `indices` of
 * `pixels` [n, side²], all their windows in one batch. No tensors are left behind.
 */
export async function imageDetails(model: PatchPredictor, pixels: Float32Array, indices: number[], layout: WindowLayout): Promise<ImageDetail[]> {
  if (indices.length === 0) return [];
  const { side, size, stride } = layout;
  const area = side * side;
  const chosen = new Float32Array(indices.length * area);
  indices.forEach((idx, k) => {
    if (!Number.isInteger(idx) || idx < 0 || (idx + 1) * area > pixels.length) throw new Error(`No image ${idx} to detail.`);
    chosen.set(pixels.subarray(idx * area, (idx + 1) * area), k * area);
  });
  const out = tf.tidy(() => {
    const index = tf.tensor1d(windowPixelIndex(side, size, stride), 'int32');
    const x = extractWindows(tf.tensor2d(chosen, [indices.length, area]), index, size);
    const { mu, logVar } = model.predict(x);
    const sq = tf.squaredDifference(x, mu);
    return [mu, tf.exp(logVar), sq, tf.mul(0.5, tf.mul(sq, inverseVariance(logVar)))];
  });
  try {
    const [mu, sigma2, oldPx, newPx] = (await Promise.all(out.map((t) => t.data()))) as Float32Array[];
    const per = mu.length / indices.length;
    const stitch = (a: Float32Array, k: number) => stitchWindows(a.subarray(k * per, (k + 1) * per), side, size, stride);
    return indices.map((index, k) => ({
      index,
      mu: stitch(mu, k),
      sigma2: stitch(sigma2, k),
      oldPixel: stitch(oldPx, k),
      newPixel: stitch(newPx, k),
    }));
  } finally {
    tf.dispose(out);
  }
}
