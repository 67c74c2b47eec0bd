import { fail } from '../problem';
import { createRng, type Rng } from '../random/rng';
import { copyCrop, type GrayImage, type PixelRect } from './gray-image';

/**
 * Regions of a texture image and random square crops from them.
 */

/** Square crops stacked row by row. */
export interface CropStack {
  /** Side of every crop in pixels. */
  size: number;
  /** Number of crops. */
  count: number;
  /** Row-major [count, size·size], values in the image's range ([0, 1]). */
  pixels: Float32Array;
}

/** A region as fractions of the image: columns [left·W, right·W), rows [top·H, bottom·H). */
export interface RegionFractions {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where each part of the protocol crops from. */
export interface ProtocolRegions {
  train: RegionFractions;
  validation: RegionFractions;
  test: RegionFractions;
}

/**
 * Train on the top 60 %; hold out the bottom 40 %, its left half for
 * validation (normal crops that choose a threshold) and its right half for
 * the test, so no test pixel is seen in training or in threshold choice.
 */
export const DEFAULT_REGIONS: ProtocolRegions = {
  train: { left: 0, top: 0, right: 1, bottom: 0.6 },
  validation: { left: 0, top: 0.6, right: 0.5, bottom: 1 },
  test: { left: 0.5, top: 0.6, right: 1, bottom: 1 },
};

/** The pixel rectangle of `fractions` in a width×height image (edges rounded down). */
export function regionRect(width: number, height: number, fractions: RegionFractions): PixelRect {
  const left = Math.floor(fractions.left * width);
  const top = Math.floor(fractions.top * height);
  return { left, top, width: Math.floor(fractions.right * width) - left, height: Math.floor(fractions.bottom * height) - top };
}

/** Throws `patch-size-range` unless a size×size crop fits in `rect`, `patch-count-invalid` unless count is an integer ≥ 0. */
export function checkCrops(rect: PixelRect, size: number, count: number): void {
  const max = Math.max(0, Math.min(rect.width, rect.height));
  if (!Number.isInteger(size) || size < 1 || size > max) fail('patch-size-range', { max, got: size });
  if (!Number.isInteger(count) || count < 0) fail('patch-count-invalid', { got: count });
}

/** Where one crop was taken: its top-left pixel and its mirrorings. */
export interface CropPlace {
  left: number;
  top: number;
  flipX: boolean;
  flipY: boolean;
}

/**
 * Draws a crop position uniformly over every size×size square inside `rect`
 * (every integer offset, so crops are shifted copies of each other), and,
 * with `flips`, a left-right and a top-bottom mirroring with probability ½
 * each. Uses 2 draws of `rng`, 4 with flips.
 */
export function drawPlace(rect: PixelRect, size: number, rng: Rng, flips: boolean): CropPlace {
  const left = rect.left + rng.int(rect.width - size + 1);
  const top = rect.top + rng.int(rect.height - size + 1);
  return { left, top, flipX: flips && rng.next() < 0.5, flipY: flips && rng.next() < 0.5 };
}

/**
 * `count` random size×size crops from `rect` of `image` ({@link drawPlace}).
 * Sequential draws: with the same rng state a smaller count gives a prefix.
 * @throws ProblemError `patch-size-range` / `patch-count-invalid`
 */
export function randomCrops(image: GrayImage, rect: PixelRect, count: number, size: number, rng: Rng, flips: boolean): CropStack {
  checkCrops(rect, size, count);
  const pixels = new Float32Array(count * size * size);
  for (let k = 0; k < count; k++) {
    const p = drawPlace(rect, size, rng, flips);
    copyCrop(image, p.left, p.top, size, pixels, k * size * size, p.flipX, p.flipY);
  }
  return { size, count, pixels };
}

/**
 * An endless source of training crops, for drawing batches on demand instead
 * of holding every crop (10,000 crops of 128² are 655 MB as float32). Each
 * call fills `out` ([count, size·size]) with the next `count` crops; the
 * sequence equals {@link randomCrops} with the same rng state.
 * @throws ProblemError `patch-size-range` if a crop does not fit `rect`
 */
export function cropSampler(image: GrayImage, rect: PixelRect, size: number, rng: Rng, flips: boolean): (out: Float32Array, count: number) => void {
  checkCrops(rect, size, 0);
  return (out, count) => {
    for (let k = 0; k < count; k++) {
      const p = drawPlace(rect, size, rng, flips);
      copyCrop(image, p.left, p.top, size, out, k * size * size, p.flipX, p.flipY);
    }
  };
}

/**
 * Where fresh training crops come from: plain data (it crosses the worker
 * boundary). `seed` starts the crop rng, so the first crops drawn equal the
 * protocol's training crops and later ones continue the same sequence.
 */
export interface CropSource {
  image: GrayImage;
  rect: PixelRect;
  seed: number;
  flips: boolean;
}

/**
 * A {@link cropSampler} over a {@link CropSource}.
 * @throws ProblemError `patch-size-range` if a crop does not fit; `no-images` if the image has fewer pixels than width×height (e.g. its buffer was transferred away), which would otherwise give NaN crops.
 */
export function sourceSampler(source: CropSource, size: number): (out: Float32Array, count: number) => void {
  const { width, height, data } = source.image;
  if (data.length < width * height) fail('no-images', {});
  return cropSampler(source.image, source.rect, size, createRng(source.seed), source.flips);
}
