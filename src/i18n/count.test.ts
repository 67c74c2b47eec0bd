import { describe, expect, it } from 'vitest';
import { countEn } from './count';

describe('countEn', () => {
  it('is singular for exactly one, plural otherwise, and groups thousands', () => {
    expect(countEn(1, 'epoch')).toBe('1 epoch');
    expect(countEn(0, 'epoch')).toBe('0 epochs');
    expect(countEn(20, 'epoch')).toBe('20 epochs');
    expect(countEn(29189, 'parameter')).toBe('29,189 parameters');
    expect(countEn(2, 'series', 'series')).toBe('2 series');
  });
});
