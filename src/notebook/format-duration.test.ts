import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatDuration(0.2)).toBe('1 s');
    expect(formatDuration(44.6)).toBe('45 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(3900)).toBe('1 h 5 min');
    expect(formatDuration(NaN)).toBe('—');
  });

  it('uses Japanese units on a Japanese page', () => {
    expect(formatDuration(44.6, 'ja')).toBe('45 秒');
    expect(formatDuration(200, 'ja')).toBe('3 分 20 秒');
    expect(formatDuration(3900, 'ja')).toBe('1 時間 5 分');
    expect(formatDuration(-1, 'ja')).toBe('—');
  });
});
