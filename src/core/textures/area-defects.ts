import type { Rng } from '../random/rng';
import { sampleBilinear, type GrayImage } from './gray-image';
import { blobRadius, blobReach, randomBlob, type Blob } from './defect-shapes';
import { centre, type Painter } from './line-defects';
import { localStats, matchRegionMean, transferLocalStats } from './local-stats';

/**
 * Painters of the area defects (hole, stain, contamination, fold); same
 * contract as the line painters: write into `out` and mark `footprint`, only
 * there.
 */

/** Window radius whose mean and contrast the structure-only kinds keep (7×7, SSIM's default window). */
export const KEPT_STATS_RADIUS = 3;

const uniform = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng.next();
const smoothstep = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/** Calls `visit(i, x, y, ρ)` for every pixel inside the blob (ρ = blobRadius < 1). */
function insideBlob(src: GrayImage, blob: Blob, visit: (i: number, x: number, y: number, rho: number) => void): void {
  const reach = blobReach(blob) + 1;
  const x0 = Math.max(0, Math.floor(blob.cx - reach));
  const x1 = Math.min(src.width, Math.ceil(blob.cx + reach) + 1);
  const y0 = Math.max(0, Math.floor(blob.cy - reach));
  const y1 = Math.min(src.height, Math.ceil(blob.cy + reach) + 1);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const rho = blobRadius(blob, x, y);
      if (rho < 1) visit(y * src.width + x, x, y, rho);
    }
  }
}

/** Candidate centres drawn for the structure-only kinds; the one with the most detail is used. */
const CANDIDATES = 6;

/**
 * Of {@link CANDIDATES} random centres, the one whose neighbourhood (a
 * square of half-side `reach`) has the largest mean local standard deviation
 * (7×7): a structure-only defect on a flat spot would change next to nothing.
 */
function detailedCentre(src: GrayImage, rng: Rng, reach: number): { cx: number; cy: number } {
  const { std } = localStats(src, KEPT_STATS_RADIUS);
  let best = centre(src, rng);
  let bestDetail = -1;
  for (let c = 0; c < CANDIDATES; c++) {
    const at = c === 0 ? best : centre(src, rng);
    let sum = 0;
    let n = 0;
    const r = Math.max(1, Math.round(reach));
    for (let y = Math.max(0, Math.round(at.cy) - r); y <= Math.min(src.height - 1, Math.round(at.cy) + r); y++) {
      for (let x = Math.max(0, Math.round(at.cx) - r); x <= Math.min(src.width - 1, Math.round(at.cx) + r); x++) {
        sum += std[y * src.width + x];
        n++;
      }
    }
    if (sum / n > bestDetail) {
      bestDetail = sum / n;
      best = at;
    }
  }
  return best;
}

function blobOf(src: GrayImage, rng: Rng, scale: number, lo: number, hi: number, seekDetail = false): Blob {
  const side = Math.min(src.width, src.height);
  const { cx, cy } = seekDetail ? detailedCentre(src, rng, side * scale * hi) : centre(src, rng);
  const radius = Math.max(2, side * scale * uniform(rng, lo, hi));
  return randomBlob(cx, cy, radius, rng);
}

/**
 * A hole: the blob (mean radius 8–15 % of the side) becomes a dark floor
 * (0.04–0.12) lit a little from the top left (±0.04), with noise σ 0.015.
 */
export const hole: Painter = (src, out, footprint, rng, scale) => {
  const blob = blobOf(src, rng, scale, 0.08, 0.15);
  const floor = uniform(rng, 0.04, 0.12);
  insideBlob(src, blob, (i, x, y) => {
    const light = -0.04 * ((x - blob.cx + y - blob.cy) / (2 * blob.radius));
    out[i] = Math.min(1, Math.max(0, floor + light + 0.015 * rng.normal()));
    footprint[i] = 1;
  });
};

/** The stain's strength at its outline, as a fraction of its full strength. */
const STAIN_EDGE = 0.15;

/**
 * A stain: a brightness offset of 0.15–0.25 over the blob (mean radius
 * 16–28 % of the side), full at the centre and easing (smoothstep over the
 * whole radius) to 15 % at the outline: out = clamp(in ± A·p(ρ)). It darkens
 * or brightens, whichever clips fewer pixels. It is nearly constant over a
 * 7×7 window, so SSIM's contrast and structure terms barely move on a
 * textured surface; on a flat one its slope is itself a faint structure.
 */
