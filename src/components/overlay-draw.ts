/**
 * Drawing many series as thin translucent lines, and finding the series nearest
 * a click. Instead of one canvas stroke per line (about 4× slower and limited to
 * 8-bit alpha steps), every layer's lines are rasterised into a per-pixel hit
 * count and tone-mapped as if each line were a translucent stroke: 10,000 × 100
 * points take a fraction of a second. Pure functions, testable without a browser.
 */

/** One set of series drawn with the same colour and opacity; later layers are composited on top. */
export interface OverlayLayer {
  /** Row indices into the series matrix. */
  rows: ArrayLike<number>;
  /** `#RRGGBB`. */
  color: string;
  /** Opacity of one line, in (0, 1]; k lines crossing a pixel cover it with 1 − (1 − alpha)^k. */
  alpha: number;
}

/** The plot area inside the canvas, in canvas pixels, and the value range it shows. */
export interface OverlayFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  yMin: number;
  yMax: number;
}

/** Opacity of one line in a layer of `count` lines: 1/√count within [0.006, 0.7], so density shows at 10,000 lines and single lines stay visible. */
export function layerAlpha(count: number): number {
  return Math.min(0.7, Math.max(0.006, 1 / Math.sqrt(Math.max(1, count))));
}

/** Smallest and largest finite value of `x`, padded by 5 %; [−1, 1] when there are none. */
export function valueRange(x: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1];
  const pad = (hi - lo) * 0.05 || 0.5;
  return [lo - pad, hi + pad];
}

/** Canvas x of step j and canvas y of value v. */
export function project(frame: OverlayFrame, L: number, j: number, v: number): [number, number] {
  const px = frame.left + (L > 1 ? (j / (L - 1)) * frame.width : frame.width / 2);
  const py = frame.top + ((frame.yMax - v) / (frame.yMax - frame.yMin)) * frame.height;
  return [px, py];
}

/** Incremental rasteriser: lets a page draw 10,000 lines over several frames without freezing. */
export interface OverlayRasterizer {
  /** Rasterises up to `maxRows` more series; returns true once every layer is done. */
  step(maxRows: number): boolean;
  /** Non-premultiplied RGBA of the finished image (width × height × 4), transparent where nothing was drawn. */
  pixels(): Uint8ClampedArray;
}

/**
 * Rasterises the layers' series of the row-major [n, L] matrix `x` into a
 * `width` × `height` image (frame in the same pixels). Each line segment is
 * sampled about once per pixel and split between the two nearest pixel rows
 * (smooth, not jagged); layers are composited in order with "over".
 */
export function overlayRasterizer(x: ArrayLike<number>, L: number, layers: OverlayLayer[], frame: OverlayFrame, width: number, height: number): OverlayRasterizer {
  const size = width * height;
  const outA = new Float32Array(size);
  const outC = new Float32Array(size * 3);
  const hits = new Float32Array(size);
  const sx = L > 1 ? frame.width / (L - 1) : 0;
  const sy = frame.height / (frame.yMax - frame.yMin);
  let layerIndex = 0;
  let k = 0;
  const drawRow = (row: number) => {
    const off = row * L;
    let px = frame.left;
    let py = frame.top + (frame.yMax - x[off]) * sy;
    for (let j = 1; j < L; j++) {
      const qx = frame.left + j * sx;
      const qy = frame.top + (frame.yMax - x[off + j]) * sy;
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(qx - px), Math.abs(qy - py))));
      const dx = (qx - px) / steps;
      const dy = (qy - py) / steps;
      for (let s = 0; s < steps; s++) splat(hits, width, height, px + s * dx, py + s * dy);
      px = qx;
      py = qy;
    }
  };
  return {
    step(maxRows) {
      let budget = maxRows;
      while (layerIndex < layers.length && budget > 0) {
        const layer = layers[layerIndex];
        for (; k < layer.rows.length && budget > 0; k++, budget--) drawRow(layer.rows[k]);
        if (k < layer.rows.length) break;
        composite(hits, layer, outA, outC);
        hits.fill(0);
        layerIndex += 1;
        k = 0;
      }
      return layerIndex >= layers.length;
    },
    pixels() {
      const rgba = new Uint8ClampedArray(size * 4);
      for (let p = 0; p < size; p++) {
        const a = outA[p];
        if (a <= 0) continue;
        rgba[p * 4] = outC[p * 3] / a;
        rgba[p * 4 + 1] = outC[p * 3 + 1] / a;
        rgba[p * 4 + 2] = outC[p * 3 + 2] / a;
        rgba[p * 4 + 3] = a * 255;
      }
      return rgba;
    },
  };
}

/** {@link overlayRasterizer} run to completion in one go. */
export function rasterizeOverlay(x: ArrayLike<number>, L: number, layers: OverlayLayer[], frame: OverlayFrame, width: number, height: number): Uint8ClampedArray {
  const r = overlayRasterizer(x, L, layers, frame, width, height);
  while (!r.step(Infinity));
  return r.pixels();
}

/** Adds one sample at (x, y), split between the pixel rows above and below y. */
function splat(hits: Float32Array, width: number, height: number, x: number, y: number): void {
  const xi = Math.floor(x);
  if (xi < 0 || xi >= width) return;
  const y0 = Math.floor(y - 0.5);
  const f = y - 0.5 - y0;
  if (y0 >= 0 && y0 < height) hits[y0 * width + xi] += 1 - f;
  if (y0 + 1 >= 0 && y0 + 1 < height) hits[(y0 + 1) * width + xi] += f;
}

/** "Over"-composites a layer whose pixel coverage is 1 − (1 − alpha)^hits; colours are kept premultiplied in `outC`. */
function composite(hits: Float32Array, layer: OverlayLayer, outA: Float32Array, outC: Float32Array): void {
  const n = Number.parseInt(layer.color.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const logKeep = Math.log(1 - Math.min(layer.alpha, 0.999999));
  for (let p = 0; p < hits.length; p++) {
    if (hits[p] === 0) continue;
    const a = 1 - Math.exp(hits[p] * logKeep);
    const keep = 1 - a;
    outA[p] = a + outA[p] * keep;
    for (let c = 0; c < 3; c++) outC[p * 3 + c] = rgb[c] * a + outC[p * 3 + c] * keep;
  }
}

/**
 * The row among `candidates` whose value at the step nearest `px` is closest to
 * the value at `py` (canvas pixels), or null when there are no candidates or the
 * click is outside the plot area.
 */
export function nearestSeries(x: ArrayLike<number>, L: number, candidates: ArrayLike<number>, frame: OverlayFrame, px: number, py: number): number | null {
  if (candidates.length === 0) return null;
  if (px < frame.left || px > frame.left + frame.width || py < frame.top || py > frame.top + frame.height) return null;
  const j = L > 1 ? Math.round(((px - frame.left) / frame.width) * (L - 1)) : 0;
  const v = frame.yMax - ((py - frame.top) / frame.height) * (frame.yMax - frame.yMin);
  let best: number | null = null;
  let bestD = Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const row = candidates[k];
    const d = Math.abs(x[row * L + j] - v);
    if (d < bestD) (bestD = d), (best = row);
  }
  return best;
}
