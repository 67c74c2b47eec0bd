import { describe, expect, it } from 'vitest';
import type { FaceFolderPrint } from '../../core/pipeline/conv-ae-pca-types';
import { problemText } from '../../notebook/settings/problem-text';
import { splitFaces } from './celeba-split';
import { faceFolderPrint, hashHex, printExtra, runDataProblem, runPrint } from './folder-print';

/** 20 images of folder `faces`: 000001.png … 000020.png, 1000 + i bytes; the last 4 wear glasses. */
const IMAGES = Array.from({ length: 20 }, (_, i) => ({ path: `faces/${String(i + 1).padStart(6, '0')}.png`, size: 1000 + i }));
const GLASSES = IMAGES.map((_, i) => i >= 16);

function printOf(images = IMAGES, glasses = GLASSES, seed = 0): FaceFolderPrint {
  const split = splitFaces(glasses, seed);
  if (!split.ok) throw new Error('split refused');
  return faceFolderPrint(images, split.split, seed);
}

const runOf = (print: FaceFolderPrint | null, folder = 'faces') => ({ extra: { source: 'folder', folder, ...(print ? printExtra(print) : {}) } });
const texts = (p: ReturnType<typeof runDataProblem>) => [problemText(p!, 'en'), problemText(p!, 'ja')];

describe('the print of a face folder', () => {
  it('hashes text to 14 hex digits, the same text to the same digits', () => {
    expect(hashHex('faces/000001.png')).toMatch(/^[0-9a-f]{14}$/);
    expect(hashHex('faces/000001.png')).toBe(hashHex('faces/000001.png'));
    expect(hashHex('faces/000001.png')).not.toBe(hashHex('faces/000002.png'));
    expect(hashHex('')).not.toBe(hashHex('\u0000'));
  });

  it('counts the images, keeps the seed, and changes with a file’s name or size, the seed or the glasses labels', () => {
    const base = printOf();
    expect(base.images).toBe(20);
    expect(base.seed).toBe(0);
    expect(printOf()).toEqual(base);
    const resized = IMAGES.map((f, i) => (i === 3 ? { ...f, size: f.size + 1 } : f));
    expect(printOf(resized).files).not.toBe(base.files);
    expect(printOf(resized).split).toBe(base.split);
    const renamed = IMAGES.map((f, i) => (i === 3 ? { ...f, path: 'faces/x.png' } : f));
    expect(printOf(renamed).files).not.toBe(base.files);
    const reseeded = printOf(IMAGES, GLASSES, 1);
    expect(reseeded.files).toBe(base.files);
    expect(reseeded.seed).toBe(1);
    expect(reseeded.split).not.toBe(base.split);
    const relabelled = printOf(IMAGES, GLASSES.map((g, i) => g || i === 0));
    expect(relabelled.files).toBe(base.files);
    expect(relabelled.split).not.toBe(base.split);
  });

  it('is kept in a run’s extra and read back from it; a run kept before it has none', () => {
    const print = printOf();
    expect(printExtra(print)).toEqual({ images: 20, files: print.files, splitSeed: 0, split: print.split });
    expect(runPrint(runOf(print).extra)).toEqual(print);
    expect(runPrint({ source: 'folder', folder: 'faces' })).toBeNull();
  });
});

