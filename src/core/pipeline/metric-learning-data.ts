import type { ClassImages } from '../data/class-split';
import { createRng, permutation } from '../random/rng';
import type { InspectionData } from '../textures/inspection-data';
import type { MetricDatasetSpec, MetricLearningData } from './metric-learning-types';

/** Options of the data builders. */
export interface MetricDataOptions {
  /** Seed of the hold-out and of the reference subsets. */
  seed: number;
  /** Fraction of the normal training images held out for the TPR/TNR threshold, in [0, 0.5] (default 0.1). */
  valFraction?: number;
  /** Use at most this many normal training images (after the hold-out). */
  maxNormalTrain?: number;
}

type FashionSpec = Extract<MetricDatasetSpec, { kind: 'fashion' }>;

/**
 * Fashion-MNIST (or MNIST) images for the lesson: the normal classes' train
 * images (a seeded tenth held out), `referencePerClass` seeded train images
 * of each reference class, and the normal and anomaly classes' test images.
 * Pixels /255. @param train @param test uint8 images per class (784 each)
 * @throws 'class-overlap' when a reference class is also normal or anomalous,
 *   'class-missing' when a class's images are not given
 */
export function buildClassMetricData(train: ClassImages, test: ClassImages, spec: FashionSpec, options: MetricDataOptions): MetricLearningData {
  const dim = 784;
  const used = [...spec.normal, ...spec.anomaly];
  if (spec.reference.some((c) => used.includes(c)) || spec.normal.some((c) => spec.anomaly.includes(c))) throw new Error('class-overlap');
  const get = (images: ClassImages, c: number) => {
    const data = images.get(c);
    if (!data) throw new Error('class-missing');
    return data;
  };
  const rng = createRng(options.seed);
  const normals = concat(spec.normal.map((c) => get(train, c)));
  const nAll = normals.length / dim;
  const order = permutation(nAll, rng);
  const nVal = Math.round(nAll * (options.valFraction ?? 0.1));
  const nTrain = Math.min(nAll - nVal, options.maxNormalTrain ?? Infinity);
  const refRows = spec.reference.map((c) => {
    const data = get(train, c);
    return { data, rows: permutation(data.length / dim, rng).subarray(0, Math.min(spec.referencePerClass, data.length / dim)) };
  });
  const nRef = refRows.reduce((s, r) => s + r.rows.length, 0);
  const trainX = new Float32Array((nTrain + nRef) * dim);
  const trainClasses = new Int32Array(nTrain + nRef);
  copyRows(normals, order.subarray(nVal, nVal + nTrain), trainX, 0, dim);
  let at = nTrain;
  refRows.forEach((r, i) => {
    copyRows(r.data, r.rows, trainX, at, dim);
    trainClasses.fill(i + 1, at, at + r.rows.length);
    at += r.rows.length;
  });
  const validation = new Float32Array(nVal * dim);
  copyRows(normals, order.subarray(0, nVal), validation, 0, dim);
  const testNormal = concat(spec.normal.map((c) => get(test, c)));
  const testAnomaly = concat(spec.anomaly.map((c) => get(test, c)));
  const testX = new Float32Array(testNormal.length + testAnomaly.length);
  for (let i = 0; i < testNormal.length; i++) testX[i] = testNormal[i] / 255;
  for (let i = 0; i < testAnomaly.length; i++) testX[testNormal.length + i] = testAnomaly[i] / 255;
  const testLabels = new Uint8Array(testX.length / dim).fill(1, testNormal.length / dim);
  return { size: 28, trainX, trainClasses, classNames: [spec.normal.join('+'), ...spec.reference.map(String)], validation, testX, testLabels };
}

/**
 * Texture data for the lesson: the normal texture's inspection data (its
 * training crops, held-out normal crops and test crops with synthetic or
 * MVTec defects) plus `perClass` training crops of each reference texture.
 * @param references one crop stack [n, size²] per reference texture, same crop size
 */
export function buildTextureMetricData(normal: InspectionData, normalName: string, references: { name: string; crops: Float32Array }[], perClass: number, seed: number): MetricLearningData {
  const area = normal.size * normal.size;
  const rng = createRng(seed);
  const picks = references.map((r) => ({ r, rows: permutation(r.crops.length / area, rng).subarray(0, Math.min(perClass, r.crops.length / area)) }));
  const nNormal = normal.train.length / area;
  const nRef = picks.reduce((s, p) => s + p.rows.length, 0);
  const trainX = new Float32Array((nNormal + nRef) * area);
  trainX.set(normal.train);
  const trainClasses = new Int32Array(nNormal + nRef);
  let at = nNormal;
  picks.forEach((p, i) => {
    copyRows(p.r.crops, p.rows, trainX, at, area, 1);
    trainClasses.fill(i + 1, at, at + p.rows.length);
    at += p.rows.length;
  });
  return { size: normal.size, trainX, trainClasses, classNames: [normalName, ...references.map((r) => r.name)], validation: normal.validation, testX: normal.test, testLabels: normal.labels };
}

/** The parts one after another in one new array. */
function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  parts.reduce((offset, p) => (out.set(p, offset), offset + p.length), 0);
  return out;
}

function copyRows(src: ArrayLike<number>, rows: Int32Array, out: Float32Array, at: number, dim: number, scale = 1 / 255): void {
  for (let i = 0; i < rows.length; i++) {
    const from = rows[i] * dim;
    for (let j = 0; j < dim; j++) out[(at + i) * dim + j] = src[from + j] * scale;
  }
}
