import { createRng, permutation } from '../random/rng';
import { yieldToEventLoop } from '../train/yield-to-event-loop';

/** Which classes are normal and which are anomalies. Disjoint, both non-empty. */
export interface ClassSelection {
  normal: number[];
  anomaly: number[];
}

/** Raw images per class: uint8 rows of `dim` pixels (0..255), in file order. */
export type ClassImages = ReadonlyMap<number, Uint8Array>;

/** Float pixels in [0, 1] ready for a model, plus the labels a lesson needs. */
export interface ImageSplit {
  /** Features per sample (784 for 28×28). */
  dim: number;
  /** Train normals minus the validation hold-out, row-major [nTrain, dim]. */
  trainX: Float32Array;
  /** Held-out train normals for early stopping and normal-only thresholds, [nVal, dim]. */
  valX: Float32Array;
  /** Test normals then test anomalies, [nTest, dim]. */
  testX: Float32Array;
  /** Per test sample: 1 = anomaly, 0 = normal. */
  testLabels: Uint8Array;
  /** Per test sample: its original class. */
  testClasses: Uint8Array;
  counts: { train: number; val: number; testNormal: number; testAnomaly: number };
}

/** Options of `buildImageSplit`. */
export interface SplitOptions {
  /** Fraction of train normals held out for validation, in [0, 0.5]. Default 0.1. */
  valFraction?: number;
  /** Seed of the train/validation shuffle. */
  seed: number;
  /** Use at most this many training normals (after the hold-out); for quick demos and tests. */
  maxTrain?: number;
  /** Use at most this many test images per class. */
  maxTestPerClass?: number;
  dim?: number;
}

/** What is wrong with a class selection, as a code and the classes it concerns. */
export type SelectionProblem =
  | { code: 'no-normal' }
  | { code: 'no-anomaly' }
  | { code: 'unknown-class'; values: { class: number } }
  | { code: 'class-overlap'; values: { classes: string } };

/**
 * Returns what is wrong with a class selection, or null. Refuses empty groups,
 * overlaps and unknown classes. The UI words the code.
 */
export function selectionProblem(sel: ClassSelection, classCount = 10): SelectionProblem | null {
  if (sel.normal.length === 0) return { code: 'no-normal' };
  if (sel.anomaly.length === 0) return { code: 'no-anomaly' };
  const bad = [...sel.normal, ...sel.anomaly].find((c) => !Number.isInteger(c) || c < 0 || c >= classCount);
  if (bad !== undefined) return { code: 'unknown-class', values: { class: bad } };
  const overlap = sel.normal.filter((c) => sel.anomaly.includes(c));
  if (overlap.length > 0) return { code: 'class-overlap', values: { classes: overlap.join(', ') } };
  return null;
}

/**
 * Builds the lesson's data protocol (seed 000): train only on train-split
 * normals, hold out a seeded `valFraction` of them, test on the test-split
 * normals and anomalies. Throws on an invalid selection or missing class data.
 */
export function buildImageSplit(train: ClassImages, test: ClassImages, sel: ClassSelection, opts: SplitOptions): ImageSplit {
  const work = splitWork(train, test, sel, opts);
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}

/**
 * {@link buildImageSplit} in slices of about {@link SLICE_MS} of work,
 * awaiting `pause()` between slices and once after the last, so a page stays
 * responsive while thousands of images are converted (one call blocks a main
 * thread for ~100 ms) and what the caller does next (drawing the data) starts
 * a task of its own. Same result as the synchronous version.
 *
 * Slices are cut by time, not by a count of images: the first images are
 * converted before the engine has compiled the loop: the first 250 took 76 ms
 * in Chromium on the 2-core test machines, where the compiled loop takes ~3 ms
 * (Node; most of it the first writes to new memory). No fixed count is both
 * short at first and cheap later.
 *
 * @param now milliseconds from any origin (`performance.now` by default; tests pass a fake clock)
 */
