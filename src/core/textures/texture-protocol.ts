import { fail } from '../problem';
import { createRng } from '../random/rng';
import { copyCrop, type GrayImage, type PixelRect } from './gray-image';
import { checkCrops, DEFAULT_REGIONS, drawPlace, randomCrops, regionRect, type CropSource, type CropStack, type ProtocolRegions } from './crops';
import { DEFECT_KINDS, type DefectKind } from './defect-kinds';
import { applyDefect } from './defects';

/**
 * The texture lesson's data protocol on one image: train on random crops
 * (with flips) from one region, choose thresholds on normal crops from a
 * held-out region, test on crops from another held-out region, half of them
 * with a synthetic defect of each kind in turn. Everything follows from the
 * seed.
 */

/** Settings of {@link buildTextureDataset}. */
export interface TextureProtocolOptions {
  /** Crop side in pixels (the model's input), e.g. 32, 64 or 128. */
  cropSize: number;
  /** Training crops (the paper: 10,000). */
  trainCount: number;
  /** Held-out normal crops for choosing thresholds. */
  validationCount: number;
  /** Test crops: ⌈testCount/2⌉ normal, ⌊testCount/2⌋ defective. */
  testCount: number;
  seed: number;
  /** Defect kinds the defective test crops cycle through (default: all, in `DEFECT_KINDS` order). */
  kinds?: readonly DefectKind[];
  /** Mirror training crops at random (default true). */
  flips?: boolean;
  /** Where each part crops from (default {@link DEFAULT_REGIONS}). */
  regions?: ProtocolRegions;
  /** Defect size relative to its default (default 1). */
  defectScale?: number;
}

/** Test crops with their ground truth. */
export interface TestCrops extends CropStack {
  /** Row-major [count, size·size]: 1 where the crop's defect changed the pixel, 0 elsewhere (all 0 for normal crops). */
  masks: Uint8Array;
  /** [count]: 1 for a defective crop, 0 for a normal one. Normal crops come first. */
  labels: Uint8Array;
  /** [count]: the defect kind, or null for a normal crop. */
  kinds: (DefectKind | null)[];
  /** [count]: the seed each crop's defect was drawn from (null for normal crops), for redrawing one. */
  defectSeeds: (number | null)[];
}

/** The three parts of the protocol and where they were cut. */
export interface TextureDataset {
  /** Training crops, possibly mirrored. */
  train: CropStack;
  /** Held-out normal crops (no flips). */
  validation: CropStack;
  /** Held-out test crops (no flips). */
  test: TestCrops;
  /** The pixel rectangles the parts were cropped from. */
  rects: { train: PixelRect; validation: PixelRect; test: PixelRect };
  /** Where more training crops come from: its first `train.count` crops are `train`. Shares `image` (not copied). */
  trainSource: CropSource;
}

/**
 * Builds the protocol's crops from one texture image (values in [0, 1]).
 * Train, validation and test draw from separate generators derived from
 * `seed`, so changing one count leaves the other parts unchanged.
 * @throws ProblemError `patch-size-range` if a crop does not fit a region,
 *   `patch-count-invalid` for a count that is not an integer ≥ 0 (train ≥ 1)
 */
export function buildTextureDataset(image: GrayImage, options: TextureProtocolOptions): TextureDataset {
  const { cropSize: size, seed } = options;
  const regions = options.regions ?? DEFAULT_REGIONS;
  const rects = {
    train: regionRect(image.width, image.height, regions.train),
    validation: regionRect(image.width, image.height, regions.validation),
    test: regionRect(image.width, image.height, regions.test),
  };
  checkCrops(rects.train, size, options.trainCount);
  if (options.trainCount < 1) fail('patch-count-invalid', { got: options.trainCount });
  checkCrops(rects.validation, size, options.validationCount);
  checkCrops(rects.test, size, options.testCount);
  const seeds = createRng(seed);
  const [trainSeed, validationSeed, testSeed] = [seeds.int(2 ** 31), seeds.int(2 ** 31), seeds.int(2 ** 31)];
  const flips = options.flips ?? true;
  return {
    train: randomCrops(image, rects.train, options.trainCount, size, createRng(trainSeed), flips),
    validation: randomCrops(image, rects.validation, options.validationCount, size, createRng(validationSeed), false),
    test: testCrops(image, rects.test, options, testSeed),
    rects,
    trainSource: { image, rect: rects.train, seed: trainSeed, flips },
  };
}

function testCrops(image: GrayImage, rect: PixelRect, options: TextureProtocolOptions, seed: number): TestCrops {
  const { cropSize: size, testCount: count } = options;
  const kinds = options.kinds ?? DEFECT_KINDS;
  const defective = kinds.length > 0 ? Math.floor(count / 2) : 0;
  const normal = count - defective;
  const area = size * size;
  const rng = createRng(seed);
  const pixels = new Float32Array(count * area);
  const masks = new Uint8Array(count * area);
  const labels = new Uint8Array(count);
  const kindOf: (DefectKind | null)[] = [];
  const defectSeeds: (number | null)[] = [];
  const crop: GrayImage = { width: size, height: size, data: new Float32Array(area) };
  for (let k = 0; k < count; k++) {
    const p = drawPlace(rect, size, rng, false);
    if (k < normal) {
      copyCrop(image, p.left, p.top, size, pixels, k * area);
      kindOf.push(null);
      defectSeeds.push(null);
      continue;
    }
    const kind = kinds[(k - normal) % kinds.length];
    const defectSeed = rng.int(2 ** 31);
    copyCrop(image, p.left, p.top, size, crop.data);
    const result = applyDefect(crop, kind, defectSeed, { scale: options.defectScale ?? 1 });
    pixels.set(result.image.data, k * area);
    masks.set(result.mask, k * area);
    labels[k] = 1;
    kindOf.push(kind);
    defectSeeds.push(defectSeed);
  }
  return { size, count, pixels, masks, labels, kinds: kindOf, defectSeeds };
}
