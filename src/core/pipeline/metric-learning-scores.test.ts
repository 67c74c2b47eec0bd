import { describe, expect, it } from 'vitest';
import { embeddingSpread, meanOf, standardiseOn } from './metric-learning-scores';

describe('metric-learning scores', () => {
  it('embeddingSpread is the mean pairwise cosine distance: 0 when collapsed, 1 for orthogonal rows', () => {
    expect(embeddingSpread([1, 0, 1, 0, 1, 0], 2)).toBeCloseTo(0, 12);
    expect(embeddingSpread([1, 0, 0, 0, 1, 0, 0, 0, 1], 3)).toBeCloseTo(1, 12);
    const s = Math.SQRT1_2;
    // pairs: (a,b) cos 0, (a,c) cos √½, (b,c) cos √½ → mean distance 1 − √2/3
    expect(embeddingSpread([1, 0, 0, 1, s, s], 2)).toBeCloseTo(1 - Math.SQRT2 / 3, 12);
  });

  it('standardises on the fit set (population sd) and averages models', () => {
    const z = standardiseOn([3, 5], [1, 3]);
    expect(Array.from(z)).toEqual([1, 3]);
    expect(Array.from(standardiseOn([7], [2, 2]))).toEqual([5]);
    expect(Array.from(meanOf([Float64Array.from([1, 2]), Float64Array.from([3, 6])]))).toEqual([2, 4]);
  });
});
