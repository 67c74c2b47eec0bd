/**
 * The built-in faces and how their files are laid out, shared by the build
 * (`build/faces.ts` renders them, `build/dataset-plugin.ts` serves them), the
 * browser client (`src/data/faces-client.ts`) and `npm run eval`.
 *
 * One file per style and variant, `data/faces/{style}-{variant}.u8`:
 * {@link FACE_IDENTITIES} faces without glasses (identity i at offset
 * i·{@link FACE_PIXELS}), then the faces of the last {@link FACE_GLASSES}
 * identities with glasses on, in the same order. Pixels are grey levels
 * 0..255 (white background), {@link FACE_SIZE}² per face, row-major.
 */
import { FACE_SIZE, FACE_STYLES, FACE_VARIANTS, type FaceData, type FaceStyle, type FaceVariant } from '../pipeline/conv-ae-pca-types';

/** Pixels of one face. */
export const FACE_PIXELS = FACE_SIZE * FACE_SIZE;
/** Identities per file: each has a face without glasses. */
export const FACE_IDENTITIES = 1000;
/** Identities 0..799: the training normals. */
export const FACE_TRAIN_IDENTITIES = 800;
/** Identities 800..899: the test normals. */
export const FACE_TEST_NORMALS = 100;
/** Identities 900..999 also have a face with glasses: the test anomalies. */
export const FACE_GLASSES = 100;
/** Bytes of one served file. */
export const FACE_FILE_BYTES = (FACE_IDENTITIES + FACE_GLASSES) * FACE_PIXELS;

/** How many faces of each kind a run uses. */
export interface FaceCounts {
  /** Training normals, 1..{@link FACE_TRAIN_IDENTITIES}. */
  nTrain: number;
  /** Test faces without glasses, 0..{@link FACE_TEST_NORMALS}. */
  nTestNormal: number;
  /** Test faces with glasses, 0..{@link FACE_GLASSES}. */
  nTestAnomaly: number;
}

/** True if `value` is a built-in face style. */
export function isFaceStyle(value: unknown): value is FaceStyle {
  return typeof value === 'string' && (FACE_STYLES as readonly string[]).includes(value);
}

/** True if `value` is a face variant. */
export function isFaceVariant(value: unknown): value is FaceVariant {
  return typeof value === 'string' && (FACE_VARIANTS as readonly string[]).includes(value);
}

/** Path of a served face file relative to the app base, e.g. `data/faces/lorelei-normal.u8`. */
export function faceFilePath(style: FaceStyle, variant: FaceVariant): string {
  return `data/faces/${style}-${variant}.u8`;
}

/** The face set a path (relative to the app base, no leading slash) names, or null. */
export function parseFacePath(path: string): { style: FaceStyle; variant: FaceVariant } | null {
  const match = /^data\/faces\/([a-z-]+)-(normal|hard)\.u8$/.exec(path);
  return match && isFaceStyle(match[1]) && isFaceVariant(match[2]) ? { style: match[1], variant: match[2] } : null;
}

/** Every face file of the build. */
export function allFaceSets(): { style: FaceStyle; variant: FaceVariant }[] {
  return FACE_STYLES.flatMap((style) => FACE_VARIANTS.map((variant) => ({ style, variant })));
}

/** The first problem of `counts`, as a code, or null. */
export function faceCountsProblem(counts: FaceCounts): string | null {
  const ok = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  if (!ok(counts.nTrain, 1, FACE_TRAIN_IDENTITIES)) return 'faces-n-train';
  if (!ok(counts.nTestNormal, 0, FACE_TEST_NORMALS)) return 'faces-n-test-normal';
  if (!ok(counts.nTestAnomaly, 0, FACE_GLASSES)) return 'faces-n-test-anomaly';
  return null;
}

/**
 * Exact glasses mask of identity `g` (0..FACE_GLASSES − 1 among the glasses
 * faces): 1 where its face with glasses differs from the same face without.
 * @returns [FACE_PIXELS], owned by the caller
 */
export function glassesMask(bytes: Uint8Array, g: number): Uint8Array {
  const plain = (FACE_IDENTITIES - FACE_GLASSES + g) * FACE_PIXELS;
  const glasses = (FACE_IDENTITIES + g) * FACE_PIXELS;
  const mask = new Uint8Array(FACE_PIXELS);
  for (let p = 0; p < FACE_PIXELS; p++) mask[p] = bytes[plain + p] !== bytes[glasses + p] ? 1 : 0;
  return mask;
}

/**
 * A run's images from a served face file: the first `nTrain` training
 * identities, the first `nTestNormal` test normals, then the first
 * `nTestAnomaly` faces with glasses with their exact masks. Identities never
 * repeat across train and test.
 * @throws Error with a code for a file of the wrong size or bad counts.
 */
export function faceDataFromBytes(bytes: Uint8Array, style: FaceStyle, variant: FaceVariant, counts: FaceCounts): FaceData {
  if (bytes.length !== FACE_FILE_BYTES) throw new Error('faces-file-size');
  const problem = faceCountsProblem(counts);
  if (problem) throw new Error(problem);
  const { nTrain, nTestNormal, nTestAnomaly } = counts;
  const toFloat = (from: number, n: number): Float32Array => {
    const out = new Float32Array(n * FACE_PIXELS);
    for (let i = 0; i < out.length; i++) out[i] = bytes[from * FACE_PIXELS + i] / 255;
    return out;
  };
  const nTest = nTestNormal + nTestAnomaly;
  const test = new Float32Array(nTest * FACE_PIXELS);
  test.set(toFloat(FACE_TRAIN_IDENTITIES, nTestNormal));
  test.set(toFloat(FACE_IDENTITIES, nTestAnomaly), nTestNormal * FACE_PIXELS);
  const testLabels = new Uint8Array(nTest).fill(1, nTestNormal);
  const testMasks = new Uint8Array(nTest * FACE_PIXELS);
  for (let g = 0; g < nTestAnomaly; g++) testMasks.set(glassesMask(bytes, g), (nTestNormal + g) * FACE_PIXELS);
  return { size: FACE_SIZE, train: toFloat(0, nTrain), test, testLabels, testMasks, source: { kind: 'builtin', style, variant } };
}
