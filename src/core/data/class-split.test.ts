import { describe, expect, it } from 'vitest';
import { buildImageSplit, buildImageSplitInSlices, ROWS_PER_SLICE, selectionProblem } from './class-split';

const DIM = 4;
/** Class c, image i: every pixel = 10·c + i (so rows are identifiable). */
function classImages(c: number, n: number): Uint8Array {
  const out = new Uint8Array(n * DIM);
  for (let i = 0; i < n; i++) out.fill(10 * c + i, i * DIM, (i + 1) * DIM);
  return out;
}

describe('buildImageSplit', () => {
  const train = new Map([[1, classImages(1, 20)], [9, classImages(9, 5)]]);
  const test = new Map([[1, classImages(1, 6)], [9, classImages(9, 4)], [7, classImages(7, 3)]]);

  it('trains on normals only, holds out 10% and labels the test set', () => {
    const s = buildImageSplit(train, test, { normal: [1], anomaly: [9, 7] }, { seed: 0, dim: DIM });
    expect(s.counts).toEqual({ train: 18, val: 2, testNormal: 6, testAnomaly: 7 });
    expect(Array.from(s.testLabels)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(s.testClasses)).toEqual([1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 7, 7, 7]);
    const seen = new Set<number>();
    for (const x of [s.trainX, s.valX]) for (let i = 0; i < x.length; i += DIM) seen.add(Math.round(x[i] * 255));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 10 + i));
    expect(s.testX[6 * DIM]).toBeCloseTo(90 / 255, 6);
  });

  it('is reproducible for a seed and caps sizes on request', () => {
    const a = buildImageSplit(train, test, { normal: [1], anomaly: [9] }, { seed: 3, dim: DIM, maxTrain: 5, maxTestPerClass: 2 });
    const b = buildImageSplit(train, test, { normal: [1], anomaly: [9] }, { seed: 3, dim: DIM, maxTrain: 5, maxTestPerClass: 2 });
    expect(Array.from(a.valX)).toEqual(Array.from(b.valX));
    expect(a.counts).toEqual({ train: 5, val: 2, testNormal: 2, testAnomaly: 2 });
  });

  it('refuses bad selections with a clear message', () => {
    expect(selectionProblem({ normal: [], anomaly: [9] })).toEqual({ code: 'no-normal' });
    expect(selectionProblem({ normal: [1], anomaly: [] })).toEqual({ code: 'no-anomaly' });
    expect(selectionProblem({ normal: [1, 9], anomaly: [9] })).toEqual({ code: 'class-overlap', values: { classes: '9' } });
    expect(selectionProblem({ normal: [1], anomaly: [10] })).toEqual({ code: 'unknown-class', values: { class: 10 } });
    expect(() => buildImageSplit(train, test, { normal: [1], anomaly: [1] }, { seed: 0, dim: DIM })).toThrow('class-overlap');
    expect(() => buildImageSplit(train, test, { normal: [3], anomaly: [9] }, { seed: 0, dim: DIM })).toThrow(/not loaded/);
  });
});

describe('buildImageSplitInSlices', () => {
  it('gives the same split as buildImageSplit, pausing between slices of images', async () => {
    const n = ROWS_PER_SLICE * 2 + 50;
    const big = (c: number) => Uint8Array.from({ length: n * DIM }, (_, i) => (i * 7 + c) % 256);
    const train = new Map([[1, big(1)]]);
    const test = new Map([[1, big(2)], [9, big(3)]]);
    let pauses = 0;
    const sliced = await buildImageSplitInSlices(train, test, { normal: [1], anomaly: [9] }, { seed: 4, dim: DIM }, async () => {
      pauses += 1;
    });
    const whole = buildImageSplit(train, test, { normal: [1], anomaly: [9] }, { seed: 4, dim: DIM });
    expect(sliced).toEqual(whole);
    expect(pauses).toBeGreaterThanOrEqual(4);
  });
});
