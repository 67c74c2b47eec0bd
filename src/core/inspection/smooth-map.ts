/**
 * Box and Gaussian smoothing of anomaly maps, equal to scipy.ndimage's
 * `uniform_filter(size)` and `gaussian_filter(sigma, truncate)` with their
 * default 'reflect' borders (… c b a | a b c … x y z | z y x …).
 */

/** How to smooth a map before taking its maximum as the image score. */
export type Smoothing =
  | { kind: 'none' }
  /** Mean over a size×size window (integer ≥ 1; an even size reaches one pixel further up/left, as scipy). */
  | { kind: 'box'; size: number }
  /** Gaussian of standard deviation `sigma` > 0 pixels, cut at radius round(truncate·sigma) (default truncate 4). */
  | { kind: 'gaussian'; sigma: number; truncate?: number };

/** Index into [0, n) of position i under scipy's 'reflect' extension (period 2n). */
function reflect(i: number, n: number): number {
  const period = 2 * n;
  const m = ((i % period) + period) % period;
  return m < n ? m : period - 1 - m;
}

/** The 1-D weights and the offset of the first one, as scipy builds them. */
export function smoothingKernel(smoothing: Smoothing): { weights: Float64Array; first: number } {
  if (smoothing.kind === 'none') return { weights: Float64Array.of(1), first: 0 };
  if (smoothing.kind === 'box') {
    const size = smoothing.size;
    if (!Number.isInteger(size) || size < 1) throw new Error('box-size-invalid');
    return { weights: new Float64Array(size).fill(1 / size), first: -Math.floor(size / 2) };
  }
  const { sigma, truncate = 4 } = smoothing;
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error('sigma-invalid');
  if (!(truncate > 0) || !Number.isFinite(truncate)) throw new Error('truncate-invalid');
  const radius = Math.floor(truncate * sigma + 0.5);
  const weights = new Float64Array(2 * radius + 1);
  let sum = 0;
  for (let k = -radius; k <= radius; k++) {
    const w = Math.exp((-0.5 * k * k) / (sigma * sigma));
    weights[k + radius] = w;
    sum += w;
  }
  for (let k = 0; k < weights.length; k++) weights[k] /= sum;
  return { weights, first: -radius };
}

/**
 * `map` smoothed along both axes (down the columns, then along the rows, as
 * scipy goes axis by axis), with reflected borders. O(pixels · kernel length).
 *
 * @param map [height·width] row-major; not modified
 * @returns a new [height·width] Float64Array owned by the caller
 */
export function smoothMap(map: ArrayLike<number>, width: number, height: number, smoothing: Smoothing): Float64Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error('image-size-invalid');
  if (map.length !== width * height) throw new Error('map-size-mismatch');
  const { weights, first } = smoothingKernel(smoothing);
  const out = Float64Array.from(map);
  if (smoothing.kind === 'none') return out;
  const k = weights.length;
  const colIndex = Int32Array.from({ length: height * k }, (_, j) => reflect(Math.floor(j / k) + first + (j % k), height));
  const rowIndex = Int32Array.from({ length: width * k }, (_, j) => reflect(Math.floor(j / k) + first + (j % k), width));
  const tmp = new Float64Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += weights[t] * out[colIndex[y * k + t] * width + x];
      tmp[y * width + x] = s;
    }
  }
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += weights[t] * tmp[row + rowIndex[x * k + t]];
      out[row + x] = s;
    }
  }
  return out;
}
