/**
 * Browser side of "bring your own MVTec AD category": the files of a folder
 * picked with `<input type="file" webkitdirectory>` or dropped on the page,
 * checked with `parseMvtecLayout` and decoded with `loadMvtecCategory`.
 * Nothing leaves the page.
 */
import { loadMvtecCategory, type MvtecImages, type MvtecLoadOptions, type MvtecLoadProblem } from '../core/textures/mvtec-load';
import { parseMvtecLayout, type MvtecLayout, type MvtecLayoutProblem } from '../core/textures/mvtec-layout';

/** A file and its path inside the picked or dropped folder (`carpet/train/good/000.png`). */
export interface FolderFile {
  path: string;
  file: Blob;
}

/** The category's images, or its problems (each naming a file by its folder path). */
export type MvtecFolderResult =
  | { ok: true; images: MvtecImages; layout: MvtecLayout; ignored: string[] }
  | { ok: false; problems: (MvtecLayoutProblem | MvtecLoadProblem)[] };

/** Files from a folder picker: each `File.webkitRelativePath`, or its name when the browser gives none. */
export function pickedFiles(files: ArrayLike<File>): FolderFile[] {
  return Array.from(files, (file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** The part of the File and Directory Entries API a drop gives (`DataTransferItem.webkitGetAsEntry()`). */
export interface DroppedEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (file: File) => void, fail: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: DroppedEntry[]) => void, fail: (error: unknown) => void) => void };
}

/**
 * Every file under the dropped entries, with its path from the dropped item
 * (a dropped `carpet` folder gives `carpet/train/good/000.png`, …). Reads
 * directories in full (`readEntries` returns them in batches).
 */
export async function droppedFiles(entries: readonly DroppedEntry[]): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  const walk = async (entry: DroppedEntry, prefix: string): Promise<void> => {
    const path = prefix + entry.name;
    if (entry.isFile && entry.file) {
      out.push({ path, file: await new Promise<File>((ok, fail) => entry.file!(ok, fail)) });
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise<DroppedEntry[]>((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${path}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return out;
}

/**
 * Checks the folder's layout, then decodes it at size×size. The learner's
 * current data is untouched either way: the caller decides what to do with
 * the result.
 */
export async function loadMvtecFolder(files: readonly FolderFile[], size: number, options: MvtecLoadOptions = {}): Promise<MvtecFolderResult> {
  const parsed = parseMvtecLayout(files.map((f) => f.path));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const byPath = new Map(files.map((f) => [f.path, f.file]));
  const read = async (path: string): Promise<Uint8Array> => new Uint8Array(await byPath.get(path)!.arrayBuffer());
  const loaded = await loadMvtecCategory(parsed.layout, read, size, options);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  return { ok: true, images: loaded.images, layout: parsed.layout, ignored: parsed.ignored };
}
