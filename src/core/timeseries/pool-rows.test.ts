import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../problem';
import { poolRows } from './pool-rows';

describe('poolRows', () => {
  it('is every row for the contaminated set and only the normals for the clean one', () => {
    const group = Uint8Array.from([0, 2, 0, 1, 0]);
    expect(poolRows(group, 'all')).toBeNull();
    expect(Array.from(poolRows(group, 'clean')!)).toEqual([0, 2, 4]);
    expect(() => poolRows(Uint8Array.from([1, 2]), 'clean')).toThrow(new ProblemError(problem('clean-subset-empty', {})));
  });
});
