/**
 * Reads the layout of one MVTec AD category folder from its file paths
 * (relative, as `File.webkitRelativePath` or a drop gives them):
 *
 *     train/good/*.png                 normal training images
 *     test/<defect>/*.png              test images; <defect> = good for normal ones
 *     ground_truth/<defect>/*_mask.png one mask per defective test image
 *
 * Paths may all start with the category's own folder (`carpet/train/…`),
 * which is stripped. Pure: no file is opened here.
 */

/** Where a misplaced file was expected to be. */
export type MvtecPlace = 'train/good/*.png' | 'test/<defect>/*.png' | 'ground_truth/<defect>/*_mask.png';

/** What is wrong with a folder, as a code and the file it concerns. */
export type MvtecLayoutProblem =
  | { code: 'mvtec-empty'; values: Record<never, never> }
  | { code: 'mvtec-several-roots'; values: { roots: string[] } }
  | { code: 'mvtec-duplicate'; values: { file: string } }
  | { code: 'mvtec-unknown-file'; values: { file: string } }
  | { code: 'mvtec-wrong-place'; values: { file: string; expected: MvtecPlace } }
  | { code: 'mvtec-not-png'; values: { file: string } }
  | { code: 'mvtec-mask-name'; values: { file: string } }
  | { code: 'mvtec-mask-for-good'; values: { file: string } }
  | { code: 'mvtec-missing-mask'; values: { file: string; mask: string } }
  | { code: 'mvtec-orphan-mask'; values: { file: string; image: string } }
  | { code: 'mvtec-no-train'; values: Record<never, never> }
  | { code: 'mvtec-no-test'; values: Record<never, never> }
  | { code: 'mvtec-no-defects'; values: Record<never, never> };

/** One test image: its path as given, its defect folder ('good' for normal) and its mask's path (null for good). */
export interface MvtecTestEntry {
  path: string;
  defect: string;
  mask: string | null;
}

/** A valid category folder. Every path is as it was given. */
export interface MvtecLayout {
  /** The leading folder(s) stripped from every path ('' if none). */
  root: string;
  /** Training images, in natural order of name. */
  train: string[];
  /** Test images, good first, then by defect name, each in natural order of name. */
  test: MvtecTestEntry[];
  /** Defect names (test folders other than good), sorted. */
  defects: string[];
}

/** A layout, or every problem found (each naming its file, as given). */
export type MvtecLayoutResult =
  | { ok: true; layout: MvtecLayout; ignored: string[] }
  | { ok: false; problems: MvtecLayoutProblem[] };

const FOLDERS = ['train', 'test', 'ground_truth'];
const GOOD = 'good';
const isPng = (name: string): boolean => /\.png$/i.test(name);
const stem = (name: string): string => name.replace(/\.png$/i, '');
const natural = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** System files and the dataset's top-level readme/licence, skipped without a word. */
function isIgnorable(segments: string[]): boolean {
  const name = segments[segments.length - 1];
  if (name.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(name)) return true;
  return segments.length === 1 && /^(readme|license|licence)(\.(txt|md))?$/i.test(name);
}

/** The common leading folders that are not layout folders, and the paths without them. */
function stripRoot(paths: string[][]): { root: string[]; rest: string[][] } | { roots: string[] } {
  const root: string[] = [];
  let rest = paths;
  for (;;) {
    const heads = new Set(rest.filter((p) => p.length > 1).map((p) => p[0]));
    if (heads.size === 0 || [...heads].some((h) => FOLDERS.includes(h))) return { root, rest };
    if (heads.size > 1) return { roots: [...heads].sort(natural) };
    const [head] = heads;
    root.push(head);
    rest = rest.map((p) => (p.length > 1 && p[0] === head ? p.slice(1) : p));
  }
}

/**
 * Parses a category folder's file list. Hidden and system files (`.DS_Store`,
 * `Thumbs.db`, …) and a top-level readme or licence are ignored and listed in
 * `ignored`. Every problem is reported, not only the first.
 */
