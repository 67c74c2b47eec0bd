import { describe, expect, it } from 'vitest';
import { buildImageSplit, buildImageSplitInSlices, ROWS_PER_STEP, selectionProblem, SLICE_MS } from './class-split';

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
  const n = 300;
  const big = (c: number) => Uint8Array.from({ length: n * DIM }, (_, i) => (i * 7 + c) % 256);
  const train = new Map([[1, big(1)]]);
  const test = new Map([[1, big(2)], [9, big(3)]]);
  const sel = { normal: [1], anomaly: [9] };

  it('gives the same split as buildImageSplit, pausing each time SLICE_MS of work has passed and at the end', async () => {
    let clock = 0;
    const pausedAt: number[] = [];
    const sliced = await buildImageSplitInSlices(train, test, sel, { seed: 4, dim: DIM }, async () => {
      pausedAt.push(clock);
    }, () => clock++);
    expect(sliced).toEqual(buildImageSplit(train, test, sel, { seed: 4, dim: DIM }));
    // The fake clock ticks 1 per read: one read before each step after the first (the steps are
    // ROWS_PER_STEP images of the 270 training, 30 validation and 600 test images), one after each pause.
    const checks = [270, 30, 600].reduce((s, rows) => s + Math.ceil(rows / ROWS_PER_STEP) - 1, 0);
    const inSlices = Math.floor(checks / SLICE_MS);
    expect(pausedAt.length).toBe(inSlices + 1);
    expect(pausedAt[0]).toBe(SLICE_MS + 1);
    const gaps = pausedAt.slice(1, inSlices).map((t, i) => t - pausedAt[i]);
    expect(gaps).toEqual(gaps.map(() => SLICE_MS + 1));
  });

  it('pauses only after the last slice while less than SLICE_MS has passed, however many images there are', async () => {
    let pauses = 0;
    const sliced = await buildImageSplitInSlices(train, test, sel, { seed: 4, dim: DIM }, async () => {
      pauses += 1;
    }, () => 0);
    expect(pauses).toBe(1);
    expect(sliced.counts).toEqual({ train: 270, val: 30, testNormal: 300, testAnomaly: 300 });
  });
});
