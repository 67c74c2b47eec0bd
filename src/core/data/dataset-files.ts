import { fail } from '../problem';

/**
 * Shared vocabulary of the dataset pipeline: dataset and split names, class
 * names, the manifest shape and the file layout under `data/`. Used by the
 * build-time loader and Vite plugin (Node) and by the browser client, so both
 * sides agree on every URL and field.
 */

/** Datasets the app serves. */
export const DATASET_NAMES = ['mnist', 'fashion'] as const;
/** A dataset the app serves. */
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Splits of every dataset. */
export const SPLITS = ['train', 'test'] as const;
/** A split of a dataset. */
export type Split = (typeof SPLITS)[number];

/** Image side in pixels. */
export const IMAGE_SIDE = 28;
/** Bytes per image: 28×28 uint8 pixels, 0 = background, 255 = full ink. */
export const PIXELS_PER_IMAGE = IMAGE_SIDE * IMAGE_SIDE;
/** Number of classes in each dataset. */
export const CLASS_COUNT = 10;

/** Human-readable class names, index = class label. */
export const CLASS_NAMES: Readonly<Record<DatasetName, readonly string[]>> = {
  mnist: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  fashion: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
};

/** Description of one dataset, served as `data/{dataset}/manifest.json`. */
export interface DatasetManifest {
  dataset: DatasetName;
  /** Image width = height in pixels. */
  imageSide: number;
  /** Class names, index = class label. */
  classNames: string[];
  /** Number of images per class, index = class label. */
  counts: Record<Split, number[]>;
  /** Where the data comes from and how train/test were split. */
  source: string;
}

/** True if `value` is a dataset name. */
export function isDatasetName(value: unknown): value is DatasetName {
  return typeof value === 'string' && (DATASET_NAMES as readonly string[]).includes(value);
}

/** True if `value` is a split name. */
export function isSplit(value: unknown): value is Split {
  return typeof value === 'string' && (SPLITS as readonly string[]).includes(value);
}

/** True if `value` is a class label 0..9. */
export function isClassLabel(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < CLASS_COUNT;
}

/** Path of one class file relative to the app base, e.g. `data/mnist/train-1.u8`. */
export function classFilePath(dataset: DatasetName, split: Split, cls: number): string {
  if (!isClassLabel(cls)) fail('class-out-of-range', { cls, max: CLASS_COUNT - 1 });
  return `data/${dataset}/${split}-${cls}.u8`;
}

/** Path of a dataset manifest relative to the app base, e.g. `data/fashion/manifest.json`. */
export function manifestPath(dataset: DatasetName): string {
  return `data/${dataset}/manifest.json`;
}

/** A request for a file under `data/`, as parsed by {@link parseDataPath}. */
export type DataRequest =
  | { kind: 'class'; dataset: DatasetName; split: Split; cls: number }
  | { kind: 'manifest'; dataset: DatasetName };

/**
 * Parses a path relative to the app base (`data/...`, no leading slash).
 * Returns null for anything that is not exactly a class file or manifest path.
 */
export function parseDataPath(path: string): DataRequest | null {
  const manifest = /^data\/([a-z]+)\/manifest\.json$/.exec(path);
  if (manifest) {
    return isDatasetName(manifest[1]) ? { kind: 'manifest', dataset: manifest[1] } : null;
  }
  const file = /^data\/([a-z]+)\/([a-z]+)-(\d)\.u8$/.exec(path);
  if (!file || !isDatasetName(file[1]) || !isSplit(file[2])) return null;
  return { kind: 'class', dataset: file[1], split: file[2], cls: Number(file[3]) };
}

/** Checks that a parsed JSON value is a manifest of `dataset`; throws a descriptive Error otherwise. */
export function assertManifest(value: unknown, dataset: DatasetName): DatasetManifest {
  const m = value as Partial<DatasetManifest> | null;
  const fail = (why: string): never => {
    throw new Error(`Invalid ${dataset} manifest: ${why}`);
  };
  if (typeof m !== 'object' || m === null) return fail('not an object');
  if (m.dataset !== dataset) fail(`dataset is ${JSON.stringify(m.dataset)}`);
  if (m.imageSide !== IMAGE_SIDE) fail(`imageSide is ${JSON.stringify(m.imageSide)}, expected ${IMAGE_SIDE}`);
  if (!Array.isArray(m.classNames) || m.classNames.length !== CLASS_COUNT) fail('classNames must list 10 names');
  for (const split of SPLITS) {
    const counts = m.counts?.[split];
    if (!Array.isArray(counts) || counts.length !== CLASS_COUNT || !counts.every((c) => Number.isInteger(c) && c >= 0)) {
      fail(`counts.${split} must be 10 non-negative integers`);
    }
  }
  if (typeof m.source !== 'string') fail('source must be a string');
  return m as DatasetManifest;
}
