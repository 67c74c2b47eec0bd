/**
 * Browser side of "bring your own faces": the image files of a picked folder,
 * each decoded by the browser, made grey, centre-cropped to a square and
 * resized; optionally split by CelebA's `list_attr_celeba.txt`. Nothing leaves the page.
 */
import type { FaceData } from '../../core/pipeline/conv-ae-pca-types';
import type { FolderFile } from '../../data/mvtec-folder';
import type { FolderDecodeOptions } from '../../notebook/folder-request';
import { baseName, parseCelebaAttrs, splitFaces, type FaceFolderProblem } from './celeba-split';
import { faceFolderPrint } from './folder-print';

/** Smallest side of an image the lesson accepts. */
export const MIN_SIDE = 16;
const IMAGE = /\.(png|jpe?g)$/i;

/** What decoding a folder gives: the faces, or every problem (each naming its file). */
export type FaceFolderResult = { ok: true; data: FaceData; names: string[] } | { ok: false; problems: FaceFolderProblem[] };


/** One image, grey in [0, 1], centre-cropped to a square and resized to size×size (the browser's high-quality scaling). */
async function decodeFace(file: Blob, size: number): Promise<{ pixels: Float32Array } | { width: number; height: number }> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = bitmap;
    if (Math.min(width, height) < MIN_SIDE) return { width, height };
    const side = Math.min(width, height);
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, (width - side) / 2, (height - side) / 2, side, side, 0, 0, size, size);
    const rgba = ctx.getImageData(0, 0, size, size).data;
    const pixels = new Float32Array(size * size);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]) / 255;
    return { pixels };
  } finally {
    bitmap.close();
  }
}

/**
 * Decodes the folder's PNG and JPEG files at size×size and splits them
 * (with `attrs`, by its Eyeglasses column; without, every face is a normal).
 * Every bad file is reported by its folder path; the caller keeps its data.
 */
export async function loadFaceFolder(files: readonly FolderFile[], attrs: string | null, size: number, seed: number, options: Partial<FolderDecodeOptions> = {}): Promise<FaceFolderResult> {
  const images = files.filter((f) => IMAGE.test(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  if (images.length === 0) return { ok: false, problems: [{ code: 'empty', values: {} }] };
  const parsed = attrs === null ? null : parseCelebaAttrs(attrs);
  if (parsed && !parsed.ok) return { ok: false, problems: [parsed.problem] };
  const problems: FaceFolderProblem[] = [];
  const glasses = images.map((f) => {
    const g = parsed?.glasses.get(baseName(f.path));
    if (parsed && g === undefined) problems.push({ code: 'attrs-missing', values: { file: f.path } });
    return g ?? false;
  });
  const pixels: Float32Array[] = [];
  for (const [i, f] of images.entries()) {
    options.signal?.throwIfAborted();
    try {
      const face = await decodeFace(f.file, size);
      if ('pixels' in face) pixels.push(face.pixels);
      else problems.push({ code: 'too-small', values: { file: f.path, width: face.width, height: face.height } });
    } catch {
      problems.push({ code: 'unreadable', values: { file: f.path } });
    }
    options.onProgress?.(i + 1, images.length);
  }
  if (problems.length > 0) return { ok: false, problems };
  const split = splitFaces(glasses, seed);
  if (!split.ok) return { ok: false, problems: [split.problem] };
  const stack = (idx: number[]) => {
    const out = new Float32Array(idx.length * size * size);
    idx.forEach((j, r) => out.set(pixels[j], r * size * size));
    return out;
  };
  const { train, test, testLabels } = split.split;
  const names = test.map((j) => images[j].path);
  return {
    ok: true,
    names,
    data: {
      size,
      train: stack(train),
      test: stack(test),
      testLabels: Uint8Array.from(testLabels),
      testMasks: null,
      source: { kind: 'folder', testNames: names, print: faceFolderPrint(images.map((f) => ({ path: f.path, size: f.file.size })), split.split, seed) },
    },
  };
}