export const stain: Painter = (src, out, footprint, rng, scale) => {
  const blob = blobOf(src, rng, scale, 0.16, 0.28);
  const amplitude = uniform(rng, 0.15, 0.25);
  const profile = new Map<number, number>();
  let clipDark = 0;
  let clipBright = 0;
  insideBlob(src, blob, (i, _x, _y, rho) => {
    const p = amplitude * (STAIN_EDGE + (1 - STAIN_EDGE) * smoothstep(1 - rho));
    profile.set(i, p);
    if (src.data[i] - p < 0) clipDark++;
    if (src.data[i] + p > 1) clipBright++;
  });
  const sign = clipDark < clipBright ? -1 : 1;
  for (const [i, p] of profile) {
    out[i] = Math.min(1, Math.max(0, src.data[i] + sign * p));
    footprint[i] = 1;
  }
};

/** Contamination's smallest local standard deviation: on a flat spot it still shows (±5 grey levels). */
const CONTAMINATION_MIN_STD = 0.02;

/**
 * Contamination: the blob (mean radius 10–18 % of the side, at the most
 * detailed of six candidate places) shows a foreign
 * pattern (stripes of period 3–5 px at a random angle plus uniform speckle)
 * carrying the original's local mean and contrast (`transferLocalStats`,
 * 7×7; the contrast at least 0.02, so it does not vanish on a flat spot);
 * the mean over the blob is then matched exactly (`matchRegionMean`).
 */
export const contamination: Painter = (src, out, footprint, rng, scale) => {
  const blob = blobOf(src, rng, scale, 0.1, 0.18, true);
  const period = uniform(rng, 3, 5);
  const angle = Math.PI * rng.next();
  const kx = (2 * Math.PI * Math.cos(angle)) / period;
  const ky = (2 * Math.PI * Math.sin(angle)) / period;
  const pattern = new Float32Array(src.data.length);
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) pattern[y * src.width + x] = Math.sin(kx * x + ky * y) + (rng.next() - 0.5);
  }
  insideBlob(src, blob, (i) => (footprint[i] = 1));
  transferLocalStats(src, { width: src.width, height: src.height, data: pattern }, footprint, KEPT_STATS_RADIUS, out, CONTAMINATION_MIN_STD);
  matchRegionMean(src, out, footprint);
};

/** The fold's footprint: where its bump (1 at the centre, 0 at the band's edge) is at least this. */
const MIN_BUMP = 0.1;

/**
 * A fold: a band along a segment (at the most detailed of six candidate
 * centres; half-length 25–40 % of the side, half-width 10–14 %, at least
 * 3 px) is pinched: across the band the texture is squeezed towards its
 * middle line (displacement A·(t/W)·(1 − (t/W)²)², A = 75–95 % of the
 * half-width W, slope < 1 so the map stays one-to-one) and sheared along it
 * by up to 50 % of W, fading to 0 at the ends (the footprint is where the
 * bump across · along ≥ 0.1); it is sampled bilinearly, then
 * its local mean and contrast are reset to the original's
 * (`transferLocalStats`, 7×7; `matchRegionMean`), so only the structure
 * changes.
 */
export const fold: Painter = (src, out, footprint, rng, scale) => {
  const side = Math.min(src.width, src.height);
  const { cx, cy } = detailedCentre(src, rng, side * scale * 0.2);
  const angle = Math.PI * rng.next();
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const halfLength = side * scale * uniform(rng, 0.25, 0.4);
  const halfWidth = Math.max(3, side * scale * uniform(rng, 0.1, 0.14));
  const pinch = halfWidth * uniform(rng, 0.75, 0.95);
  const shear = halfWidth * 0.5 * (2 * rng.next() - 1);
  const warped = src.data.slice();
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      const s = (x - cx) * ux + (y - cy) * uy;
      const t = -(x - cx) * uy + (y - cy) * ux;
      if (Math.abs(s) >= halfLength || Math.abs(t) >= halfWidth) continue;
      const along = (1 - (s / halfLength) ** 2) ** 2;
      const across = (1 - (t / halfWidth) ** 2) ** 2;
      if (across * along < MIN_BUMP) continue;
      const dn = pinch * (t / halfWidth) * across * along;
      const du = shear * across * along;
      const i = y * src.width + x;
      warped[i] = sampleBilinear(src, x + dn * -uy + du * ux, y + dn * ux + du * uy);
      footprint[i] = 1;
    }
  }
  transferLocalStats(src, { width: src.width, height: src.height, data: warped }, footprint, KEPT_STATS_RADIUS, out);
  matchRegionMean(src, out, footprint);
};