export async function buildImageSplitInSlices(
  train: ClassImages,
  test: ClassImages,
  sel: ClassSelection,
  opts: SplitOptions,
  pause: () => Promise<void> = yieldToEventLoop,
  now: () => number = () => performance.now(),
): Promise<ImageSplit> {
  const work = splitWork(train, test, sel, opts);
  let since = now();
  let step = work.next();
  while (!step.done) {
    if (now() - since >= SLICE_MS) {
      await pause();
      since = now();
    }
    step = work.next();
  }
  await pause();
  return step.value;
}

/** Work between two pauses of {@link buildImageSplitInSlices}, in milliseconds (a frame at 60 Hz is 16.7). */
export const SLICE_MS = 8;

/**
 * Images converted between two checks of the clock: under 3 ms before the
 * loop is compiled on the 2-core test machines, ~0.1 ms after.
 */
export const ROWS_PER_STEP = 8;

/** The split, yielding after every {@link ROWS_PER_STEP} converted images. */
function* splitWork(train: ClassImages, test: ClassImages, sel: ClassSelection, opts: SplitOptions): Generator<void, ImageSplit> {
  const problem = selectionProblem(sel);
  if (problem) throw new Error(problem.code);
  const dim = opts.dim ?? 784;
  const normals = classRows(train, sel.normal, dim, Infinity);
  const nAll = normals.length;
  const order = permutation(nAll, createRng(opts.seed));
  const nVal = Math.round(nAll * (opts.valFraction ?? 0.1));
  const nTrain = Math.min(nAll - nVal, opts.maxTrain ?? Infinity);
  const trainX = yield* toUnit(normals, order.subarray(nVal, nVal + nTrain), dim);
  const valX = yield* toUnit(normals, order.subarray(0, nVal), dim);
  const cap = opts.maxTestPerClass ?? Infinity;
  const testNormal = classRows(test, sel.normal, dim, cap);
  const testAnomaly = classRows(test, sel.anomaly, dim, cap);
  const nN = testNormal.length;
  const nA = testAnomaly.length;
  const testX = yield* toUnit([...testNormal, ...testAnomaly], null, dim);
  const testLabels = new Uint8Array(nN + nA).fill(1, nN);
  const testClasses = new Uint8Array(nN + nA);
  let k = 0;
  for (const group of [sel.normal, sel.anomaly]) {
    for (const c of group) {
      const n = Math.min(cap, (test.get(c)?.length ?? 0) / dim);
      testClasses.fill(c, k, k + n);
      k += n;
    }
  }
  return { dim, trainX, valX, testX, testLabels, testClasses, counts: { train: nTrain, val: nVal, testNormal: nN, testAnomaly: nA } };
}

/**
 * The chosen classes' images as one list of rows (views, no copy; copying
 * 5 MB of MNIST at once blocked a page for ~17 ms on the test machines).
 */
function classRows(images: ClassImages, classes: number[], dim: number, cap: number): Uint8Array[] {
  const rows: Uint8Array[] = [];
  for (const c of classes) {
    const data = images.get(c);
    if (!data) throw new Error(`Images of class ${c} are not loaded.`);
    const n = Math.min(Math.floor(data.length / dim), cap);
    for (let r = 0; r < n; r++) rows.push(data.subarray(r * dim, (r + 1) * dim));
  }
  return rows;
}

/**
 * `rows[order[i]]` / 255 for each i (every row in turn when `order` is null),
 * as one [n, dim] array, yielding after every {@link ROWS_PER_STEP} rows.
 */
function* toUnit(rows: Uint8Array[], order: Int32Array | null, dim: number): Generator<void, Float32Array> {
  const n = order ? order.length : rows.length;
  const out = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const src = rows[order ? order[i] : i];
    const at = i * dim;
    for (let j = 0; j < dim; j++) out[at + j] = src[j] / 255;
  }
  return out;
}
