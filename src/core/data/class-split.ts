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
 * {@link buildImageSplit} in slices of {@link ROWS_PER_SLICE} images, awaiting
 * `pause()` between slices, so a page stays responsive while thousands of
 * images are converted (one call would block its main thread for ~100 ms).
 * Same result as the synchronous version.
 */
export async function buildImageSplitInSlices(
  train: ClassImages,
  test: ClassImages,
  sel: ClassSelection,
  opts: SplitOptions,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<ImageSplit> {
  const work = splitWork(train, test, sel, opts);
  let step = work.next();
  while (!step.done) {
    await pause();
    step = work.next();
  }
  return step.value;
}

/**
 * Images converted between two pauses of {@link buildImageSplitInSlices}:
 * 2–3 ms of work on a fast machine, under 20 ms on the 2-core test machines
 * (1,000 images took up to ~60 ms there, a long task of its own).
 */
export const ROWS_PER_SLICE = 250;

/** The split, yielding after every {@link ROWS_PER_SLICE} converted images. */
function* splitWork(train: ClassImages, test: ClassImages, sel: ClassSelection, opts: SplitOptions): Generator<void, ImageSplit> {
  const problem = selectionProblem(sel);
  if (problem) throw new Error(problem.code);
  const dim = opts.dim ?? 784;
  const normals = concatClasses(train, sel.normal, dim, Infinity);
  const nAll = normals.length / dim;
  const order = permutation(nAll, createRng(opts.seed));
  const nVal = Math.round(nAll * (opts.valFraction ?? 0.1));
  const nTrain = Math.min(nAll - nVal, opts.maxTrain ?? Infinity);
  const trainX = yield* gatherRows(normals, order.subarray(nVal, nVal + nTrain), dim);
  const valX = yield* gatherRows(normals, order.subarray(0, nVal), dim);
  const cap = opts.maxTestPerClass ?? Infinity;
  const testNormal = concatClasses(test, sel.normal, dim, cap);
  const testAnomaly = concatClasses(test, sel.anomaly, dim, cap);
  const nN = testNormal.length / dim;
  const nA = testAnomaly.length / dim;
  const testX = new Float32Array((nN + nA) * dim);
  yield* toUnit(testNormal, testX, 0, dim);
  yield* toUnit(testAnomaly, testX, nN * dim, dim);
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

function concatClasses(images: ClassImages, classes: number[], dim: number, cap: number): Uint8Array {
  const parts = classes.map((c) => {
    const data = images.get(c);
    if (!data) throw new Error(`Images of class ${c} are not loaded.`);
    return data.subarray(0, Math.min(data.length, cap * dim));
  });
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function* gatherRows(src: Uint8Array, rows: Int32Array, dim: number): Generator<void, Float32Array> {
  const out = new Float32Array(rows.length * dim);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % ROWS_PER_SLICE === 0) yield;
    const from = rows[i] * dim;
    for (let j = 0; j < dim; j++) out[i * dim + j] = src[from + j] / 255;
  }
  return out;
}

/** Writes `src` / 255 into `out` from `offset`, yielding between slices of rows. */
function* toUnit(src: Uint8Array, out: Float32Array, offset: number, dim: number): Generator<void, void> {
  const step = ROWS_PER_SLICE * dim;
  for (let start = 0; start < src.length; start += step) {
    if (start > 0) yield;
    const end = Math.min(src.length, start + step);
    for (let i = start; i < end; i++) out[offset + i] = src[i] / 255;
  }
}
