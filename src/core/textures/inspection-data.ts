import { createRng } from '../random/rng';
import { DEFECT_KINDS } from './defect-kinds';
import type { CropSource } from './crops';
import type { MvtecImages } from './mvtec-load';
import type { TextureDataset } from './texture-protocol';

/** Kind code of a defect-free test image. */
export const NORMAL_CODE = -1;

/**
 * What the SSIM-autoencoder lesson trains and tests on, whatever its source:
 * square grayscale images of `size`² pixels in [0, 1], row-major.
 */
export interface InspectionData {
  source: 'texture' | 'mvtec';
  size: number;
  /** Training images [nTrain, size²]: with a `trainSource`, the first epoch's crops. */
  train: Float32Array;
  /** Textures only: where fresh training crops are drawn from every epoch (MVTec images train as they are). */
  trainSource?: CropSource;
  /** Held-out normal images [nVal, size²]: early stopping and the protocol's thresholds. */
  validation: Float32Array;
  /** Test images [nTest, size²]. */
  test: Float32Array;
  /** Ground truth [nTest, size²]: 1 = defect. */
  masks: Uint8Array;
  /** [nTest]: 1 = defective. */
  labels: Uint8Array;
  /** [nTest]: index into `kindNames`, or {@link NORMAL_CODE}. */
  kinds: Int32Array;
  /** Defect kinds: the synthetic kinds' codes, or an MVTec category's defect folder names. */
  kindNames: string[];
}

/** The texture protocol's crops as inspection data (kinds are the synthetic kinds, in `DEFECT_KINDS` order). */
export function fromTextureDataset(d: TextureDataset): InspectionData {
  return {
    source: 'texture',
    size: d.test.size,
    train: d.train.pixels,
    trainSource: d.trainSource,
    validation: d.validation.pixels,
    test: d.test.pixels,
    masks: d.test.masks,
    labels: d.test.labels,
    kinds: Int32Array.from(d.test.kinds, (k) => (k === null ? NORMAL_CODE : DEFECT_KINDS.indexOf(k))),
    kindNames: [...DEFECT_KINDS],
  };
}

/**
 * An MVTec AD category as inspection data: a seeded `validationFraction` of
 * `train/good` (at least one image) is held out as normal validation images,
 * the rest trains; the test set and its masks are used as they are.
 */
export function fromMvtec(images: MvtecImages, validationFraction: number, seed: number): InspectionData {
  const area = images.size * images.size;
  const n = images.train.length / area;
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const nVal = Math.min(n - 1, Math.max(1, Math.round(n * validationFraction)));
  const pick = (rows: number[]) => {
    const out = new Float32Array(rows.length * area);
    rows.forEach((r, k) => out.set(images.train.subarray(r * area, (r + 1) * area), k * area));
    return out;
  };
  const kindNames = [...new Set(images.defects.filter((d) => d !== 'good'))].sort();
  return {
    source: 'mvtec',
    size: images.size,
    train: pick(order.slice(nVal)),
    validation: pick(order.slice(0, nVal)),
    test: images.test,
    masks: images.masks,
    labels: images.labels,
    kinds: Int32Array.from(images.defects, (d, i) => (images.labels[i] ? kindNames.indexOf(d) : NORMAL_CODE)),
    kindNames,
  };
}
