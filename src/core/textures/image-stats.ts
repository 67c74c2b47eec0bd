import type { GrayImage } from './gray-image';

/**
 * Summary numbers of a grayscale image, used to describe and check textures
 * (their brightness, spread and repeat).
 */

/** Mean, population standard deviation, minimum and maximum of the pixels. */
export interface ImageStats {
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** {@link ImageStats} of every pixel, or of the pixels where `mask` is 1 (NaNs when there are none). */
export function imageStats(image: GrayImage, mask?: Uint8Array): ImageStats {
  let sum = 0;
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < image.data.length; i++) {
    if (mask && !mask[i]) continue;
    const v = image.data[i];
    sum += v;
    n++;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < image.data.length; i++) if (!mask || mask[i]) sq += (image.data[i] - mean) ** 2;
  return n === 0 ? { mean: NaN, std: NaN, min: NaN, max: NaN } : { mean, std: Math.sqrt(sq / n), min, max };
}

/**
 * Pearson correlation of the image with itself shifted by (dx, dy) ≥ 0, over
 * the overlap: near 1 at a lag where the texture repeats, near 0 where it
 * has no order. In [−1, 1].
 */
export function autocorrelation(image: GrayImage, dx: number, dy: number): number {
  const { width: w, height: h, data } = image;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  let n = 0;
  for (let y = 0; y < h - dy; y++) {
    for (let x = 0; x < w - dx; x++) {
      const a = data[y * w + x];
      const b = data[(y + dy) * w + x + dx];
      sa += a;
      sb += b;
      saa += a * a;
      sbb += b * b;
      sab += a * b;
      n++;
    }
  }
  const ma = sa / n;
  const mb = sb / n;
  return (sab / n - ma * mb) / Math.sqrt((saa / n - ma * ma) * (sbb / n - mb * mb));
}
