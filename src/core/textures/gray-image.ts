/**
 * The grayscale image every texture function takes and returns, and the small
 * pixel operations they share (make, copy, bytes in and out, crop, flip,
 * local mean). Plain TypeScript, no tfjs.
 */

/**
 * A grayscale image: `data` is row-major [height·width], pixel (x, y) at
 * `data[y·width + x]`, values in [0, 1] (0 = black). Functions here never
 * mutate their inputs.
 */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

/** A width×height image filled with `value` (default 0). */
export function grayImage(width: number, height: number, value = 0): GrayImage {
  return { width, height, data: new Float32Array(width * height).fill(value) };
}

/** A copy that owns its pixels. */
export function cloneImage(image: GrayImage): GrayImage {
  return { width: image.width, height: image.height, data: image.data.slice() };
}

/** Pixels 0..255 (row-major [height·width]) scaled to [0, 1] by 1/255. */
export function imageFromBytes(bytes: Uint8Array, width: number, height: number): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = bytes[i] / 255;
  return { width, height, data };
}

/** Pixels rounded to 0..255 (values outside [0, 1] are clamped). */
export function imageToBytes(image: GrayImage): Uint8Array {
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.round(Math.min(1, Math.max(0, image.data[i])) * 255);
  return out;
}

/** A rectangle of pixels: columns [left, left + width), rows [top, top + height). */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Copies the size×size square at (left, top) into `out` at `offset`,
 * mirrored left-right (`flipX`) and/or top-bottom (`flipY`). The square must
 * lie inside the image (not checked: callers draw positions inside it).
 */
export function copyCrop(
  image: GrayImage,
  left: number,
  top: number,
  size: number,
  out: Float32Array,
  offset = 0,
  flipX = false,
  flipY = false,
): void {
  const { data, width } = image;
  for (let r = 0; r < size; r++) {
    const from = (top + (flipY ? size - 1 - r : r)) * width + left;
    const to = offset + r * size;
    out.set(data.subarray(from, from + size), to);
    if (flipX) out.subarray(to, to + size).reverse();
  }
}

/** The size×size square at (left, top) as its own image. */
export function cropImage(image: GrayImage, left: number, top: number, size: number): GrayImage {
  const data = new Float32Array(size * size);
  copyCrop(image, left, top, size, data);
  return { width: size, height: size, data };
}

/**
 * Mean over a (2·radius + 1)² window around every pixel, the window clipped
 * at the borders (the mean of the pixels inside). Summed-area table, O(n).
 * @returns [height·width] row-major
 */
export function localMean(image: GrayImage, radius: number): Float32Array {
  const { width: w, height: h, data } = image;
  const sat = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x];
      sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1] + row;
    }
  }
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(h, y + radius + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(w, x + radius + 1);
      const sum = sat[y1 * (w + 1) + x1] - sat[y0 * (w + 1) + x1] - sat[y1 * (w + 1) + x0] + sat[y0 * (w + 1) + x0];
      out[y * w + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/**
 * Bilinear sample at (x, y) in pixel coordinates (pixel centres at integers),
 * coordinates clamped to the image. The image must be at least 2×2.
 */
export function sampleBilinear(image: GrayImage, x: number, y: number): number {
  const { width: w, height: h, data } = image;
  const cx = Math.min(w - 1, Math.max(0, x));
  const cy = Math.min(h - 1, Math.max(0, y));
  const x0 = Math.min(w - 2, Math.floor(cx));
  const y0 = Math.min(h - 2, Math.floor(cy));
  const fx = cx - x0;
  const fy = cy - y0;
  const i = y0 * w + x0;
  const top = data[i] + (data[i + 1] - data[i]) * fx;
  const bottom = data[i + w] + (data[i + w + 1] - data[i + w]) * fx;
  return top + (bottom - top) * fy;
}