describe('reopening a folder run checks the folder open now', () => {
  const print = printOf();

  it('reopens on the same folder, files and split', () => {
    expect(runDataProblem(runOf(print), { name: 'faces', print: printOf() })).toBeNull();
  });

  it('refuses with no folder open, naming the run’s folder, its image count and seed (en and ja)', () => {
    const p = runDataProblem(runOf(print), null);
    expect(p?.code).toBe('cap-run-no-folder');
    expect(texts(p)).toEqual([
      'This run was trained on your folder faces (20 images, split with seed 0), and no folder is open now: open faces again in “Bring your own faces” first.',
      'この実行は自分のフォルダ faces（画像 20 枚、シード 0 で分割）で学習したものですが、今はフォルダを開いていません。先に「自分の顔画像で試す」で faces をもう一度開いてください。',
    ]);
  });

  it('refuses a folder of the same name with other files, naming both counts (en and ja)', () => {
    const p = runDataProblem(runOf(print), { name: 'faces', print: printOf(IMAGES.slice(0, 19), GLASSES.slice(0, 19)) });
    expect(p?.code).toBe('cap-run-files');
    expect(texts(p)).toEqual([
      'This run was trained on your folder faces (20 images, split with seed 0); the folder open now, faces (19 images), holds other files: open faces as it was in “Bring your own faces” first.',
      'この実行は自分のフォルダ faces（画像 20 枚、シード 0 で分割）で学習したものですが、今開いているフォルダ faces（画像 19 枚）はファイルが違います。先に「自分の顔画像で試す」で当時のままの faces を開いてください。',
    ]);
    expect(runDataProblem(runOf(print), { name: 'other', print })?.code).toBe('cap-run-files');
  });

  it('refuses the same files split with another seed, saying which seed to set (en and ja)', () => {
    const p = runDataProblem(runOf(print), { name: 'faces', print: printOf(IMAGES, GLASSES, 1) });
    expect(p?.code).toBe('cap-run-seed');
    expect(texts(p)).toEqual([
      'This run was trained on your folder faces (20 images, split with seed 0); the same files are open now, but split with seed 1: set Random seed to 0, then open faces again in “Bring your own faces”.',
      'この実行は自分のフォルダ faces（画像 20 枚、シード 0 で分割）で学習したものです。今も同じファイルを開いていますが、シード 1 で分割されています。乱数シードを 0 にしてから、「自分の顔画像で試す」で faces をもう一度開いてください。',
    ]);
  });

  it('refuses the same files and seed with other glasses labels (en and ja)', () => {
    const p = runDataProblem(runOf(print), { name: 'faces', print: printOf(IMAGES, IMAGES.map(() => false)) });
    expect(p?.code).toBe('cap-run-labels');
    expect(texts(p)).toEqual([
      'This run was trained on your folder faces (20 images, split with seed 0); the same files are open now with the same seed, but with other glasses labels: open faces again with the attributes file the run was trained with (or without one, if it had none).',
      'この実行は自分のフォルダ faces（画像 20 枚、シード 0 で分割）で学習したものです。今も同じファイルを同じシードで開いていますが、眼鏡のラベルが違います。学習したときと同じ属性ファイルで（属性ファイルなしで学習した場合はなしで）faces をもう一度開いてください。',
    ]);
  });

  it('reopens a run kept before runs recorded the print on a folder of its name, as runs did then; else says what to open (en and ja)', () => {
    expect(runDataProblem(runOf(null), { name: 'faces', print })).toBeNull();
    const p = runDataProblem(runOf(null), { name: 'other', print });
    expect(p?.code).toBe('cap-run-unchecked');
    expect(texts(p)).toEqual([
      'This run was trained on your folder faces, which is not kept: open faces again in “Bring your own faces” first. The run was kept before runs recorded a folder’s files and split, so only the folder’s name is checked.',
      'この実行は自分のフォルダ faces で学習したもので、そのフォルダは保存されていません。先に「自分の顔画像で試す」で faces をもう一度開いてください。フォルダのファイルと分割を記録するようになる前の実行なので、確かめるのはフォルダの名前だけです。',
    ]);
    expect(runDataProblem(runOf(null), null)?.code).toBe('cap-run-unchecked');
  });

  it('a built-in run needs no folder open', () => {
    const builtin = { extra: { source: 'builtin', folder: null } };
    expect(runDataProblem(builtin, null)).toBeNull();
    expect(problemText(runDataProblem(builtin, { name: 'faces', print })!, 'ja')).toBe('この実行は組み込みの顔で学習したものです。先に「自分の顔画像で試す」の「組み込みの顔に戻す」を押してください。');
  });
});
