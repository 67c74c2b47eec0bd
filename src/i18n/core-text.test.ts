import { describe, expect, it } from 'vitest';
import { problem } from '../core/problem';
import { coreText, isCoreCode } from './core-text';

describe('core problem texts', () => {
  it('word a problem in either language with its values', () => {
    const p = problem('csv-ragged', { line: 3, values: 2, firstLine: 1, length: 4 });
    expect(coreText(p, 'en')).toBe('Line 3 has 2 values but line 1 has 4. Every row must be a series of the same length.');
    expect(coreText(p, 'ja')).toBe('3 行目には値が 2 個ありますが、1 行目には 4 個あります。すべての行を同じ長さの系列にしてください。');
    expect(coreText(problem('spec-too-many-series', { total: 250_000, max: 200_000 }), 'en')).toBe('That is 250,000 series in total; the limit is 200,000.');
    expect(coreText(problem('spec-count-range', { group: 'level-shift', min: 0, max: 9, got: -1 }), 'ja')).toContain('「レベルシフト」');
  });

  it('know the core codes only', () => {
    expect(isCoreCode('csv-ragged')).toBe(true);
    expect(isCoreCode('range')).toBe(false);
    expect(isCoreCode('toString')).toBe(false);
  });
});
