/**
 * The synthetic defect kinds, and what each one changes, as data. The three
 * properties are SSIM's three terms: the local mean (luminance), the local
 * standard deviation (contrast) and the pattern once mean and contrast are
 * removed (structure). A kind that keeps the mean and contrast and changes
 * only the structure is where SSIM should beat a per-pixel L2 residual; a
 * kind that changes only the mean is where L2 should win. The claims are
 * checked on every texture by `defects.test.ts`.
 */

/** Every synthetic defect kind, in the order test sets cycle through them. */
export const DEFECT_KINDS = [
  'scratch-dark',
  'scratch-bright',
  'scratch-paired',
  'hole',
  'stain',
  'thread',
  'contamination',
  'fold',
] as const;

/** A synthetic defect kind. */
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Whether a defect changes a local property of the texture. */
export type Change = 'changed' | 'kept';

/** MVTec AD's name for the nearest real defect class. */
export type MvtecDefectName = 'cut' | 'hole' | 'color' | 'thread' | 'metal_contamination' | 'fold';

/** What one kind does to the pixels under its mask. */
export interface DefectEffect {
  /** Local mean brightness (SSIM's luminance term). */
  mean: Change;
  /** Local standard deviation (SSIM's contrast term). */
  contrast: Change;
  /** Local pattern after removing mean and contrast (SSIM's structure term). */
  structure: Change;
  /** Sign of the brightness change under the mask: −1 darker, +1 brighter, 0 none, 'either' chosen per image. */
  brightness: -1 | 0 | 1 | 'either';
  /** Shape of the mask. */
  shape: 'line' | 'line-pair' | 'blob' | 'curve' | 'band';
  /** Width of the mask for line-like kinds, in pixels [min, max]; null for areas. */
  widthPx: readonly [number, number] | null;
  /** Nearest MVTec AD defect class (carpet and leather). */
  mvtec: MvtecDefectName;
}

/**
 * What each kind changes. Scratches and the thread replace thin lines;
 * `scratch-paired` is a dark line beside a bright one whose brightness
 * changes cancel; the hole replaces a blob by a dark, nearly flat floor; the
 * stain adds a soft brightness offset; contamination swaps in a foreign
 * pattern with the original's local mean and contrast; the fold warps a band
 * and then restores its local mean and contrast.
 */
export const DEFECT_EFFECTS: Readonly<Record<DefectKind, DefectEffect>> = {
  'scratch-dark': { mean: 'changed', contrast: 'changed', structure: 'changed', brightness: -1, shape: 'line', widthPx: [1, 2], mvtec: 'cut' },
  'scratch-bright': { mean: 'changed', contrast: 'changed', structure: 'changed', brightness: 1, shape: 'line', widthPx: [1, 2], mvtec: 'cut' },
  'scratch-paired': { mean: 'kept', contrast: 'changed', structure: 'changed', brightness: 0, shape: 'line-pair', widthPx: [2, 4], mvtec: 'cut' },
  hole: { mean: 'changed', contrast: 'changed', structure: 'changed', brightness: -1, shape: 'blob', widthPx: null, mvtec: 'hole' },
  stain: { mean: 'changed', contrast: 'kept', structure: 'kept', brightness: 'either', shape: 'blob', widthPx: null, mvtec: 'color' },
  thread: { mean: 'changed', contrast: 'changed', structure: 'changed', brightness: 'either', shape: 'curve', widthPx: [2, 3], mvtec: 'thread' },
  contamination: { mean: 'kept', contrast: 'kept', structure: 'changed', brightness: 0, shape: 'blob', widthPx: null, mvtec: 'metal_contamination' },
  fold: { mean: 'kept', contrast: 'kept', structure: 'changed', brightness: 0, shape: 'band', widthPx: null, mvtec: 'fold' },
};

/** Kinds that keep the local mean and change the structure (where SSIM should help). */
export const STRUCTURE_ONLY_KINDS: readonly DefectKind[] = DEFECT_KINDS.filter(
  (k) => DEFECT_EFFECTS[k].mean === 'kept' && DEFECT_EFFECTS[k].structure === 'changed',
);

/** Kinds that change the brightness and keep the structure (where L2 should help). */
export const BRIGHTNESS_ONLY_KINDS: readonly DefectKind[] = DEFECT_KINDS.filter(
  (k) => DEFECT_EFFECTS[k].mean === 'changed' && DEFECT_EFFECTS[k].structure === 'kept',
);

/** True if `value` names a defect kind. */
export function isDefectKind(value: unknown): value is DefectKind {
  return typeof value === 'string' && (DEFECT_KINDS as readonly string[]).includes(value);
}
