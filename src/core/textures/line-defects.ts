import type { Rng } from '../random/rng';
import type { GrayImage } from './gray-image';
import { polylineBox, randomCurve, signedDistance, type Point } from './defect-shapes';

/**
 * Painters of the thin defects (scratches, the paired scratch, the thread).
 * Each reads `src`, writes changed pixels into `out` (a copy of src) and
 * marks them in `footprint`; it writes nowhere else.
 */
export type Painter = (src: GrayImage, out: Float32Array, footprint: Uint8Array, rng: Rng, scale: number) => void;

const uniform = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng.next();

/** A centre in the middle 30–70 % of the image. */
export function centre(src: GrayImage, rng: Rng): { cx: number; cy: number } {
  return { cx: src.width * uniform(rng, 0.3, 0.7), cy: src.height * uniform(rng, 0.3, 0.7) };
}

/** Calls `visit(i, d)` for every pixel whose centre is within `half` of the curve (d = signed distance). */
function alongCurve(src: GrayImage, curve: Point[], half: number, visit: (i: number, d: number) => void): void {
  const [x0, y0, x1, y1] = polylineBox(curve, half + 1, src.width, src.height);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const d = signedDistance(curve, x, y);
      if (Math.abs(d) <= half) visit(y * src.width + x, d);
    }
  }
}

function scratchCurve(src: GrayImage, rng: Rng, scale: number, bend: number, lengthRange: [number, number]): Point[] {
  const side = Math.min(src.width, src.height);
  const { cx, cy } = centre(src, rng);
  return randomCurve(cx, cy, side * scale * uniform(rng, lengthRange[0], lengthRange[1]), bend, rng);
}

/**
 * A thin, nearly straight scratch 1–2 px wide (mask = pixel centres within
 * half the width of the curve). Dark: out = 0.04 + 0.25·in; bright:
 * out = 0.76 + 0.24·in.
 */
export function scratch(brightness: -1 | 1): Painter {
  return (src, out, footprint, rng, scale) => {
    const curve = scratchCurve(src, rng, scale, 0.06, [0.45, 0.8]);
    const half = uniform(rng, 0.5, 1);
    const [base, gain] = brightness < 0 ? [0.04, 0.25] : [0.76, 0.24];
    alongCurve(src, curve, half, (i) => {
      out[i] = base + gain * src.data[i];
      footprint[i] = 1;
    });
  };
}

/**
 * A groove: a dark line (left of the curve, in·(1 − a)) beside a bright one
 * (right, in + b·(1 − in)), 1–2 px each. `b` is solved so the brightness
 * removed equals the brightness added: the mean under the mask is unchanged
 * (exactly, before float rounding), the contrast rises, the structure breaks.
 */
export const pairedScratch: Painter = (src, out, footprint, rng, scale) => {
  const curve = scratchCurve(src, rng, scale, 0.06, [0.45, 0.8]);
  const half = uniform(rng, 1, 2);
  const dark: number[] = [];
  const bright: number[] = [];
  alongCurve(src, curve, half, (i, d) => (d < 0 ? dark : bright).push(i));
  let darkSum = 0;
  let room = 0;
  for (const i of dark) darkSum += src.data[i];
  for (const i of bright) room += 1 - src.data[i];
  let a = 0.55;
  let b = room > 0 ? (a * darkSum) / room : 0;
  if (b > 1) {
    b = 1;
    a = room / darkSum;
  }
  for (const i of dark) out[i] = src.data[i] * (1 - a);
  for (const i of bright) out[i] = src.data[i] + b * (1 - src.data[i]);
  for (const i of [...dark, ...bright]) footprint[i] = 1;
};

/**
 * A loose thread: a strongly curved line 2–3 px wide, dark (0.12) or bright
 * (0.85), rounded across its width (+0.08 at its middle), with a little
 * fibre noise (σ 0.02).
 */
export const thread: Painter = (src, out, footprint, rng, scale) => {
  const curve = scratchCurve(src, rng, scale, 0.45, [0.6, 1]);
  const half = uniform(rng, 1, 1.5);
  const tone = rng.next() < 0.5 ? 0.12 : 0.85;
  alongCurve(src, curve, half, (i, d) => {
    const round = 1 - (d / half) ** 2;
    out[i] = Math.min(1, Math.max(0, tone + 0.08 * round + 0.02 * rng.normal()));
    footprint[i] = 1;
  });
};
