import { createRng, permutation } from '../../core/random/rng';

/** What can be wrong with a face folder or its attributes file: a code and the values its text names. */
export type FaceFolderProblem =
  | { code: 'empty'; values: Record<string, never> }
  | { code: 'unreadable'; values: { file: string } }
  | { code: 'too-small'; values: { file: string; width: number; height: number } }
  | { code: 'attrs-format'; values: { line: number } }
  | { code: 'attrs-no-glasses'; values: Record<string, never> }
  | { code: 'attrs-missing'; values: { file: string } }
  | { code: 'too-few'; values: { normals: number } };

/** Fewest faces without glasses a folder must have to train on. */
export const MIN_NORMALS = 8;
/** Share of the faces without glasses held out as test normals. */
export const TEST_NORMAL_FRACTION = 0.2;

/**
 * CelebA's `list_attr_celeba.txt`: a count line, a line of 40 attribute names,
 * then `<file> v1 … v40` with values 1 / −1. Returns file name → wears
 * glasses (the `Eyeglasses` column), or the problem with its line (1-based).
 */
export function parseCelebaAttrs(text: string): { ok: true; glasses: Map<string, boolean> } | { ok: false; problem: FaceFolderProblem } {
  const lines = text.split(/\r?\n/);
  const bad = (line: number) => ({ ok: false as const, problem: { code: 'attrs-format' as const, values: { line } } });
  if (lines.length < 2 || !/^\s*\d+\s*$/.test(lines[0])) return bad(1);
  const names = lines[1].trim().split(/\s+/);
  const column = names.indexOf('Eyeglasses');
  if (column < 0) return { ok: false, problem: { code: 'attrs-no-glasses', values: {} } };
  const glasses = new Map<string, boolean>();
  for (let i = 2; i < lines.length; i++) {
    const parts = lines[i].trim().split(/\s+/);
    if (parts.length === 1 && parts[0] === '') continue;
    const v = parts[column + 1];
    if (parts.length !== names.length + 1 || (v !== '1' && v !== '-1')) return bad(i + 1);
    glasses.set(parts[0], v === '1');
  }
  return { ok: true, glasses };
}

/** The base name of a folder path (`faces/000001.jpg` → `000001.jpg`). */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Indices of the images for training and testing, and each test image's label (1 = glasses). */
export interface FaceSplit {
  train: number[];
  test: number[];
  testLabels: number[];
}

/**
 * Splits a folder's images: faces with glasses all go to the test set as
 * anomalies; a seeded fifth of the faces without glasses (at least one) is
 * held out as test normals, the rest is the training set.
 */
export function splitFaces(glasses: readonly boolean[], seed: number): { ok: true; split: FaceSplit } | { ok: false; problem: FaceFolderProblem } {
  const normals = glasses.flatMap((g, i) => (g ? [] : [i]));
  if (normals.length < MIN_NORMALS) return { ok: false, problem: { code: 'too-few', values: { normals: normals.length } } };
  const order = Array.from(permutation(normals.length, createRng(seed)), (j) => normals[j]);
  const nTest = Math.max(1, Math.round(TEST_NORMAL_FRACTION * normals.length));
  const testNormals = order.slice(0, nTest).sort((a, b) => a - b);
  const anomalies = glasses.flatMap((g, i) => (g ? [i] : []));
  return {
    ok: true,
    split: { train: order.slice(nTest).sort((a, b) => a - b), test: [...testNormals, ...anomalies], testLabels: [...testNormals.map(() => 0), ...anomalies.map(() => 1)] },
  };
}
