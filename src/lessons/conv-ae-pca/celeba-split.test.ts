import { describe, expect, it } from 'vitest';
import { baseName, parseCelebaAttrs, splitFaces } from './celeba-split';

const NAMES = '5_o_Clock_Shadow Arched_Eyebrows Eyeglasses Male';
const attrs = (rows: string[]) => ['3', NAMES, ...rows].join('\n');

describe('CelebA attributes', () => {
  it('reads the Eyeglasses column of every row', () => {
    const r = parseCelebaAttrs(attrs(['000001.jpg -1  1 -1  1', '000002.jpg  1 -1  1 -1', '000003.jpg -1 -1 -1 -1', '']));
    expect(r.ok && [...r.glasses]).toEqual([
      ['000001.jpg', false],
      ['000002.jpg', true],
      ['000003.jpg', false],
    ]);
  });

  it('names the first bad line, and a file without the column', () => {
    expect(parseCelebaAttrs('hello\nworld')).toEqual({ ok: false, problem: { code: 'attrs-format', values: { line: 1 } } });
    expect(parseCelebaAttrs(attrs(['000001.jpg -1 1 -1 1', '000002.jpg -1 1 x 1']))).toEqual({ ok: false, problem: { code: 'attrs-format', values: { line: 4 } } });
    expect(parseCelebaAttrs('1\nSmiling Male\n000001.jpg 1 1')).toEqual({ ok: false, problem: { code: 'attrs-no-glasses', values: {} } });
  });

  it('takes the base name of a path', () => {
    expect(baseName('celeba/img/000001.jpg')).toBe('000001.jpg');
    expect(baseName('000002.jpg')).toBe('000002.jpg');
  });
});

describe('splitFaces', () => {
  it('holds out a seeded fifth of the normals and tests every face with glasses', () => {
    const glasses = Array.from({ length: 14 }, (_, i) => i % 7 === 3);
    const r = splitFaces(glasses, 0);
    if (!r.ok) throw new Error('expected a split');
    const { train, test, testLabels } = r.split;
    expect(train.length).toBe(10);
    expect(test.length).toBe(2 + 2);
    expect(test.slice(2)).toEqual([3, 10]);
    expect(testLabels).toEqual([0, 0, 1, 1]);
    expect(new Set([...train, ...test]).size).toBe(14);
    expect(splitFaces(glasses, 0)).toEqual(r);
    expect(splitFaces(glasses, 1)).not.toEqual(r);
  });

  it('refuses a folder with too few faces without glasses', () => {
    expect(splitFaces([false, true, false], 0)).toEqual({ ok: false, problem: { code: 'too-few', values: { normals: 2 } } });
  });
});
