import { describe, expect, it } from 'vitest';
import { moveChip } from './class-picker-keys';

describe('moveChip', () => {
  // Class 1 is normal, so anomaly chip 1 cannot be chosen.
  const enabled = (s: { group: 0 | 1; c: number }) => !(s.group === 1 && s.c === 1);

  it('moves along a row with wrap-around, skipping locked chips', () => {
    expect(moveChip({ group: 0, c: 9 }, 'ArrowRight', 10, enabled)).toEqual({ group: 0, c: 0 });
    expect(moveChip({ group: 1, c: 0 }, 'ArrowRight', 10, enabled)).toEqual({ group: 1, c: 2 });
    expect(moveChip({ group: 1, c: 2 }, 'ArrowLeft', 10, enabled)).toEqual({ group: 1, c: 0 });
    expect(moveChip({ group: 0, c: 4 }, 'Home', 10, enabled)).toEqual({ group: 0, c: 0 });
    expect(moveChip({ group: 0, c: 4 }, 'End', 10, enabled)).toEqual({ group: 0, c: 9 });
  });

  it('moves between the rows to the same class, or the nearest that can be chosen', () => {
    expect(moveChip({ group: 0, c: 4 }, 'ArrowDown', 10, enabled)).toEqual({ group: 1, c: 4 });
    expect(moveChip({ group: 0, c: 1 }, 'ArrowDown', 10, enabled)).toEqual({ group: 1, c: 2 });
    expect(moveChip({ group: 1, c: 4 }, 'ArrowUp', 10, enabled)).toEqual({ group: 0, c: 4 });
    expect(moveChip({ group: 0, c: 4 }, 'x', 10, enabled)).toBeNull();
  });
});
