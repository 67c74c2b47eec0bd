import { encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { MASK_COVERAGE, loadMvtecCategory } from './mvtec-load';
import { parseMvtecLayout, type MvtecLayout } from './mvtec-layout';

/** A 16×16 8-bit gray PNG filled with `value` (0..255), with an optional square of `square` at rows/cols [4, 12). */
function grayPng(value: number, square?: number, side = 16): Uint8Array {
  const data = new Uint8Array(side * side).fill(value);
  if (square !== undefined) for (let y = 4; y < 12; y++) for (let x = 4; x < 12; x++) data[y * side + x] = square;
  return encode({ width: side, height: side, data, channels: 1, depth: 8 });
}

/** A 16×16 RGB PNG of one colour. */
const rgbPng = (r: number, g: number, b: number): Uint8Array =>
  encode({ width: 16, height: 16, data: Uint8Array.from({ length: 16 * 16 * 3 }, (_, i) => [r, g, b][i % 3]), channels: 3, depth: 8 });

/** A small category folder, in memory: path → bytes. */
function folder(): Map<string, Uint8Array> {
  return new Map([
    ['cat/train/good/000.png', grayPng(51)],
    ['cat/train/good/001.png', rgbPng(255, 0, 0)],
    ['cat/test/good/000.png', grayPng(102)],
    ['cat/test/cut/000.png', grayPng(102, 0)],
    ['cat/ground_truth/cut/000_mask.png', grayPng(0, 255)],
  ]);
}

function layoutOf(files: Map<string, Uint8Array>): MvtecLayout {
  const parsed = parseMvtecLayout([...files.keys()]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.layout;
}

const reader = (files: Map<string, Uint8Array>) => async (path: string): Promise<Uint8Array> => {
  const bytes = files.get(path);
  if (!bytes) throw new Error('missing');
  return bytes;
};

describe('loadMvtecCategory', () => {
  it('decodes, converts to gray, resizes to the input size and binarises masks', async () => {
    const files = folder();
    const progress: number[] = [];
    const result = await loadMvtecCategory(layoutOf(files), reader(files), 8, { onProgress: (done, total) => progress.push(done / total) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { images } = result;
    expect(images.size).toBe(8);
    expect(images.train.length).toBe(2 * 64);
    expect(images.train[0]).toBeCloseTo(0.2, 6);
    expect(images.train[64]).toBeCloseTo(0.2125, 6);
    expect(images.defects).toEqual(['good', 'cut']);
    expect([...images.labels]).toEqual([0, 1]);
    expect(images.names.test).toEqual(['cat/test/good/000.png', 'cat/test/cut/000.png']);
    const mask = images.masks.subarray(64, 128);
    const expected = Array.from({ length: 64 }, (_, i) => (i % 8 >= 2 && i % 8 < 6 && i >= 16 && i < 48 ? 1 : 0));
    expect([...mask]).toEqual(expected);
    expect(images.masks.subarray(0, 64).every((m) => m === 0)).toBe(true);
    expect(images.test[64 + 3 * 8 + 3]).toBe(0);
    expect(images.test[64]).toBeCloseTo(0.4, 6);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toHaveLength(5);
  });

  it('keeps a thin defect only where it covers at least half a pixel', async () => {
    const files = folder();
    const thin = new Uint8Array(16 * 16);
    for (let y = 0; y < 16; y++) thin[y * 16 + 5] = 255;
    for (let y = 0; y < 16; y++) thin[y * 16 + 8] = thin[y * 16 + 9] = 255;
    files.set('cat/ground_truth/cut/000_mask.png', encode({ width: 16, height: 16, data: thin, channels: 1, depth: 8 }));
    const result = await loadMvtecCategory(layoutOf(files), reader(files), 8);
    if (!result.ok) throw new Error('expected images');
    const row = [...result.images.masks.subarray(64, 72)];
    expect(MASK_COVERAGE).toBe(0.5);
    expect(row).toEqual([0, 0, 1, 0, 1, 0, 0, 0]);
  });

  it('names every unreadable file and every mask of the wrong size', async () => {
    const files = folder();
    files.set('cat/train/good/001.png', new TextEncoder().encode('not an image'));
    files.set('cat/test/good/000.png', grayPng(1).slice(0, 50));
    files.set('cat/ground_truth/cut/000_mask.png', grayPng(0, 255, 20));
    const layout = layoutOf(files);
    const read = reader(files);
    const result = await loadMvtecCategory({ ...layout, train: [...layout.train, 'cat/train/good/gone.png'] }, read, 8);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'mvtec-unreadable', values: { file: 'cat/train/good/001.png', reason: 'not-png' } },
        { code: 'mvtec-unreadable', values: { file: 'cat/train/good/gone.png', reason: 'read-failed' } },
        { code: 'mvtec-unreadable', values: { file: 'cat/test/good/000.png', reason: 'corrupt' } },
        {
          code: 'mvtec-mask-size',
          values: { file: 'cat/ground_truth/cut/000_mask.png', image: 'cat/test/cut/000.png', width: 20, height: 20, imageWidth: 16, imageHeight: 16 },
        },
      ],
    });
  });

  it('stops between files when aborted', async () => {
    const files = folder();
    const controller = new AbortController();
    const read = async (path: string) => {
      controller.abort(new Error('stop'));
      return files.get(path)!;
    };
    await expect(loadMvtecCategory(layoutOf(files), read, 8, { signal: controller.signal })).rejects.toThrow('stop');
  });
});
