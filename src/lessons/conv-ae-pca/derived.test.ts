import { describe, expect, it } from 'vitest';
import { farButNormal, linePoints, outlierPoint, POINT_COUNT } from './pca-2d-points';
import { fitPca2d } from '../../core/pca/pca-2d';
import { absDiff, pcaReconstruction, signedForDisplay } from './derived';
import type { PcaResult } from '../../core/pipeline/conv-ae-pca-types';

describe('the 2-D explainer', () => {
  it('scatters seeded points along a line and flags the far point on it as far yet normal', () => {
    const pts = linePoints(0.25, 3);
    expect(pts).toHaveLength(POINT_COUNT + 1);
    expect(linePoints(0.25, 3)).toEqual(pts);
    const fit = fitPca2d(pts)!;
    expect([...farButNormal(pts, fit.mean, fit.distances)]).toEqual([POINT_COUNT]);
    // An outlier off the line gets the highest score and is not "far yet normal".
    const more = [...pts, outlierPoint(0)];
    const fit2 = fitPca2d(more)!;
    expect(Math.max(...fit2.distances)).toBe(fit2.distances[POINT_COUNT + 1]);
    expect(farButNormal(more, fit2.mean, fit2.distances).has(POINT_COUNT + 1)).toBe(false);
  });
});

describe('PCA reconstructions in the page', () => {
  it('adds the first k codes times the components to the mean', () => {
    const pca = { mean: Float32Array.of(1, 2), components: Float32Array.of(1, 0, 0, 1), variances: Float64Array.of(2, 1), testCodes: Float32Array.of(0.5, -1, 3, 4) } as PcaResult;
    expect(Array.from(pcaReconstruction(pca, 0, 1))).toEqual([1.5, 2]);
    expect(Array.from(pcaReconstruction(pca, 1, 2))).toEqual([4, 6]);
    expect(Array.from(pcaReconstruction(pca, 1, 0))).toEqual([1, 2]);
    expect(Array.from(absDiff([1, 2], [3, 1]))).toEqual([2, 1]);
    expect(Array.from(signedForDisplay(Float32Array.of(-2, 0, 1)))).toEqual([0, 0.5, 0.75]);
  });
});
