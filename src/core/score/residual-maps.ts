import * as tf from '@tensorflow/tfjs';
import { ssim, type SsimOptions } from '../metrics/ssim';
import type { Reconstructor } from './reconstruction-scores';

/** Per-pixel anomaly maps of one image, [height·width] row-major each. */
export interface ResidualMaps {
  /** (x − x̂)², in [0, 1] for images in [0, 1]. */
  l2: Float32Array;
  /** 1 − SSIM(x, x̂) per pixel (the full map, scipy's reflect borders), in [0, 2]. */
  ssim: Float32Array;
}

/**
 * The L2 and SSIM residual maps of Bergmann et al. (2018) for an image and its
 * reconstruction. Plain TypeScript; `ssimOptions` as in `metrics/ssim.ts`
 * (the paper: window 11).
 */
export function residualMaps(original: ArrayLike<number>, reconstruction: ArrayLike<number>, height: number, width: number, ssimOptions: SsimOptions = {}): ResidualMaps {
  const n = height * width;
  const l2 = new Float32Array(n);
  for (let i = 0; i < n; i++) l2[i] = (original[i] - reconstruction[i]) ** 2;
  const map = ssim(original, reconstruction, height, width, ssimOptions).map;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = 1 - map[i];
  return { l2, ssim: out };
}

/** Where tiles of `tile` pixels start along an axis of `size`: every `stride`, and always flush with the end. */
export function tileStarts(size: number, tile: number, stride: number): number[] {
  if (tile > size) throw new Error('tile-larger-than-image');
  const starts: number[] = [];
  for (let s = 0; s + tile <= size; s += stride) starts.push(s);
  if (starts[starts.length - 1] !== size - tile) starts.push(size - tile);
  return starts;
}

/**
 * Reconstructs an image larger than the model's input from overlapping
 * square tiles (all in one batch), averaging where tiles overlap, as Bergmann
 * et al. do for full test images. One upload, one read-back, no tensors left.
 *
 * @param model reconstructs rows of tile² pixels
 * @param image [height·width] row-major
 * @param tile the model's input side (≤ height, width)
 * @param stride step between tiles (default: tile, no overlap)
 * @returns [height·width] row-major reconstruction
 */
export async function reconstructTiled(model: Reconstructor, image: ArrayLike<number>, height: number, width: number, tile: number, stride = tile): Promise<Float32Array> {
  const rows = tileStarts(height, tile, stride);
  const cols = tileStarts(width, tile, stride);
  const count = rows.length * cols.length;
  const batch = new Float32Array(count * tile * tile);
  let k = 0;
  for (const r of rows) {
    for (const c of cols) {
      for (let y = 0; y < tile; y++) for (let x = 0; x < tile; x++) batch[(k * tile + y) * tile + x] = image[(r + y) * width + c + x];
      k++;
    }
  }
  const rec = tf.tidy(() => model.reconstruct(tf.tensor2d(batch, [count, tile * tile])));
  const out = await rec.data();
  rec.dispose();
  const sum = new Float32Array(height * width);
  const hits = new Float32Array(height * width);
  k = 0;
  for (const r of rows) {
    for (const c of cols) {
      for (let y = 0; y < tile; y++) {
        for (let x = 0; x < tile; x++) {
          const i = (r + y) * width + c + x;
          sum[i] += out[(k * tile + y) * tile + x];
          hits[i] += 1;
        }
      }
      k++;
    }
  }
  for (let i = 0; i < sum.length; i++) sum[i] /= hits[i];
  return sum;
}
