import { localMean, type GrayImage } from './gray-image';

/**
 * Local mean and standard deviation over a (2·radius + 1)² window (clipped at
 * the borders), and the transfer of one image's local statistics onto
 * another's pattern: what the structure-only defects use to keep the
 * luminance and contrast that SSIM compares.
 */

/** Local mean and standard deviation maps, each [height·width]. */
export interface LocalStats {
  mean: Float32Array;
  std: Float32Array;
}

/** Local mean and (population) standard deviation of every pixel's window. */
export function localStats(image: GrayImage, radius: number): LocalStats {
  const mean = localMean(image, radius);
  const sq = new Float32Array(image.data.length);
  for (let i = 0; i < sq.length; i++) sq[i] = image.data[i] * image.data[i];
  const meanSq = localMean({ width: image.width, height: image.height, data: sq }, radius);
  const std = new Float32Array(sq.length);
  for (let i = 0; i < std.length; i++) std[i] = Math.sqrt(Math.max(0, meanSq[i] - mean[i] * mean[i]));
  return { mean, std };
}

/** Largest gain applied to a flat pattern (its local std over the target's). */
const MAX_GAIN = 4;
/** A pattern's std is treated as at least this, so a flat spot is not divided by zero. */
const MIN_STD = 1e-3;

/**
 * Writes into `out`, at every pixel where `where` is 1, the target's local
 * mean plus the pattern's deviation from its own local mean scaled to the
 * target's local standard deviation:
 * out = μₜ + (p − μₚ) · max(σₜ, minStd) / max(σₚ, 10⁻³) (gain at most 4),
 * clamped to [0, 1]. The result has the pattern's structure and, up to the
 * smoothing of the window, the target's luminance and contrast (raised to
 * `minStd` where the target is flatter than that).
 */
export function transferLocalStats(
  target: GrayImage,
  pattern: GrayImage,
  where: Uint8Array,
  radius: number,
  out: Float32Array,
  minStd = 0,
): void {
  const t = localStats(target, radius);
  const p = localStats(pattern, radius);
  for (let i = 0; i < where.length; i++) {
    if (!where[i]) continue;
    const gain = Math.min(MAX_GAIN, Math.max(minStd, t.std[i]) / Math.max(MIN_STD, p.std[i]));
    out[i] = Math.min(1, Math.max(0, t.mean[i] + (pattern.data[i] - p.mean[i]) * gain));
  }
}

/**
 * Shifts `out` at the pixels where `where` is 1 so their mean equals the
 * target's there (clamping to [0, 1] can move it): three rounds of shift and
 * clamp, which leaves a difference well under one grey level unless the
 * region is nearly all black or white.
 */
export function matchRegionMean(target: GrayImage, out: Float32Array, where: Uint8Array): void {
  for (let round = 0; round < 3; round++) {
    let diff = 0;
    let n = 0;
    for (let i = 0; i < where.length; i++) {
      if (!where[i]) continue;
      diff += out[i] - target.data[i];
      n++;
    }
    const shift = n > 0 ? diff / n : 0;
    if (Math.abs(shift) < 1e-4) return;
    for (let i = 0; i < where.length; i++) if (where[i]) out[i] = Math.min(1, Math.max(0, out[i] - shift));
  }
}
