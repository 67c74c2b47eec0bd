/**
 * Structural similarity (SSIM, Wang et al. 2004) of two grayscale images,
 * computed exactly as scikit-image's `structural_similarity` (0.19) does:
 * local statistics from a uniform window (default 7) or a Gaussian window
 * (σ = 1.5, truncated at 3.5σ: 11 taps), filtered with scipy's
 * mode='reflect' at the borders (d c b a | a b c d), an optional sample
 * covariance correction N/(N − 1), and the mean taken over the map cropped
 * by (win − 1)/2 on every side. Plain TypeScript, float64 arithmetic.
 */

/** Settings of an SSIM computation; every field has scikit-image's default. */
export interface SsimOptions {
  /** Side of the uniform window, odd (default 7). With `gaussian` the window follows from σ. */
  winSize?: number;
  /** A Gaussian window instead of a uniform one (default false). */
  gaussian?: boolean;
  /** σ of the Gaussian window (default 1.5). */
  sigma?: number;
  /** Scale (co)variances by N/(N − 1), N = win² (default true, as scikit-image). */
  sampleCovariance?: boolean;
  /** Range of the pixel values (default 1). */
  dataRange?: number;
  /** Default 0.01. */
  k1?: number;
  /** Default 0.03. */
  k2?: number;
}

/** SSIM of a pair: the cropped mean and the full map. */
export interface SsimResult {
  /** Mean of `map` without a (win − 1)/2 border, in [−1, 1]. */
  mean: number;
  /** SSIM per pixel, [height·width] row-major. */
  map: Float32Array;
}

/**
 * SSIM with its three terms per pixel (C3 = C2/2, so luminance · contrast ·
 * structure = SSIM): l = (2μxμy + C1)/(μx² + μy² + C1),
 * c = (2σxσy + C2)/(σx² + σy² + C2), s = (σxy + C3)/(σxσy + C3).
 */
export interface SsimComponents extends SsimResult {
  luminance: Float32Array;
  contrast: Float32Array;
  structure: Float32Array;
}

/** What is wrong with an SSIM request, as a code and its values. */
export type SsimProblem =
  | { code: 'ssim-size'; values: { expected: number; a: number; b: number } }
  | { code: 'ssim-window'; values: { winSize: number } }
  | { code: 'ssim-window-too-large'; values: { winSize: number; height: number; width: number } }
  | { code: 'ssim-parameter'; values: { name: string; value: number } };

/** The resolved window: its side (used for the crop and N) and its 1-D weights. */
export interface SsimWindow {
  winSize: number;
  weights: Float64Array;
}

/** The window `options` describe: uniform 1/win taps, or scipy's normalised Gaussian of radius ⌊3.5σ + 0.5⌋. */
export function ssimWindow(options: SsimOptions = {}): SsimWindow {
  if (options.gaussian) {
    const sigma = options.sigma ?? 1.5;
    const r = Math.floor(3.5 * sigma + 0.5);
    const weights = new Float64Array(2 * r + 1);
    let sum = 0;
    for (let i = -r; i <= r; i++) {
      weights[i + r] = Math.exp((-0.5 / (sigma * sigma)) * i * i);
      sum += weights[i + r];
    }
    for (let i = 0; i < weights.length; i++) weights[i] /= sum;
    return { winSize: 2 * r + 1, weights };
  }
  const winSize = options.winSize ?? 7;
  return { winSize, weights: new Float64Array(winSize).fill(1 / winSize) };
}

/** The first problem with this request, or null. */
export function ssimProblem(a: ArrayLike<number>, b: ArrayLike<number>, height: number, width: number, options: SsimOptions = {}): SsimProblem | null {
  const expected = height * width;
  if (!(Number.isInteger(height) && Number.isInteger(width) && height > 0 && width > 0) || a.length !== expected || b.length !== expected) {
    return { code: 'ssim-size', values: { expected, a: a.length, b: b.length } };
  }
  for (const [name, value] of [['sigma', options.sigma], ['dataRange', options.dataRange], ['k1', options.k1], ['k2', options.k2]] as const) {
    if (value !== undefined && !(value > 0)) return { code: 'ssim-parameter', values: { name, value } };
  }
  const { winSize } = ssimWindow(options);
  if (!Number.isInteger(winSize) || winSize < 1 || winSize % 2 === 0) return { code: 'ssim-window', values: { winSize } };
  if (winSize > height || winSize > width) return { code: 'ssim-window-too-large', values: { winSize, height, width } };
  return null;
}

