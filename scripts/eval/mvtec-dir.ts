/**
 * `npm run eval -- --mvtec-dir DIR` in Node: lists every file under DIR (an
 * MVTec AD category folder such as `carpet/`), checks the layout with
 * `parseMvtecLayout` and decodes it with `loadMvtecCategory`, the same code
 * the app runs on a picked or dropped folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { loadMvtecCategory, type MvtecImages, type MvtecLoadProblem } from '../../src/core/textures/mvtec-load';
import { parseMvtecLayout, type MvtecLayoutProblem } from '../../src/core/textures/mvtec-layout';

/** The category's images, or its problems (each naming a file relative to DIR). */
export type MvtecDirResult =
  | { ok: true; images: MvtecImages; root: string; defects: string[] }
  | { ok: false; problems: (MvtecLayoutProblem | MvtecLoadProblem)[] };

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * Reads an MVTec AD category folder at the lesson's input size.
 * @throws Error if `dir` cannot be listed (missing, not a folder).
 */
export async function loadMvtecDir(dir: string, size: number): Promise<MvtecDirResult> {
  const parsed = parseMvtecLayout(await listFiles(dir));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const loaded = await loadMvtecCategory(parsed.layout, async (path) => new Uint8Array(await readFile(join(dir, path))), size);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  return { ok: true, images: loaded.images, root: parsed.layout.root, defects: parsed.layout.defects };
}

/** One line per problem for the terminal: the code, then its values as JSON. */
export function problemLines(problems: readonly (MvtecLayoutProblem | MvtecLoadProblem)[]): string[] {
  return problems.map((p) => `${p.code} ${JSON.stringify(p.values)}`);
}
