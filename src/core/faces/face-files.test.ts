import { describe, expect, it } from 'vitest';
import { FACE_FILE_BYTES, FACE_GLASSES, FACE_IDENTITIES, FACE_PIXELS, faceDataFromBytes, faceFilePath, glassesMask, parseFacePath } from './face-files';

/** A fake file: identity i's plain face is all (i % 200); glasses face g differs from its plain face on pixels 10..19. */
function fakeFile(): Uint8Array {
  const bytes = new Uint8Array(FACE_FILE_BYTES);
  for (let i = 0; i < FACE_IDENTITIES; i++) bytes.fill(i % 200, i * FACE_PIXELS, (i + 1) * FACE_PIXELS);
  for (let g = 0; g < FACE_GLASSES; g++) {
    const at = (FACE_IDENTITIES + g) * FACE_PIXELS;
    bytes.fill((FACE_IDENTITIES - FACE_GLASSES + g) % 200, at, at + FACE_PIXELS);
    bytes.fill(255, at + 10, at + 20);
  }
  return bytes;
}

describe('face files', () => {
  it('maps paths both ways and refuses unknown styles', () => {
    expect(faceFilePath('open-peeps', 'hard')).toBe('data/faces/open-peeps-hard.u8');
    expect(parseFacePath('data/faces/open-peeps-hard.u8')).toEqual({ style: 'open-peeps', variant: 'hard' });
    expect(parseFacePath('data/faces/avataaars-normal.u8')).toBeNull();
    expect(parseFacePath('data/faces/lorelei-easy.u8')).toBeNull();
  });

  it('gives the exact glasses mask of a pair', () => {
    const mask = glassesMask(fakeFile(), 3);
    expect(mask.reduce((s, v) => s + v, 0)).toBe(10);
    expect([mask[9], mask[10], mask[19], mask[20]]).toEqual([0, 1, 1, 0]);
  });

  it('splits train normals, test normals and test faces with glasses without repeating an identity', () => {
    const data = faceDataFromBytes(fakeFile(), 'lorelei', 'normal', { nTrain: 5, nTestNormal: 2, nTestAnomaly: 3 });
    expect(data.train.length).toBe(5 * FACE_PIXELS);
    expect(data.train[4 * FACE_PIXELS]).toBeCloseTo(4 / 255, 7);
    expect(data.test[FACE_PIXELS]).toBeCloseTo(801 % 200 / 255, 7);
    expect(Array.from(data.testLabels)).toEqual([0, 0, 1, 1, 1]);
    expect(data.test[2 * FACE_PIXELS + 10]).toBe(1);
    const masks = data.testMasks!;
    expect(masks.subarray(0, 2 * FACE_PIXELS).some((v) => v !== 0)).toBe(false);
    expect(masks[4 * FACE_PIXELS + 15]).toBe(1);
    expect(data.source).toEqual({ kind: 'builtin', style: 'lorelei', variant: 'normal' });
  });

  it('throws a code for bad counts or a file of the wrong size', () => {
    expect(() => faceDataFromBytes(new Uint8Array(3), 'lorelei', 'normal', { nTrain: 1, nTestNormal: 0, nTestAnomaly: 0 })).toThrow('faces-file-size');
    expect(() => faceDataFromBytes(fakeFile(), 'lorelei', 'normal', { nTrain: 801, nTestNormal: 0, nTestAnomaly: 0 })).toThrow('faces-n-train');
    expect(() => faceDataFromBytes(fakeFile(), 'lorelei', 'normal', { nTrain: 1, nTestNormal: 0, nTestAnomaly: 101 })).toThrow('faces-n-test-anomaly');
  });
});
