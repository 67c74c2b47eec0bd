import type { FaceFolderPrint } from '../../core/pipeline/conv-ae-pca-types';
import type { RunMeta } from '../../notebook/runs/run-record';
import { problem, type Problem } from '../../notebook/settings/problem';
import { addProblemTexts } from '../../notebook/settings/problem-text';
import type { FaceSplit } from './celeba-split';
import { en, type LessonText } from './text-en';
import { ja } from './text-ja';

/** The lesson's words for a problem's values, in both languages. */
const each = <A extends unknown[]>(words: (t: LessonText) => (...a: A) => string, ...a: A) => ({ en: words(en)(...a), ja: words(ja)(...a) });
const folderOf = (v: Record<string, unknown>) => String(v.folder);
// The problems `runDataProblem` gives, worded by the lesson's language tables.
addProblemTexts({
  'cap-run-builtin': { en: en.runData.builtin, ja: ja.runData.builtin },
  'cap-run-unchecked': (v) => each((t) => t.runData.unchecked, folderOf(v)),
  'cap-run-no-folder': (v) => each((t) => t.runData.noFolder, folderOf(v), Number(v.images), Number(v.seed)),
  'cap-run-files': (v) => each((t) => t.runData.files, folderOf(v), Number(v.images), Number(v.seed), String(v.now), Number(v.nowImages)),
  'cap-run-seed': (v) => each((t) => t.runData.seed, folderOf(v), Number(v.images), Number(v.seed), Number(v.nowSeed)),
  'cap-run-labels': (v) => each((t) => t.runData.labels, folderOf(v), Number(v.images), Number(v.seed)),
});

/** A 53-bit hash of `text` as 14 hex digits (cyrb53: two multiplicative 32-bit lanes mixed at the end). */
export function hashHex(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The print of a folder's faces: `images` in path order (each path and size in bytes),
 * `split` their indices as `splitFaces` made them with `seed`.
 */
export function faceFolderPrint(images: readonly { path: string; size: number }[], split: FaceSplit, seed: number): FaceFolderPrint {
  const part = images.map(() => '-');
  for (const i of split.train) part[i] = 't';
  split.test.forEach((i, j) => (part[i] = split.testLabels[j] === 1 ? 'a' : 'n'));
  return { images: images.length, files: hashHex(images.map((f) => `${f.path}\u0000${f.size}`).join('\n')), seed, split: hashHex(part.join('')) };
}

/** What a folder run keeps in its `extra` about its faces (beside `source` and `folder`). */
export function printExtra(print: FaceFolderPrint): Record<string, number | string> {
  return { images: print.images, files: print.files, splitSeed: print.seed, split: print.split };
}

/** The print a folder run kept, or null for a run kept before runs recorded it. */
export function runPrint(extra: RunMeta['extra']): FaceFolderPrint | null {
  const { images, files, splitSeed, split } = extra ?? {};
  return typeof images === 'number' && typeof files === 'string' && typeof splitSeed === 'number' && typeof split === 'string' ? { images, files, seed: splitSeed, split } : null;
}

/** The learner's folder in use now: its name and print. */
export interface FolderInUse {
  name: string;
  print: FaceFolderPrint;
}

/**
 * Why `run` cannot be reopened or run again on the faces in use (faces are not kept with a run), or null.
 * A built-in run needs no folder in use. A folder run needs the same folder, the same image files and the
 * same split: a run kept before runs recorded its print needs a folder of the same name (else
 * `cap-run-unchecked`); otherwise `cap-run-no-folder`,
 * `cap-run-files` (another name or other files), `cap-run-seed` (split with another seed) or
 * `cap-run-labels` (same files and seed, other glasses labels: another attributes file).
 */
export function runDataProblem(run: Pick<RunMeta, 'extra'>, inUse: FolderInUse | null): Problem | null {
  if (run.extra?.source !== 'folder') return inUse !== null ? problem('cap-run-builtin') : null;
  const folder = String(run.extra.folder ?? '');
  const kept = runPrint(run.extra);
  if (!kept) return inUse?.name === folder ? null : problem('cap-run-unchecked', { folder });
  const trained = { folder, images: kept.images, seed: kept.seed };
  if (!inUse) return problem('cap-run-no-folder', trained);
  const now = inUse.print;
  if (inUse.name !== folder || now.files !== kept.files) return problem('cap-run-files', { ...trained, now: inUse.name, nowImages: now.images });
  if (now.split === kept.split) return null;
  return now.seed !== kept.seed ? problem('cap-run-seed', { ...trained, nowSeed: now.seed }) : problem('cap-run-labels', trained);
}
