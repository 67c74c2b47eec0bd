import type { MvtecImages, MvtecLoadProblem } from '../../core/textures/mvtec-load';
import type { MvtecLayoutProblem } from '../../core/textures/mvtec-layout';
import type { FolderRequest } from '../folder-request';

/** Share of `train/good` held out as normal validation images (thresholds and early stopping). */
export const MVTEC_VALIDATION_FRACTION = 0.2;

/** What can be wrong with a folder: its layout, or one of its files. */
export type MvtecProblem = MvtecLayoutProblem | MvtecLoadProblem;

/** A folder decoded at the lesson's image size, or every problem found. */
export type MvtecDecodeResult = { ok: true; images: MvtecImages } | { ok: false; problems: MvtecProblem[] };

/** An MVTec AD folder, decoded at the lesson's image size (the page: `loadMvtecFolder`). */
export type MvtecRequest = FolderRequest<number, MvtecDecodeResult>;
