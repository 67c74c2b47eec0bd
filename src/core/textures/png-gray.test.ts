import { encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/texture-fixtures.json';
import { decodeGrayPng, encodeGrayPng, LUMA } from './png-gray';

function gray(bytes: Uint8Array): Float32Array {
  const result = decodeGrayPng(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.image.data;
}

describe('decodeGrayPng', () => {
  it('round-trips 8-bit grayscale exactly (byte/255)', () => {
    const image = { width: 5, height: 3, data: Float32Array.from({ length: 15 }, (_, i) => (i * 17) / 255) };
    const result = decodeGrayPng(encodeGrayPng(image));
    expect(result.ok && [result.image.width, result.image.height]).toEqual([5, 3]);
    expect(result.ok && result.image.data).toEqual(image.data);
  });

  it('turns RGB into luma exactly as scikit-image rgb2gray, ignoring alpha', () => {
    const { rgb, width, height, gray: expected } = fixtures.rgb2gray;
    const fromRgb = gray(encode({ width, height, data: Uint8Array.from(rgb), channels: 3, depth: 8 }));
    expected.forEach((v, i) => expect(fromRgb[i]).toBeCloseTo(v, 6));
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], i * 20], 4 * i);
    expect(gray(encode({ width, height, data: rgba, channels: 4, depth: 8 }))).toEqual(fromRgb);
    expect(LUMA.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('reads 16-bit gray, gray + alpha, palettes and packed 1-bit rows', () => {
    expect([...gray(encode({ width: 2, height: 1, data: Uint16Array.of(0, 65535 / 5), channels: 1, depth: 16 }))]).toEqual([0, Math.fround(0.2)]);
    expect([...gray(encode({ width: 2, height: 1, data: Uint8Array.of(51, 0, 255, 9), channels: 2, depth: 8 }))]).toEqual([0.2, 1].map(Math.fround));
    const palette = [[255, 0, 0], [0, 0, 255], [10, 10, 10], [0, 255, 0]];
    const indexed = encode({ width: 4, height: 1, data: Uint8Array.of(0b00011011), channels: 1, depth: 2, palette });
    expect([...gray(indexed)]).toEqual([LUMA[0], LUMA[2], 10 / 255, LUMA[1]].map((v) => expect.closeTo(v, 6)));
    const bits = encode({ width: 10, height: 2, data: Uint8Array.of(0b10100000, 0b01000000, 0b11111111, 0b11000000), channels: 1, depth: 1 });
    expect([...gray(bits)]).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('names what is wrong with a file that is not a readable PNG', () => {
    expect(decodeGrayPng(new TextEncoder().encode('just some text'))).toEqual({ ok: false, reason: 'not-png' });
    expect(decodeGrayPng(new Uint8Array(0))).toEqual({ ok: false, reason: 'not-png' });
    const good = encodeGrayPng({ width: 8, height: 8, data: new Float32Array(64).fill(0.5) });
    expect(decodeGrayPng(good.slice(0, 40))).toEqual({ ok: false, reason: 'corrupt' });
    const scrambled = good.slice();
    for (let i = 41; i < scrambled.length - 12; i++) scrambled[i] ^= 0x5a;
    expect(decodeGrayPng(scrambled)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
