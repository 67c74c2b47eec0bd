import { describe, expect, it } from 'vitest';
import { formatDuration, formatShortDuration } from './format-duration';

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

describe('formatShortDuration (one epoch)', () => {
  it('shows under 10 s to a tenth of a second, a whole number without its ".0", at least 0.1 s', () => {
    expect(formatShortDuration(0.42)).toBe('0.4 s');
    expect(formatShortDuration(1.25, 'ja')).toBe('1.3 秒');
    expect(formatShortDuration(2)).toBe('2 s');
    expect(formatShortDuration(1.96)).toBe('2 s');
    expect(formatShortDuration(0.01)).toBe('0.1 s');
    expect(formatShortDuration(9.94)).toBe('9.9 s');
  });

  it('from 10 s on, and for unknown times, reads as formatDuration', () => {
    expect(formatShortDuration(9.96)).toBe('10 s');
    expect(formatShortDuration(53.4, 'ja')).toBe('53 秒');
    expect(formatShortDuration(200)).toBe('3 min 20 s');
    expect(formatShortDuration(NaN)).toBe('—');
  });
});
