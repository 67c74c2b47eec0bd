import { createRng } from '../random/rng';
import { cloneImage, type GrayImage } from './gray-image';
import { contamination, fold, hole, stain } from './area-defects';
import type { DefectKind } from './defect-kinds';
import { pairedScratch, scratch, thread, type Painter } from './line-defects';

/**
 * Synthetic defects with exact pixel masks. What each kind changes is data
 * in `defect-kinds.ts`; how it is drawn is in `line-defects.ts` and
 * `area-defects.ts`.
 */

/** Settings of {@link applyDefect}. */
export interface DefectOptions {
  /** Size of the defect relative to its default (lengths and radii are fractions of the image side); default 1. */
  scale?: number;
}

/** An image with one defect and its ground truth. */
export interface DefectResult {
  /** The defected image, same size as the input, values in [0, 1]; a new array. */
  image: GrayImage;
  /**
   * Ground truth, [height·width] row-major: 1 exactly at the pixels whose
   * value differs from the input, 0 elsewhere.
   */
  mask: Uint8Array;
}

const PAINTERS: Readonly<Record<DefectKind, Painter>> = {
  'scratch-dark': scratch(-1),
  'scratch-bright': scratch(1),
  'scratch-paired': pairedScratch,
  hole,
  stain,
  thread,
  contamination,
  fold,
};

/**
 * Draws one defect of `kind` on a copy of `image`, placed, sized and shaped
 * from `seed` (the same image, kind, seed and options give the same result).
 * The defect lies around a centre in the middle 30–70 % of the image. The
 * input is not modified. Images should be at least 16×16.
 */
export function applyDefect(image: GrayImage, kind: DefectKind, seed: number, options: DefectOptions = {}): DefectResult {
  const out = cloneImage(image);
  const footprint = new Uint8Array(image.data.length);
  PAINTERS[kind](image, out.data, footprint, createRng(seed), options.scale ?? 1);
  const mask = new Uint8Array(footprint.length);
  for (let i = 0; i < mask.length; i++) mask[i] = footprint[i] && out.data[i] !== image.data[i] ? 1 : 0;
  return { image: out, mask };
}