export function parseMvtecLayout(paths: readonly string[]): MvtecLayoutResult {
  const problems: MvtecLayoutProblem[] = [];
  const ignored: string[] = [];
  const kept: { path: string; segments: string[] }[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const segments = path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0) continue;
    const key = segments.join('/');
    if (seen.has(key)) {
      problems.push({ code: 'mvtec-duplicate', values: { file: path } });
      continue;
    }
    seen.add(key);
    if (isIgnorable(segments)) ignored.push(path);
    else kept.push({ path, segments });
  }
  if (kept.length === 0) return { ok: false, problems: [...problems, { code: 'mvtec-empty', values: {} }] };
  const stripped = stripRoot(kept.map((k) => k.segments));
  if ('roots' in stripped) return { ok: false, problems: [...problems, { code: 'mvtec-several-roots', values: { roots: stripped.roots } }] };

  const train: string[] = [];
  const tests = new Map<string, MvtecTestEntry>();
  const masks = new Map<string, string>();
  kept.forEach(({ path }, i) => {
    const s = stripped.rest[i];
    const [folder, sub, name] = s;
    const deep = s.length === 3;
    if (folder === 'train') {
      if (!deep || sub !== GOOD) problems.push({ code: 'mvtec-wrong-place', values: { file: path, expected: 'train/good/*.png' } });
      else if (!isPng(name)) problems.push({ code: 'mvtec-not-png', values: { file: path } });
      else train.push(path);
    } else if (folder === 'test') {
      if (!deep) problems.push({ code: 'mvtec-wrong-place', values: { file: path, expected: 'test/<defect>/*.png' } });
      else if (!isPng(name)) problems.push({ code: 'mvtec-not-png', values: { file: path } });
      else tests.set(`${sub}/${stem(name)}`, { path, defect: sub, mask: null });
    } else if (folder === 'ground_truth') {
      if (!deep) problems.push({ code: 'mvtec-wrong-place', values: { file: path, expected: 'ground_truth/<defect>/*_mask.png' } });
      else if (sub === GOOD) problems.push({ code: 'mvtec-mask-for-good', values: { file: path } });
      else if (!isPng(name)) problems.push({ code: 'mvtec-not-png', values: { file: path } });
      else if (!/_mask$/i.test(stem(name))) problems.push({ code: 'mvtec-mask-name', values: { file: path } });
      else masks.set(`${sub}/${stem(name).replace(/_mask$/i, '')}`, path);
    } else {
      problems.push({ code: 'mvtec-unknown-file', values: { file: path } });
    }
  });

  const prefix = stripped.root.length > 0 ? `${stripped.root.join('/')}/` : '';
  for (const [key, entry] of tests) {
    if (entry.defect === GOOD) continue;
    const mask = masks.get(key);
    if (mask === undefined) problems.push({ code: 'mvtec-missing-mask', values: { file: entry.path, mask: `${prefix}ground_truth/${key}_mask.png` } });
    else entry.mask = mask;
  }
  for (const [key, mask] of masks) {
    if (!tests.has(key)) problems.push({ code: 'mvtec-orphan-mask', values: { file: mask, image: `${prefix}test/${key}.png` } });
  }
  const defects = [...new Set([...tests.values()].map((t) => t.defect).filter((d) => d !== GOOD))].sort(natural);
  if (train.length === 0) problems.push({ code: 'mvtec-no-train', values: {} });
  if (tests.size === 0) problems.push({ code: 'mvtec-no-test', values: {} });
  else if (defects.length === 0) problems.push({ code: 'mvtec-no-defects', values: {} });
  if (problems.length > 0) return { ok: false, problems };

  const rank = (d: string): string => (d === GOOD ? '' : d);
  const test = [...tests.values()].sort((a, b) => natural(rank(a.defect), rank(b.defect)) || natural(a.path, b.path));
  return { ok: true, layout: { root: stripped.root.join('/'), train: train.sort(natural), test, defects }, ignored };
}
