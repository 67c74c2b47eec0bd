export type Colormap = 'gray' | 'heat';

/**
 * Inferno (matplotlib) sampled at 9 evenly spaced stops, first stop pinned to
 * pure black so that "no difference" is black. Interpolated into a 256 LUT.
 */
const HEAT_STOPS: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [27, 12, 65],
  [74, 12, 107],
  [120, 28, 109],
  [165, 44, 96],
  [207, 68, 70],
  [237, 105, 37],
  [251, 155, 6],
  [252, 255, 164],
];

function buildLut(stops: ReadonlyArray<readonly [number, number, number]>): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 3);
  const segments = stops.length - 1;
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * segments;
    const k = Math.min(segments - 1, Math.floor(t));
    const f = t - k;
    for (let c = 0; c < 3; c++) lut[i * 3 + c] = Math.round(stops[k][c] + (stops[k + 1][c] - stops[k][c]) * f);
  }
  return lut;
}

const HEAT_LUT = buildLut(HEAT_STOPS);

/** LUT index (0..255) of a pixel value scaled by 1/vmax and clamped; NaN → 0. */
function level(value: number, scale: number): number {
  const v = value * scale;
  if (!(v > 0)) return 0;
  if (v >= 1) return 255;
  return Math.round(v * 255);
}

/**
 * Pixels (values in [0, vmax], row-major) → RGBA bytes for `ImageData`.
 * 'gray': v → (v,v,v); 'heat': inferno-like, 0 → black, vmax → pale yellow.
 */
export function toRgba(pixels: ArrayLike<number>, colormap: Colormap, vmax = 1): Uint8ClampedArray {
  const n = pixels.length;
  const out = new Uint8ClampedArray(n * 4);
  const scale = vmax > 0 && Number.isFinite(vmax) ? 1 / vmax : 1;
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    const l = level(pixels[i], scale);
    if (colormap === 'heat') {
      out[o] = HEAT_LUT[l * 3];
      out[o + 1] = HEAT_LUT[l * 3 + 1];
      out[o + 2] = HEAT_LUT[l * 3 + 2];
    } else {
      out[o] = l;
      out[o + 1] = l;
      out[o + 2] = l;
    }
    out[o + 3] = 255;
  }
  return out;
}

/** CSS gradient matching `colormap`, for legends / colour bars. */
export function colormapGradient(colormap: Colormap): string {
  if (colormap === 'gray') return 'linear-gradient(to right, #000, #fff)';
  const stops = HEAT_STOPS.map(([r, g, b], i) => `rgb(${r} ${g} ${b}) ${((i / (HEAT_STOPS.length - 1)) * 100).toFixed(1)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
