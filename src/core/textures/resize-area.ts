import type { GrayImage } from './gray-image';

/**
 * Area resampling: each output pixel is the mean of the input over the
 * rectangle it covers (fractional pixels weighted by their overlap), the way
 * OpenCV's INTER_AREA shrinks images. For whole-number factors it equals
 * scikit-image's `downscale_local_mean`; enlarging repeats pixels, with
 * blended edges. Separable: rows, then columns.
 */

/** For each output index, the input indices it covers and their weights (summing to 1). */
interface AxisWeights {
  start: Int32Array;
  count: Int32Array;
  weights: Float32Array[];
}

function axisWeights(inSize: number, outSize: number): AxisWeights {
  const scale = inSize / outSize;
  const start = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const weights: Float32Array[] = [];
  for (let o = 0; o < outSize; o++) {
    const from = o * scale;
    const to = Math.min(inSize, (o + 1) * scale);
    const first = Math.floor(from);
    const last = Math.min(inSize - 1, Math.ceil(to) - 1);
    const w = new Float32Array(last - first + 1);
    for (let i = first; i <= last; i++) w[i - first] = (Math.min(to, i + 1) - Math.max(from, i)) / scale;
    start[o] = first;
    count[o] = w.length;
    weights.push(w);
  }
  return { start, count, weights };
}

/**
 * Resizes `image` to width×height by area averaging.
 * @returns a new image; values stay in the input's range
 */
export function resizeArea(image: GrayImage, width: number, height: number): GrayImage {
  if (image.width === width && image.height === height) return { width, height, data: image.data.slice() };
  const cols = axisWeights(image.width, width);
  const rows = axisWeights(image.height, height);
  const wide = new Float32Array(image.height * width);
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    for (let x = 0; x < width; x++) {
      const w = cols.weights[x];
      let sum = 0;
      for (let k = 0; k < cols.count[x]; k++) sum += w[k] * image.data[row + cols.start[x] + k];
      wide[y * width + x] = sum;
    }
  }
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const w = rows.weights[y];
    for (let k = 0; k < rows.count[y]; k++) {
      const from = (rows.start[y] + k) * width;
      for (let x = 0; x < width; x++) data[y * width + x] += w[k] * wide[from + x];
    }
  }
  return { width, height, data };
}
