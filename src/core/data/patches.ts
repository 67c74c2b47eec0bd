import { fail } from '../problem';
import { createRng } from '../random/rng';

/** Square images stored as rows of side² pixels, row-major. */
export interface ImageStack {
  /** Row-major pixels, [n, side·side]. */
  pixels: Float32Array;
  side: number;
}

/**
 * `count` random size×size crops of random images, seeded (seed 004's
 * `cut_img`, except that every offset 0..side−size can be drawn — numpy's
 * `randint(0, side−size)` in the seed never picks the last one). Draws are
 * sequential, so a smaller `count` with the same seed gives a prefix of a larger one.
 * @returns row-major [count, size·size] in the images' range
 */
export function randomPatches(images: ImageStack, count: number, size: number, seed: number): Float32Array {
  const { pixels, side } = images;
  const n = pixels.length / (side * side);
  if (!Number.isInteger(n) || n < 1) fail('no-images', {});
  if (!Number.isInteger(size) || size < 1 || size > side) fail('patch-size-range', { max: side, got: size });
  if (!Number.isInteger(count) || count < 1) fail('patch-count-invalid', { got: count });
  const rng = createRng(seed);
  const span = side - size + 1;
  const out = new Float32Array(count * size * size);
  for (let k = 0; k < count; k++) {
    const img = rng.int(n) * side * side;
    const top = rng.int(span);
    const left = rng.int(span);
    for (let r = 0; r < size; r++) {
      const from = img + (top + r) * side + left;
      out.set(pixels.subarray(from, from + size), (k * size + r) * size);
    }
  }
  return out;
}

/** Windows per axis when sliding a size-wide window with `stride` over `side` pixels: ⌊(side − size)/stride⌋ + 1. */
export function windowsPerAxis(side: number, size: number, stride: number): number {
  if (!Number.isInteger(stride) || stride < 1) fail('stride-invalid', { got: stride });
  if (size > side) fail('patch-larger-than-image', { size, side });
  return Math.floor((side - size) / stride) + 1;
}

/** Top-left pixel offsets of the windows along one axis: 0, stride, 2·stride, … */
export function windowOffsets(side: number, size: number, stride: number): number[] {
  return Array.from({ length: windowsPerAxis(side, size, stride) }, (_, i) => i * stride);
}

/**
 * For every window (row-major over the g×g grid) and every pixel of it
 * (row-major), the flat index of that pixel in a side×side image. Gathering an
 * image row with this index yields all its windows at once.
 * @returns Int32Array of length g²·size²
 */
export function windowPixelIndex(side: number, size: number, stride: number): Int32Array {
  const offsets = windowOffsets(side, size, stride);
  const out = new Int32Array(offsets.length * offsets.length * size * size);
  let k = 0;
  for (const top of offsets) {
    for (const left of offsets) {
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) out[k++] = (top + r) * side + left + c;
      }
    }
  }
  return out;
}

/**
 * Pastes per-window pixel values back onto the image, averaging where windows
 * overlap (pixels no window covers are 0).
 * @param values [g², size²] for one image, windows row-major over the grid
 * @returns [side²]
 */
export function stitchWindows(values: ArrayLike<number>, side: number, size: number, stride: number): Float32Array {
  const index = windowPixelIndex(side, size, stride);
  if (values.length !== index.length) throw new Error(`Expected ${index.length} window values, got ${values.length}.`);
  const sum = new Float64Array(side * side);
  const hits = new Uint16Array(side * side);
  for (let k = 0; k < index.length; k++) {
    sum[index[k]] += values[k];
    hits[index[k]] += 1;
  }
  const out = new Float32Array(side * side);
  for (let i = 0; i < out.length; i++) out[i] = hits[i] > 0 ? sum[i] / hits[i] : 0;
  return out;
}
