import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/pca-fixtures.json';
import { jacobiEigen } from './jacobi-eigen';
import { fitPca, projectPca, reconstructPca, symmetricGram } from './pca';
import { syntheticImageBytes, syntheticImages, SYNTHETIC_SIDE } from './synthetic-images';

const AREA = SYNTHETIC_SIDE * SYNTHETIC_SIDE;

describe('jacobiEigen', () => {
  it('solves a 2×2 in closed form and rebuilds a random symmetric matrix', () => {
    const e = jacobiEigen([2, 1, 1, 2], 2);
    expect(Array.from(e.values)).toEqual([expect.closeTo(3, 12), expect.closeTo(1, 12)]);
    expect(Math.abs(e.vectors[0])).toBeCloseTo(Math.SQRT1_2, 12);
    const n = 7;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * 3 + j * 5 + 1);
    const { values, vectors } = jacobiEigen(a, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let c = 0; c < n; c++) s += vectors[c * n + i] * values[c] * vectors[c * n + j];
        expect(s).toBeCloseTo(a[i * n + j], 10);
      }
    }
    for (let c = 1; c < n; c++) expect(values[c]).toBeLessThanOrEqual(values[c - 1]);
  });
});

describe('fitPca against numpy SVD (scripts/fixtures/pca_fixtures.py)', () => {
  for (const fx of fixtures.cases) {
    it(`n = ${fx.nTrain}, k = ${fx.k}: ratios, reconstruction errors and components`, async () => {
      const bytes = syntheticImageBytes(0, fx.nTrain + fx.nTest);
      expect(bytes.reduce((s, v) => s + v, 0)).toBe(fx.byteSum);
      const before = tf.memory().numTensors;
      const all = syntheticImages(0, fx.nTrain + fx.nTest);
      const train = tf.tensor2d(all.subarray(0, fx.nTrain * AREA), [fx.nTrain, AREA]);
      const test = tf.tensor2d(all.subarray(fx.nTrain * AREA), [fx.nTest, AREA]);
      const model = await fitPca(train, fx.k);
      const { codes, centredNorms } = await projectPca(model, test);
      tf.dispose([train, test]);
      expect(tf.memory().numTensors).toBe(before);
      expect(model.totalVariance).toBeCloseTo(fx.totalVariance, 3);
      let maxRatio = 0;
      fx.explainedVarianceRatio.forEach((r, c) => (maxRatio = Math.max(maxRatio, Math.abs(model.explainedVarianceRatio[c] - r))));
      expect(maxRatio).toBeLessThan(1e-4);
      let maxErr = 0;
      let maxVia = 0;
      for (const [kk, errors] of Object.entries(fx.reconstructionErrors)) {
        const k = Number(kk);
        const rec = reconstructPca(model, codes, fx.k, k);
        errors.forEach((e: number, i: number) => {
          let direct = 0;
          for (let p = 0; p < AREA; p++) direct += (all[(fx.nTrain + i) * AREA + p] - rec[i * AREA + p]) ** 2;
          let viaCodes = centredNorms[i];
          for (let c = 0; c < k; c++) viaCodes -= codes[i * fx.k + c] ** 2;
          maxErr = Math.max(maxErr, Math.abs(direct - e));
          maxVia = Math.max(maxVia, Math.abs(viaCodes - e));
        });
      }
      expect(maxErr).toBeLessThan(1e-4);
      expect(maxVia).toBeLessThan(1e-3);
      let maxComp = 0;
      fx.components.forEach((row, c) => {
        const mine = model.components.subarray(c * AREA, (c + 1) * AREA);
        const sign = row.reduce((s, v, p) => s + v * mine[p], 0) < 0 ? -1 : 1;
        row.forEach((v, p) => (maxComp = Math.max(maxComp, Math.abs(sign * mine[p] - v))));
      });
      expect(maxComp).toBeLessThan(1e-4);
      // The shifted iteration: n = 400 took 40 unshifted, 22 shifted; one exact step when the block covers G.
      expect(model.iterations).toBeLessThanOrEqual(fx.nTrain <= 256 ? 1 : 28);
      console.log(`pca fixture n=${fx.nTrain}: max |ratio| ${maxRatio.toExponential(2)}, max |recon err| ${maxErr.toExponential(2)} (from codes ${maxVia.toExponential(2)}), max |component| ${maxComp.toExponential(2)}, iterations ${model.iterations}`);
    }, 60_000);
  }
});

describe('symmetricGram', () => {
  it('equals xc·xcᵀ exactly with a ragged last block (700 rows: 512 + 188), and leaks nothing', async () => {
    const x = tf.randomNormal([700, 40], 0, 1, 'float32', 3) as tf.Tensor2D;
    const before = tf.memory().numTensors;
    const blocked = symmetricGram(x);
    const full = tf.tidy(() => tf.matMul(x, tf.transpose(x)));
    expect(blocked.shape).toEqual([700, 700]);
    const a = await blocked.data();
    const b = await full.data();
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
    expect(worst).toBe(0);
    // Symmetric across the block seam.
    expect(a[600 * 700 + 10]).toBe(a[10 * 700 + 600]);
    tf.dispose([blocked, full]);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });
});
