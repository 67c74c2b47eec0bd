import { describe, expect, it } from 'vitest';
import { parseMvtecLayout, type MvtecLayoutProblem } from './mvtec-layout';

const CARPET = [
  'carpet/train/good/000.png',
  'carpet/train/good/010.png',
  'carpet/train/good/002.png',
  'carpet/test/good/000.png',
  'carpet/test/hole/001.png',
  'carpet/test/hole/000.png',
  'carpet/test/color/000.png',
  'carpet/ground_truth/hole/000_mask.png',
  'carpet/ground_truth/hole/001_mask.png',
  'carpet/ground_truth/color/000_mask.png',
];

const problemsOf = (paths: string[]): MvtecLayoutProblem[] => {
  const result = parseMvtecLayout(paths);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('parseMvtecLayout', () => {
  it('reads a category folder, stripping its own folder name', () => {
    const result = parseMvtecLayout([...CARPET, 'carpet/.DS_Store', 'carpet/train/good/._000.png']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.layout).toEqual({
      root: 'carpet',
      train: ['carpet/train/good/000.png', 'carpet/train/good/002.png', 'carpet/train/good/010.png'],
      test: [
        { path: 'carpet/test/good/000.png', defect: 'good', mask: null },
        { path: 'carpet/test/color/000.png', defect: 'color', mask: 'carpet/ground_truth/color/000_mask.png' },
        { path: 'carpet/test/hole/000.png', defect: 'hole', mask: 'carpet/ground_truth/hole/000_mask.png' },
        { path: 'carpet/test/hole/001.png', defect: 'hole', mask: 'carpet/ground_truth/hole/001_mask.png' },
      ],
      defects: ['color', 'hole'],
    });
    expect(result.ignored).toEqual(['carpet/.DS_Store', 'carpet/train/good/._000.png']);
  });

  it('accepts paths without a root, from a deeper drop, with backslashes and upper-case extensions', () => {
    const bare = parseMvtecLayout(CARPET.map((p) => p.replace('carpet/', '')));
    expect(bare.ok && bare.layout.root).toBe('');
    const deep = parseMvtecLayout(CARPET.map((p) => `mvtec\\${p.replace(/\//g, '\\').replace('000.png', '000.PNG')}`));
    expect(deep.ok && deep.layout.root).toBe('mvtec/carpet');
    expect(deep.ok && deep.layout.test[2].mask).toBe('mvtec\\carpet\\ground_truth\\hole\\000_mask.png');
    expect(parseMvtecLayout([...CARPET, 'readme.txt', 'carpet/license.txt']).ok).toBe(false);
    expect(parseMvtecLayout([...CARPET.map((p) => p.replace('carpet/', '')), 'readme.txt', 'LICENSE.txt']).ok).toBe(true);
  });

  it('names a test image without its mask, and a mask without its image', () => {
    expect(problemsOf(CARPET.filter((p) => !p.endsWith('hole/001_mask.png')))).toEqual([
      { code: 'mvtec-missing-mask', values: { file: 'carpet/test/hole/001.png', mask: 'carpet/ground_truth/hole/001_mask.png' } },
    ]);
    expect(problemsOf([...CARPET, 'carpet/ground_truth/hole/007_mask.png'])).toEqual([
      { code: 'mvtec-orphan-mask', values: { file: 'carpet/ground_truth/hole/007_mask.png', image: 'carpet/test/hole/007.png' } },
    ]);
  });

  it('names misplaced, unknown, non-PNG and badly named files', () => {
    expect(
      problemsOf([
        ...CARPET,
        'carpet/train/001.png',
        'carpet/train/bad/001.png',
        'carpet/test/001.png',
        'carpet/test/hole/deeper/001.png',
        'carpet/ground_truth/000_mask.png',
        'carpet/notes.txt',
        'carpet/extra/001.png',
        'carpet/train/good/003.jpg',
        'carpet/test/hole/002.bmp',
        'carpet/ground_truth/hole/000.png',
        'carpet/ground_truth/good/000_mask.png',
      ]),
    ).toEqual([
      { code: 'mvtec-wrong-place', values: { file: 'carpet/train/001.png', expected: 'train/good/*.png' } },
      { code: 'mvtec-wrong-place', values: { file: 'carpet/train/bad/001.png', expected: 'train/good/*.png' } },
      { code: 'mvtec-wrong-place', values: { file: 'carpet/test/001.png', expected: 'test/<defect>/*.png' } },
      { code: 'mvtec-wrong-place', values: { file: 'carpet/test/hole/deeper/001.png', expected: 'test/<defect>/*.png' } },
      { code: 'mvtec-wrong-place', values: { file: 'carpet/ground_truth/000_mask.png', expected: 'ground_truth/<defect>/*_mask.png' } },
      { code: 'mvtec-unknown-file', values: { file: 'carpet/notes.txt' } },
      { code: 'mvtec-unknown-file', values: { file: 'carpet/extra/001.png' } },
      { code: 'mvtec-not-png', values: { file: 'carpet/train/good/003.jpg' } },
      { code: 'mvtec-not-png', values: { file: 'carpet/test/hole/002.bmp' } },
      { code: 'mvtec-mask-name', values: { file: 'carpet/ground_truth/hole/000.png' } },
      { code: 'mvtec-mask-for-good', values: { file: 'carpet/ground_truth/good/000_mask.png' } },
    ]);
  });

  it('refuses a folder without training images, test images or defects', () => {
    expect(problemsOf(CARPET.filter((p) => !p.includes('/train/')))).toEqual([{ code: 'mvtec-no-train', values: {} }]);
    expect(problemsOf(CARPET.filter((p) => p.includes('/train/')))).toEqual([{ code: 'mvtec-no-test', values: {} }]);
    expect(problemsOf(['c/train/good/0.png', 'c/test/good/0.png'])).toEqual([{ code: 'mvtec-no-defects', values: {} }]);
  });

  it('refuses an empty list, a parent of several categories and duplicates', () => {
    expect(problemsOf([])).toEqual([{ code: 'mvtec-empty', values: {} }]);
    expect(problemsOf(['.DS_Store'])).toEqual([{ code: 'mvtec-empty', values: {} }]);
    expect(problemsOf([...CARPET, ...CARPET.map((p) => p.replace('carpet', 'leather'))].map((p) => `mvtec/${p}`))).toEqual([
      { code: 'mvtec-several-roots', values: { roots: ['carpet', 'leather'] } },
    ]);
    expect(problemsOf([...CARPET, 'carpet/train/good/000.png'])).toEqual([{ code: 'mvtec-duplicate', values: { file: 'carpet/train/good/000.png' } }]);
  });
});
