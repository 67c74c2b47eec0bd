import { describe, expect, it } from 'vitest';
import { packWeights, unpackWeights } from './weights-codec';

describe('packWeights / unpackWeights', () => {
  const weights = [Float32Array.from([0.1, -2.5, 3e-5, 1000]), Float32Array.from([]), Float32Array.from([0.333333, 7])];

  it('keeps float32 values exactly, in order, with their lengths', () => {
    const packed = packWeights(weights, 'float32');
    expect(packed.data.byteLength).toBe(6 * 4);
    expect(packed.lengths).toEqual([4, 0, 2]);
    const back = unpackWeights(packed);
    expect(back.map((w) => Array.from(w))).toEqual(weights.map((w) => Array.from(w)));
  });

  it('halves the bytes with float16 and rounds each value to about 3 significant digits', () => {
    const packed = packWeights(weights, 'float16');
    expect(packed.data.byteLength).toBe(6 * 2);
    const back = unpackWeights(packed);
    expect(back[0][0]).toBeCloseTo(0.1, 3);
    expect(back[0][0]).not.toBe(Math.fround(0.1));
    expect(back[0][1]).toBe(-2.5);
    expect(back[0][3]).toBe(1000);
    expect(Math.abs(back[0][2] - 3e-5)).toBeLessThan(1e-7);
    expect(back[2][0]).toBeCloseTo(0.3333, 3);
  });

  it('refuses a buffer that does not match the lengths', () => {
    expect(() => unpackWeights({ precision: 'float32', lengths: [3], data: new ArrayBuffer(8) })).toThrow(RangeError);
  });
});
