import { describe, expect, it } from 'vitest';
import { parseNumber } from './param-spec';

const latent = { kind: 'int' as const, min: 1, max: 784 };
const lr = { kind: 'float' as const, min: 1e-5, max: 1 };

describe('parseNumber', () => {
  it('accepts in-range values', () => {
    expect(parseNumber(' 64 ', latent)).toEqual({ ok: true, value: 64 });
    expect(parseNumber('1e-3', lr)).toEqual({ ok: true, value: 0.001 });
  });
  it('refuses zero, negatives, fractions, junk and empties with the range', () => {
    expect(parseNumber('0', latent)).toEqual({ ok: false, error: 'Must be between 1–784.' });
    expect(parseNumber('-1', latent)).toMatchObject({ ok: false });
    expect(parseNumber('2.5', latent)).toEqual({ ok: false, error: 'Must be a whole number (1–784).' });
    expect(parseNumber('abc', latent)).toEqual({ ok: false, error: '“abc” is not a number (1–784).' });
    expect(parseNumber('', latent)).toEqual({ ok: false, error: 'Enter a value (1–784).' });
    expect(parseNumber('NaN', lr)).toMatchObject({ ok: false });
  });
});
