import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/texture-fixtures.json';
import { imageToBytes } from './gray-image';
import { decodeGrayPng } from './png-gray';
import {
  REAL_TEXTURES,
  TEXTURE_BYTES,
  generateTexture,
  isRealTexture,
  isTextureName,
  parseTexturePath,
  textureFilePath,
  textureFromBytes,
} from './texture-files';

const committed = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../data/textures/${name}.png`, import.meta.url)));

describe('texture files', () => {
  it('names, paths and parsing agree', () => {
    expect(REAL_TEXTURES.map(textureFilePath)).toEqual(['data/textures/grass.u8', 'data/textures/gravel.u8', 'data/textures/brick.u8']);
    expect(REAL_TEXTURES.map((n) => parseTexturePath(textureFilePath(n)))).toEqual([...REAL_TEXTURES]);
    expect(parseTexturePath('data/textures/carpet.u8')).toBeNull();
    expect(parseTexturePath('data/textures/grass.png')).toBeNull();
    expect(parseTexturePath('/data/textures/grass.u8')).toBeNull();
    expect([isTextureName('leather'), isTextureName('wood'), isRealTexture('carpet'), isRealTexture('brick')]).toEqual([true, false, false, true]);
  });

  it('turns served bytes into a 512² image and refuses any other length', () => {
    const bytes = new Uint8Array(TEXTURE_BYTES).fill(51);
    const image = textureFromBytes(bytes);
    expect(image && [image.width, image.height, image.data[1000]]).toEqual([512, 512, Math.fround(0.2)]);
    expect(textureFromBytes(new Uint8Array(TEXTURE_BYTES - 1))).toBeNull();
  });

  it.each(REAL_TEXTURES)('the committed %s.png is scikit-image\'s file and decodes to exactly its pixels', (name) => {
    const expected = fixtures.textures[name];
    const png = committed(name);
    expect(createHash('sha256').update(png).digest('hex')).toBe(expected.pngSha256);
    const decoded = decodeGrayPng(png);
    if (!decoded.ok) throw new Error(decoded.reason);
    const bytes = imageToBytes(decoded.image);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected.pixelsSha256);
    expect(bytes.reduce((s, v) => s + v, 0)).toBe(expected.sum);
    for (const [y, x, v] of expected.places) expect(bytes[y * 512 + x]).toBe(v);
  });

  it('generates carpet and leather from a seed', () => {
    const a = generateTexture('carpet', 3).data;
    expect(Buffer.from(a.buffer).equals(Buffer.from(generateTexture('carpet', 3).data.buffer))).toBe(true);
    expect(generateTexture('leather', 0).data[0]).not.toBe(generateTexture('carpet', 0).data[0]);
  });
});
