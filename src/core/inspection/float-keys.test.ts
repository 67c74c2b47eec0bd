import { describe, expect, it } from 'vitest';
import { floatKey, keyValue, nextFloatAbove, radixSortKeys } from './float-keys';

describe('floatKey', () => {
  it('orders float32 values as numbers do, including negatives, zero and subnormals', () => {
    const values = [-3.5, -1, -1e-40, -0, 0, 1e-45, 1e-40, 0.1, 0.5, 1, 2, 3.4e38];
    const keys = values.map(floatKey);
    for (let i = 1; i < values.length; i++) {
      if (Object.is(values[i], 0) && Object.is(values[i - 1], -0)) expect(keys[i]).toBe(keys[i - 1]);
      else expect(keys[i]).toBeGreaterThan(keys[i - 1]);
    }
    expect(floatKey(0)).toBe(0x80000000);
    expect(floatKey(1)).toBe(0xbf800000);
    expect(floatKey(-1)).toBe(0x407fffff);
  });

  it('round-trips through keyValue to the float32 value', () => {
    for (const v of [-2.25, -0.1, 0, 0.1, 0.7, 1e-30, 123456.789]) expect(keyValue(floatKey(v))).toBe(Math.fround(v));
  });

  it('nextFloatAbove is the next float32', () => {
    expect(nextFloatAbove(floatKey(1))).toBe(1 + 2 ** -23);
    expect(nextFloatAbove(floatKey(0))).toBe(2 ** -149);
    expect(nextFloatAbove(floatKey(-1))).toBe(-1 + 2 ** -24);
    expect(nextFloatAbove(floatKey(3.4028234663852886e38))).toBe(Infinity);
  });
});

describe('radixSortKeys', () => {
  it('sorts keys ascending and carries the payload along', () => {
    const values = [0.5, -2, 0.25, 0.5, 7, -0.125, 0.25, 1e-3];
    const keys = Uint32Array.from(values, floatKey);
    const payload = Uint32Array.from(values, (_, i) => i);
    const out = radixSortKeys(keys, payload);
    expect(Array.from(out.keys, keyValue)).toEqual([-2, -0.125, Math.fround(1e-3), 0.25, 0.25, 0.5, 0.5, 7]);
    // LSD radix sort is stable: equal keys keep their input order.
    expect(Array.from(out.payload!)).toEqual([1, 5, 7, 2, 6, 0, 3, 4]);
  });

  it('matches a comparison sort on 100,000 random keys, and skips passes that cannot change the order', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const keys = Uint32Array.from({ length: 100_000 }, () => floatKey(rand() * 2 - 0.5));
    const expected = Array.from(keys).sort((a, b) => a - b);
    expect(Array.from(radixSortKeys(keys.slice()).keys)).toEqual(expected);
    const sameHigh = Uint32Array.from({ length: 1000 }, (_, i) => 0xbf800000 + ((i * 7919) % 1000));
    expect(Array.from(radixSortKeys(sameHigh).keys)).toEqual(Array.from(sameHigh).sort((a, b) => a - b));
    expect(radixSortKeys(new Uint32Array(0)).keys.length).toBe(0);
  });

  it('rejects a payload of another length', () => {
    expect(() => radixSortKeys(new Uint32Array(3), new Uint32Array(2))).toThrow('payload-length-mismatch');
  });
});
