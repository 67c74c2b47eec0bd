import { describe, expect, it } from 'vitest';
import { expectedTail, groupRoc, meanSquaredErrors } from './group-roc';

// normal (0) errors around 1, low-noise (1) near 0, cos (2) high; one cos overlaps a normal.
const ERR = [1, 0.9, 1.1, 0.05, 0.04, 12, 1.05, 1.2];
const GROUP = [0, 0, 0, 1, 1, 2, 2, 0];

describe('groupRoc', () => {
  it('scores the high tail by the error and the low tail by −error, ignoring other groups', () => {
    const high = groupRoc(ERR, GROUP, 2, 0, 'high');
    // cos 12 beats all 4 normals; cos 1.05 beats 0.9 and 1 → (4 + 2) / 8
    expect(high.auc).toBe(6 / 8);
    expect(groupRoc(ERR, GROUP, 1, 0, 'low').auc).toBe(1);
    expect(groupRoc(ERR, GROUP, 1, 0, 'high').auc).toBe(0);
    expect(groupRoc(ERR, GROUP, 5, 0, 'high').auc).toBeNaN();
  });

  it('names the tail of each kind and turns Σ squares into MSE', () => {
    expect(expectedTail('low-noise')).toBe('low');
    expect(expectedTail('cos')).toBe('high');
    expect(Array.from(meanSquaredErrors(Float32Array.from([10, 250]), 100))).toEqual([0.1, 2.5].map(Math.fround));
  });
});
