import { describe, expect, it } from 'vitest';
import { SEED002_SERIES } from '../../core/timeseries/series-spec';
import { readSpecField, specFieldSpec, writeSpecField } from './spec-fields';

describe('generator fields', () => {
  it('reads and writes nested fields without touching the original, with per-field ranges', () => {
    const next = writeSpecField(SEED002_SERIES, 'cos.amplitude', 2);
    expect(readSpecField(next, 'cos.amplitude')).toBe(2);
    expect(SEED002_SERIES.cos.amplitude).toBe(3);
    expect(readSpecField(writeSpecField(next, 'length', 64), 'length')).toBe(64);
    expect(specFieldSpec('normal.count')).toEqual({ kind: 'int', min: 1, max: 200_000 });
    expect(specFieldSpec('lowNoise.count').min).toBe(0);
    expect(specFieldSpec('dropout.fraction')).toEqual({ kind: 'float', min: 0, max: 1 });
  });
});
