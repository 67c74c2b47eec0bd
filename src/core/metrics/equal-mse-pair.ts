/**
 * Two distortions of one image with the same mean squared error (the same L2
 * error), for showing what SSIM sees and L2 does not: one shifts the
 * brightness and keeps every edge; the other keeps the local mean and changes
 * the pattern (a blur, or pixels shuffled inside small blocks). Plain
 * TypeScript, no tensors.
 */
import { smoothMap } from '../inspection/smooth-map';
import { createRng } from '../random/rng';

/** How the second image breaks the structure. */
export type StructureDistortion = 'blur' | 'scramble';

/** Settings of {@link equalMsePair}; every field has a default. */
export interface EqualMsePairOptions {
  /** The second distortion (default 'blur'). */
  kind?: StructureDistortion;
  /** Largest brightness shift tried, in [0, 1] units (default 0.1): the pair's MSE is at most its square. */
  maxShift?: number;
  /** σ of the Gaussian blur in pixels (default 1.5, cut at 4σ). */
  blurSigma?: number;
  /** Side of the blocks whose pixels are shuffled (default 4). */
  block?: number;
  /** Random seed of the shuffle (default 0). */
  seed?: number;
}

/** The pair and how it was made. Arrays are new, [height·width] row-major, owned by the caller. */
export interface EqualMsePair {
  /** The image plus a constant `shift`, clipped to [0, 1]. */
  shifted: Float32Array;
  /** The image moved a fraction `strength` of the way to its fully blurred or shuffled version. */
  structural: Float32Array;
  /** Brightness shift added (negative = darker: chosen when the image's mean is above 0.5, so less is clipped). */
  shift: number;
  /** Fraction in (0, 1] of the full structural distortion. */
  strength: number;
  /** MSE of each image against the original, computed on the float32 pixels returned. */
  mse: { shifted: number; structural: number };
}

/** Mean squared difference of two equal-length arrays. */
export function meanSquaredError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) throw new Error('mse-size');
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s / a.length;
}

/** The image with its pixels shuffled inside each block×block tile (partial tiles at the edges too): every tile keeps its mean and spread. */
export function scrambleBlocks(image: ArrayLike<number>, width: number, height: number, block: number, seed: number): Float32Array {
  if (!Number.isInteger(block) || block < 1) throw new Error('block-invalid');
  const rng = createRng(seed);
  const out = Float32Array.from(image);
  for (let top = 0; top < height; top += block) {
    for (let left = 0; left < width; left += block) {
      const idx: number[] = [];
      for (let y = top; y < Math.min(height, top + block); y++) for (let x = left; x < Math.min(width, left + block); x++) idx.push(y * width + x);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = out[idx[i]];
        out[idx[i]] = out[idx[j]];
        out[idx[j]] = t;
      }
    }
  }
  return out;
}

function shiftedImage(image: ArrayLike<number>, shift: number): Float32Array {
  return Float32Array.from(image, (v) => Math.min(1, Math.max(0, v + shift)));
}

/**
 * Two distortions of `image` (values in [0, 1]) whose MSE against it is the
 * same: the target MSE is the smaller of `maxShift`² (less what clipping
 * removes) and the full structural distortion's MSE; the structural image is
 * scaled to it exactly (its MSE grows with the square of its strength) and the
 * shift is found by bisection to the structural image's float32 MSE, so the
 * two agree to the rounding of float32 pixels (≤ 1e-7, in practice ~1e-8).
 * Throws 'image-flat' when the image has no structure to break.
 */
export function equalMsePair(image: ArrayLike<number>, width: number, height: number, options: EqualMsePairOptions = {}): EqualMsePair {
  if (!(width >= 1 && height >= 1) || image.length !== width * height) throw new Error('mse-size');
  const kind = options.kind ?? 'blur';
  const maxShift = options.maxShift ?? 0.1;
  if (!(maxShift > 0 && maxShift <= 1)) throw new Error('shift-invalid');
  const full =
    kind === 'blur'
      ? Float32Array.from(smoothMap(image, width, height, { kind: 'gaussian', sigma: options.blurSigma ?? 1.5 }))
      : scrambleBlocks(image, width, height, options.block ?? 4, options.seed ?? 0);
  const fullMse = meanSquaredError(full, image);
  if (!(fullMse > 1e-12)) throw new Error('image-flat');
  let mean = 0;
  for (let i = 0; i < image.length; i++) mean += image[i];
  const sign = mean / image.length > 0.5 ? -1 : 1;
  const shiftMse = (d: number) => meanSquaredError(shiftedImage(image, sign * d), image);
  const target = Math.min(shiftMse(maxShift), fullMse);
  const strength = Math.min(1, Math.sqrt(target / fullMse));
  const structural = Float32Array.from(image, (v, i) => v + strength * (full[i] - v));
  const reached = meanSquaredError(structural, image);
  let lo = 0;
  let hi = maxShift;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (shiftMse(mid) < reached) lo = mid;
    else hi = mid;
  }
  const shift = sign * ((lo + hi) / 2);
  const shifted = shiftedImage(image, shift);
  return { shifted, structural, shift, strength, mse: { shifted: meanSquaredError(shifted, image), structural: meanSquaredError(structural, image) } };
}
