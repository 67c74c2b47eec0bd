import { describe, expect, it } from 'vitest';
import { validateScoresLabels, validateThreshold } from './validate';

describe('validateScoresLabels', () => {
  it('returns the number of anomalies for valid typed and plain arrays', () => {
    expect(validateScoresLabels(new Float32Array([0.1, 0.2, 0.3]), new Uint8Array([1, 0, 1]), 'f')).toBe(2);
    expect(validateScoresLabels([5, -1], [0, 0], 'f')).toBe(0);
    expect(validateScoresLabels([], [], 'f')).toBe(0);
  });

  it('throws on unequal lengths, naming the caller', () => {
    expect(() => validateScoresLabels([1, 2], [1], 'rocAuc')).toThrow(/rocAuc: .*equal lengths.*2 and 1/);
  });

  it.each([NaN, Infinity, -Infinity])('throws on non-finite score %s', (bad) => {
    expect(() => validateScoresLabels([0, bad], [0, 1], 'f')).toThrow(/scores must be finite.*scores\[1\]/);
  });

  it.each([2, -1, 0.5, NaN])('throws on label %s', (bad) => {
    expect(() => validateScoresLabels([0, 1], [bad, 1], 'f')).toThrow(/labels must be 0 .* or 1/);
  });
});

describe('validateThreshold', () => {
  it('accepts finite and infinite thresholds but rejects NaN', () => {
    expect(() => validateThreshold(Infinity, 'f')).not.toThrow();
    expect(() => validateThreshold(-Infinity, 'f')).not.toThrow();
    expect(() => validateThreshold(0.3, 'f')).not.toThrow();
    expect(() => validateThreshold(NaN, 'g')).toThrow(/g: threshold must not be NaN/);
  });
});
