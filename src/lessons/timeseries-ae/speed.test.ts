import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from './params';
import { aroundSpeed, runValues } from './speed';

const generated = { source: 'generated' as const, set: null };

describe('the time-series lesson’s time around the epochs', () => {
  it('counts the values a run handles: the generated 10,200 series of 100 steps, else a loaded CSV’s', () => {
    expect(runValues(DEFAULT_PARAMS, generated)).toBe(1_020_000);
    expect(runValues({ spec: { ...DEFAULT_PARAMS.spec, length: 50 } }, generated)).toBe(510_000);
    const csv = { L: 4, x: new Float32Array(12), group: new Uint8Array(3), groupNames: ['normal'] };
    expect(runValues(DEFAULT_PARAMS, { source: 'csv', set: csv })).toBe(12);
    // A generated set is made again from the settings at Train.
    expect(runValues(DEFAULT_PARAMS, { source: 'generated', set: csv })).toBe(1_020_000);
  });

  it('is 3 s and 0.5 µs a value before any measurement (3.51 s for the defaults), then what was measured', () => {
    expect(aroundSpeed.estimate(1_020_000, {}, null).seconds).toBeCloseTo(3.51, 9);
    expect(aroundSpeed.estimate(1_020_000, { wasm: [[1_020_000, 0.6]] }, 'wasm').seconds).toBeCloseTo(0.6, 9);
  });
});
