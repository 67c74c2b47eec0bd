import { describe, expect, it } from 'vitest';
import { parseIdx } from './idx';

/** Builds an unsigned-byte IDX file from dims and data. */
function idx(dims: number[], data: number[], typeCode = 0x08): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(out.buffer);
  out.set([0, 0, typeCode, dims.length]);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(data, 4 + 4 * dims.length);
  return out;
}

describe('parseIdx', () => {
  it('reads big-endian dims and row-major data', () => {
    const file = idx([2, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 255]);
    const parsed = parseIdx(file);
    expect(parsed.dims).toEqual([2, 2, 3]);
    expect(Array.from(parsed.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 255]);
  });

  it('decodes dims above 255 big-endian, like the MNIST header', () => {
    const parsed = parseIdx(idx([60000], new Array(60000).fill(7)));
    expect(parsed.dims).toEqual([60000]);
    expect(parsed.data.length).toBe(60000);
    expect(parsed.data[59999]).toBe(7);
  });

  it('works on a view with a non-zero byteOffset', () => {
    const file = idx([3], [9, 8, 7]);
    const padded = new Uint8Array(file.length + 5);
    padded.set(file, 5);
    expect(Array.from(parseIdx(padded.subarray(5)).data)).toEqual([9, 8, 7]);
  });

  it('rejects a bad magic number', () => {
    const file = idx([1], [0]);
    file[0] = 0x1f;
    expect(() => parseIdx(file)).toThrow(/bad magic number 0x1f000801/);
  });

  it('rejects non-ubyte types and zero dimensions', () => {
    expect(() => parseIdx(idx([1], [0], 0x0d))).toThrow(/unsupported type code 0xd/);
    expect(() => parseIdx(new Uint8Array([0, 0, 8, 0]))).toThrow(/zero dimensions/);
  });

  it('rejects truncated files and trailing bytes', () => {
    const file = idx([2, 3], [1, 2, 3, 4, 5, 6]);
    expect(() => parseIdx(file.subarray(0, file.length - 1))).toThrow(/truncated — dims \[2, 3\] need 6 data bytes, found 5/);
    expect(() => parseIdx(file.subarray(0, 9))).toThrow(/truncated header/);
    expect(() => parseIdx(file.subarray(0, 2))).toThrow(/too short/);
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    expect(() => parseIdx(longer)).toThrow(/trailing bytes/);
  });
});
