import { describe, expect, it } from 'vitest';
import { derive } from './derived';
import { patchVae } from './instance';
import { fakePatchResult } from './fake-result';
import type { PatchVaeResult } from './state';
import { adapter } from './runs';

/** 2×2 windows per image; the same window maps for the old score and the new score at each floor. */
function scores(rows: number[][]) {
  const map = Float32Array.from(rows.flat());
  const image = Float32Array.from(rows.map((r) => Math.max(...r)));
  return { grid: 2, oldMap: map, old: image, news: [0, 0.01].map((floor) => ({ floor, map, image })), minSigma2: 0.02 };
}

/**
 * Held-out normals average [10, 1, 1, 1] per place. Test normals [9,1,1,1] and [11,0.5,1,1.5] (per place 1 and 1.5),
 * anomalies [5,1,1,4] and [10,1.2,1,1] (per place 4 and 1.2): the old score as is ranks 1 of 4 pairs right (AUC 0.25),
 * per place 3 of 4 (AUC 0.75).
 */
function fakeResult(): PatchVaeResult {
  const test = scores([
    [9, 1, 1, 1],
    [11, 0.5, 1, 1.5],
    [5, 1, 1, 4],
    [10, 1.2, 1, 1],
  ]);
  const heldOut = scores([
    [12, 1, 1, 1],
    [8, 1, 1, 1],
  ]);
  return fakePatchResult(test, { heldOut, windows: 16 });
}

describe('the patch-VAE runs table', () => {
  it('computes the old score per place for its "AUC old per place" column, not the old score again', () => {
    const r = fakeResult();
    const own = adapter.capture({ ...patchVae.store.getState(), result: r })!.metrics.own;
    expect(derive(r, 'old').roc.auc).toBe(0.25);
    expect(own.aucOld).toBe(0.25);
    expect(own.aucOldPosition).toBe(0.75);
    expect(own.aucOldPosition).not.toBe(own.aucOld);
  });

  it('leaves the column empty when no normals were held out', () => {
    const own = adapter.capture({ ...patchVae.store.getState(), result: { ...fakeResult(), heldOut: null } })!.metrics.own;
    expect(own.aucOld).toBe(0.25);
    expect(own.aucOldPosition).toBeNull();
  });
});
