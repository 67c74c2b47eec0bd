import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/lof-fixtures.json';
import { exactNeighbors } from './exact-neighbors';
import { explainLof, knnScores, lofFromFitNeighbors, lofScoreSamples, neighborScores } from './lof';
import { nearestNeighbors } from './neighbors';

/* Reference values: scripts/fixtures/lof_fixtures.py (scikit-learn's LocalOutlierFactor). */

function maxError(got: ArrayLike<number>, want: number[]): number {
  expect(got.length).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i] - want[i]));
  return worst;
}

describe('LOF against scikit-learn', () => {
  for (const c of fixtures.cases) {
    it(`${c.name}: exact search gives negative_outlier_factor_, score_samples and kNN distances`, () => {
      const k = Math.max(1, Math.min(c.k, c.fit.length / c.dim - 1));
      expect(k).toBe(c.effectiveK);
      const model = lofFromFitNeighbors(exactNeighbors(c.fit, c.dim, null, k));
      const queryNb = exactNeighbors(c.fit, c.dim, c.query, k);
      expect(maxError(model.fitNeighbors.distances, c.fitNeighborDistances)).toBeLessThan(1e-8);
      expect(maxError(model.negativeOutlierFactor, c.negativeOutlierFactor)).toBeLessThan(1e-6);
      expect(maxError(lofScoreSamples(model, queryNb), c.scoreSamples)).toBeLessThan(1e-6);
      const kq = Math.min(c.k, c.fit.length / c.dim);
      const knnNb = exactNeighbors(c.fit, c.dim, c.query, kq);
      expect(maxError(knnScores(knnNb), c.queryKnnMeanDistance)).toBeLessThan(1e-8);
      expect(maxError(knnScores(knnNb, 'max'), c.queryKnnMaxDistance)).toBeLessThan(1e-8);
    });

    it(`${c.name}: the tfjs block search gives the same scores and leaves no tensors`, async () => {
      const before = tf.memory().numTensors;
      const scores = await neighborScores(c.fit, c.query, c.dim, c.k, { chunkRows: 7, margin: 2 });
      expect(maxError(scores.fitNegativeLof, c.negativeOutlierFactor)).toBeLessThan(1e-6);
      expect(maxError(scores.queryNegativeLof, c.scoreSamples)).toBeLessThan(1e-6);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('the fixtures include duplicates, where densities reach 1e10 and sklearn still gives finite factors', () => {
    const dup = fixtures.cases.find((c) => c.name === 'grid-duplicates-k1')!;
    expect(Math.min(...dup.negativeOutlierFactor)).toBeLessThan(-1e5);
  });
});

describe('nearestNeighbors', () => {
  it('equals the exact search on near-tied random data, with few full scans', async () => {
    const rng = (s: number) => () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const r = rng(7);
    const dim = 16;
    const fit = Float32Array.from({ length: 400 * dim }, () => Math.round(r() * 4) / 4);
    const query = Float32Array.from({ length: 50 * dim }, () => r());
    const stats = { fallbackRows: 0 };
    const got = await nearestNeighbors(fit, dim, null, 10, { chunkRows: 64, margin: 4 }, stats);
    const want = exactNeighbors(fit, dim, null, 10);
    expect(Array.from(got.indices)).toEqual(Array.from(want.indices));
    const q = await nearestNeighbors(fit, dim, query, 10);
    expect(Array.from(q.indices)).toEqual(Array.from(exactNeighbors(fit, dim, query, 10).indices));
  });

  it('refuses a k the fit set cannot give', async () => {
    await expect(nearestNeighbors(new Float32Array(6), 2, null, 3)).rejects.toThrow('neighbors-k-range');
  });
});

describe('explainLof', () => {
  it('gives reachability distances, lrd and LOF per point; an outlier of a dense cluster scores high', () => {
    const pts = [0, 0, 0, 1, 1, 0, 1, 1, 10, 10];
    const { details, model } = explainLof(pts, 2, 2);
    const far = details[4];
    expect(far.neighbors).toEqual([3, 1]);
    expect(far.reachDistances[0]).toBeCloseTo(Math.hypot(9, 9), 12);
    expect(far.lof).toBeGreaterThan(5);
    expect(details[0].lof).toBeCloseTo(-model.negativeOutlierFactor[0], 12);
    expect(details[0].kDistance).toBe(1);
  });
});
