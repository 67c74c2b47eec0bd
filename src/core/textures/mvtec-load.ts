import type { GrayImage } from './gray-image';
import type { MvtecLayout } from './mvtec-layout';
import { decodeGrayPng, type PngReadProblem } from './png-gray';
import { resizeArea } from './resize-area';

/**
 * Decodes a parsed MVTec AD category (`parseMvtecLayout`) into the lesson's
 * input size: grayscale, area-resized to size×size, masks binarised. The
 * files are read through `read`, so the same code serves a folder picked in
 * the page (File objects) and a directory in Node (`scripts/eval/mvtec-dir.ts`).
 */

/** A category's images at the lesson's input size. */
export interface MvtecImages {
  /** Side of every image in pixels. */
  size: number;
  /** Training images, row-major [train.length, size·size], values in [0, 1]. */
  train: Float32Array;
  /** Test images, row-major [test.length, size·size], values in [0, 1]. */
  test: Float32Array;
  /** Ground truth, row-major [test.length, size·size]: 1 = defect (all 0 for good images). */
  masks: Uint8Array;
  /** [test.length]: 1 for a defective image, 0 for a good one. */
  labels: Uint8Array;
  /** [test.length]: the defect folder of each test image ('good' for normal ones). */
  defects: string[];
  /** The paths, as given in the layout, in the order of the rows above. */
  names: { train: string[]; test: string[] };
}

/** Why a file could not be used, naming it as given in the layout. */
export type MvtecLoadProblem =
  | { code: 'mvtec-unreadable'; values: { file: string; reason: PngReadProblem | 'read-failed' } }
  | { code: 'mvtec-mask-size'; values: { file: string; image: string; width: number; height: number; imageWidth: number; imageHeight: number } };

/** The images, or every problem found. */
export type MvtecLoadResult = { ok: true; images: MvtecImages } | { ok: false; problems: MvtecLoadProblem[] };

/** Settings of {@link loadMvtecCategory}. */
export interface MvtecLoadOptions {
  /** Called after each file with the files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stops between files; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A mask pixel counts as defect when at least half of its area was (after binarising the full-size mask at 0.5). */
export const MASK_COVERAGE = 0.5;

/**
 * Reads, decodes and resizes every image of `layout`, one file at a time.
 * Colour images become luma (`decodeGrayPng`); every image is area-resized to
 * size×size (a non-square image is stretched). Masks are binarised at 0.5,
 * area-resized, and a pixel is defect where its coverage ≥ {@link MASK_COVERAGE}.
 * A mask whose size differs from its image's is a problem. Every file is
 * tried, so all unreadable files are reported at once.
 */
export async function loadMvtecCategory(
  layout: MvtecLayout,
  read: (path: string) => Promise<Uint8Array>,
  size: number,
  options: MvtecLoadOptions = {},
): Promise<MvtecLoadResult> {
  const area = size * size;
  const problems: MvtecLoadProblem[] = [];
  const total = layout.train.length + layout.test.length + layout.test.filter((t) => t.mask !== null).length;
  let done = 0;
  const open = async (file: string): Promise<GrayImage | null> => {
    options.signal?.throwIfAborted();
    let bytes: Uint8Array;
    try {
      bytes = await read(file);
    } catch {
      problems.push({ code: 'mvtec-unreadable', values: { file, reason: 'read-failed' } });
      return null;
    } finally {
      options.onProgress?.(++done, total);
    }
    const decoded = decodeGrayPng(bytes);
    if (decoded.ok) return decoded.image;
    problems.push({ code: 'mvtec-unreadable', values: { file, reason: decoded.reason } });
    return null;
  };

  const train = new Float32Array(layout.train.length * area);
  for (const [k, file] of layout.train.entries()) {
    const image = await open(file);
    if (image) train.set(resizeArea(image, size, size).data, k * area);
  }
  const test = new Float32Array(layout.test.length * area);
  const masks = new Uint8Array(layout.test.length * area);
  const labels = new Uint8Array(layout.test.length);
  for (const [k, entry] of layout.test.entries()) {
    const image = await open(entry.path);
    if (image) test.set(resizeArea(image, size, size).data, k * area);
    if (entry.mask === null) continue;
    labels[k] = 1;
    const mask = await open(entry.mask);
    if (!mask || !image) continue;
    if (mask.width !== image.width || mask.height !== image.height) {
      problems.push({
        code: 'mvtec-mask-size',
        values: { file: entry.mask, image: entry.path, width: mask.width, height: mask.height, imageWidth: image.width, imageHeight: image.height },
      });
      continue;
    }
    masks.set(binaryMask(mask, size), k * area);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    images: {
      size,
      train,
      test,
      masks,
      labels,
      defects: layout.test.map((t) => t.defect),
      names: { train: [...layout.train], test: layout.test.map((t) => t.path) },
    },
  };
}

/** A full-size mask binarised at 0.5, area-resized, and thresholded at {@link MASK_COVERAGE}. */
function binaryMask(mask: GrayImage, size: number): Uint8Array {
  const binary = { width: mask.width, height: mask.height, data: mask.data.map((v) => (v >= 0.5 ? 1 : 0)) };
  const coverage = resizeArea(binary, size, size).data;
  return Uint8Array.from(coverage, (c) => (c >= MASK_COVERAGE - 1e-6 ? 1 : 0));
}