/**
 * SSIM of images `a` and `b` ([height·width] row-major, values in
 * [0, dataRange]); throws an Error whose message is an {@link SsimProblem} code.
 */
export function ssim(a: ArrayLike<number>, b: ArrayLike<number>, height: number, width: number, options: SsimOptions = {}): SsimResult {
  const { mean, map } = compute(a, b, height, width, options, false);
  return { mean, map };
}

/** {@link ssim} plus its luminance, contrast and structure maps. */
export function ssimComponents(a: ArrayLike<number>, b: ArrayLike<number>, height: number, width: number, options: SsimOptions = {}): SsimComponents {
  return compute(a, b, height, width, options, true) as SsimComponents;
}

function compute(a: ArrayLike<number>, b: ArrayLike<number>, h: number, w: number, options: SsimOptions, components: boolean): SsimResult & Partial<SsimComponents> {
  const problem = ssimProblem(a, b, h, w, options);
  if (problem) throw new Error(problem.code);
  const win = ssimWindow(options);
  const n = h * w;
  const prod = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const filt = (x: Float64Array) => filter2d(x, h, w, win.weights);
  const ux = filt(prod((i) => a[i]));
  const uy = filt(prod((i) => b[i]));
  const uxx = filt(prod((i) => a[i] * a[i]));
  const uyy = filt(prod((i) => b[i] * b[i]));
  const uxy = filt(prod((i) => a[i] * b[i]));
  const np = win.winSize * win.winSize;
  const covNorm = (options.sampleCovariance ?? true) ? np / (np - 1) : 1;
  const range = options.dataRange ?? 1;
  const c1 = ((options.k1 ?? 0.01) * range) ** 2;
  const c2 = ((options.k2 ?? 0.03) * range) ** 2;
  const c3 = c2 / 2;
  const map = new Float32Array(n);
  const lum = components ? new Float32Array(n) : null;
  const con = components ? new Float32Array(n) : null;
  const str = components ? new Float32Array(n) : null;
  const pad = (win.winSize - 1) / 2;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const vx = covNorm * (uxx[i] - ux[i] * ux[i]);
    const vy = covNorm * (uyy[i] - uy[i] * uy[i]);
    const vxy = covNorm * (uxy[i] - ux[i] * uy[i]);
    const a1 = 2 * ux[i] * uy[i] + c1;
    const a2 = 2 * vxy + c2;
    const b1 = ux[i] * ux[i] + uy[i] * uy[i] + c1;
    const b2 = vx + vy + c2;
    const s = (a1 * a2) / (b1 * b2);
    map[i] = s;
    const row = Math.floor(i / w);
    const col = i - row * w;
    if (row >= pad && row < h - pad && col >= pad && col < w - pad) sum += s;
    if (lum && con && str) {
      // Rounding can make a variance a hair below zero; σ is its clamped root.
      const sxsy = Math.sqrt(Math.max(vx, 0)) * Math.sqrt(Math.max(vy, 0));
      lum[i] = a1 / b1;
      con[i] = (2 * sxsy + c2) / b2;
      str[i] = (vxy + c3) / (sxsy + c3);
    }
  }
  const mean = sum / ((h - 2 * pad) * (w - 2 * pad));
  return lum && con && str ? { mean, map, luminance: lum, contrast: con, structure: str } : { mean, map };
}

/** Index into [0, n) under scipy.ndimage's mode='reflect' (the edge pixel repeats). */
function reflect(i: number, n: number): number {
  const period = 2 * n;
  let j = i % period;
  if (j < 0) j += period;
  return j < n ? j : period - 1 - j;
}

/** Separable correlation with `weights` (odd length, centred) along rows, then columns. */
function filter2d(x: Float64Array, h: number, w: number, weights: Float64Array): Float64Array {
  const r = (weights.length - 1) / 2;
  const tmp = new Float64Array(h * w);
  const out = new Float64Array(h * w);
  for (let col = 0; col < w; col++) {
    for (let row = 0; row < h; row++) {
      let acc = 0;
      for (let k = -r; k <= r; k++) acc += weights[k + r] * x[reflect(row + k, h) * w + col];
      tmp[row * w + col] = acc;
    }
  }
  for (let row = 0; row < h; row++) {
    const base = row * w;
    for (let col = 0; col < w; col++) {
      let acc = 0;
      for (let k = -r; k <= r; k++) acc += weights[k + r] * tmp[base + reflect(col + k, w)];
      out[base + col] = acc;
    }
  }
  return out;
}
