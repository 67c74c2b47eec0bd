import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encode } from 'fast-png';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, loadMvtecDir, problemLines } from './mvtec-dir';

const base = mkdtempSync(join(tmpdir(), 'mvtec-dir-test-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const png = (value: number, side = 24): Uint8Array => encode({ width: side, height: side, data: new Uint8Array(side * side).fill(value), channels: 1, depth: 8 });

/** Writes a category folder under the test's temp directory and returns its path. */
function write(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(base, name);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

const GOOD = {
  'train/good/000.png': png(10),
  'train/good/001.png': png(20),
  'test/good/000.png': png(30),
  'test/crack/000.png': png(40),
  'ground_truth/crack/000_mask.png': png(255),
};

describe('loadMvtecDir', () => {
  it('lists, checks and decodes a category folder', async () => {
    const dir = write('good', GOOD);
    expect(await listFiles(dir)).toEqual(['ground_truth/crack/000_mask.png', 'test/crack/000.png', 'test/good/000.png', 'train/good/000.png', 'train/good/001.png']);
    const result = await loadMvtecDir(dir, 12);
    if (!result.ok) throw new Error(problemLines(result.problems).join('\n'));
    expect(result.defects).toEqual(['crack']);
    expect(result.images.train.length).toBe(2 * 144);
    expect(result.images.train[144]).toBeCloseTo(20 / 255, 6);
    expect([...result.images.labels]).toEqual([0, 1]);
    expect(result.images.masks.subarray(144).every((m) => m === 1)).toBe(true);
  });

  it('names the file for a missing mask, an unreadable image and a stray file', async () => {
    const { ['ground_truth/crack/000_mask.png']: _mask, ...noMask } = GOOD;
    const missing = await loadMvtecDir(write('no-mask', noMask), 12);
    expect(missing.ok === false && problemLines(missing.problems)).toEqual([
      'mvtec-missing-mask {"file":"test/crack/000.png","mask":"ground_truth/crack/000_mask.png"}',
    ]);
    const broken = await loadMvtecDir(write('broken', { ...GOOD, 'train/good/001.png': 'hello' }), 12);
    expect(broken.ok === false && broken.problems).toEqual([{ code: 'mvtec-unreadable', values: { file: 'train/good/001.png', reason: 'not-png' } }]);
    const stray = await loadMvtecDir(write('stray', { ...GOOD, 'notes.md': 'x', 'test/crack/001.jpg': 'x' }), 12);
    expect(stray.ok === false && stray.problems.map((p) => p.code)).toEqual(['mvtec-unknown-file', 'mvtec-not-png']);
  });

  it('fails plainly for a folder that does not exist', async () => {
    await expect(loadMvtecDir(join(base, 'nowhere'), 12)).rejects.toThrow(/ENOENT/);
  });
});
