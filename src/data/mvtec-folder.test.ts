import { encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { droppedFiles, loadMvtecFolder, pickedFiles, type DroppedEntry, type FolderFile } from './mvtec-folder';

const png = (value: number): Uint8Array<ArrayBuffer> => new Uint8Array(encode({ width: 8, height: 8, data: new Uint8Array(64).fill(value), channels: 1, depth: 8 }));

/** A File as a folder picker gives it, with its path in the folder. */
function picked(path: string, bytes: BlobPart): File {
  const file = new File([bytes], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

const FOLDER: Record<string, BlobPart> = {
  'leather/train/good/000.png': png(40),
  'leather/test/good/000.png': png(50),
  'leather/test/poke/000.png': png(60),
  'leather/ground_truth/poke/000_mask.png': png(255),
};

/** Fake drop entries for a tree of files; directories hand out their children two at a time. */
function entry(name: string, tree: Record<string, unknown> | Uint8Array<ArrayBuffer> | string): DroppedEntry {
  if (typeof tree === 'string' || tree instanceof Uint8Array) {
    return { isFile: true, isDirectory: false, name, file: (ok) => ok(new File([tree], name)) };
  }
  const children = Object.entries(tree).map(([n, t]) => entry(n, t as Record<string, unknown>));
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return { readEntries: (ok) => ok(children.slice(at, (at += 2))) };
    },
  };
}

describe('MVTec folder in the page', () => {
  it('loads a picked folder by its relative paths', async () => {
    const files = pickedFiles(Object.entries(FOLDER).map(([p, b]) => picked(p, b)));
    expect(files.map((f) => f.path)).toEqual(Object.keys(FOLDER));
    const result = await loadMvtecFolder(files, 4);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.layout.root).toBe('leather');
    expect(result.images.train[0]).toBeCloseTo(40 / 255, 6);
    expect([...result.images.labels]).toEqual([0, 1]);
    expect(result.images.masks.subarray(16).every((m) => m === 1)).toBe(true);
  });

  it('walks a dropped folder in full, keeping the folder in every path', async () => {
    const tree = { train: { good: { '000.png': png(40), '001.png': png(41), '002.png': png(42) } }, test: { good: { '000.png': png(50) } } };
    const files = await droppedFiles([entry('grid', tree)]);
    expect(files.map((f) => f.path).sort()).toEqual(['grid/test/good/000.png', 'grid/train/good/000.png', 'grid/train/good/001.png', 'grid/train/good/002.png']);
  });

  it('reports a broken folder by file and loads nothing', async () => {
    const files: FolderFile[] = Object.entries({ ...FOLDER, 'leather/test/poke/000.png': 'garbage' }).map(([path, b]) => ({ path, file: new Blob([b]) }));
    expect(await loadMvtecFolder(files, 4)).toEqual({ ok: false, problems: [{ code: 'mvtec-unreadable', values: { file: 'leather/test/poke/000.png', reason: 'not-png' } }] });
    const noMask = files.filter((f) => !f.path.includes('ground_truth'));
    const result = await loadMvtecFolder(noMask, 4);
    expect(result.ok === false && result.problems[0].code).toBe('mvtec-missing-mask');
  });
});
