import { convAeLayers } from '../../core/model/conv-ae-architecture';
import { FACE_SIZE, type FaceData, type PcaResult } from '../../core/pipeline/conv-ae-pca-types';
import type { ConvAePcaParams } from './params';

/** Image i of a stack of size²-pixel images (a view, no copy). */
export function imageAt<T extends Float32Array | Uint8Array>(stack: T, i: number, area: number): T {
  return stack.subarray(i * area, (i + 1) * area) as T;
}

/** Indices of the test images with `label` (0 = no glasses, 1 = glasses), in order. */
export function testIndices(faces: FaceData, label: 0 | 1): number[] {
  return Array.from(faces.testLabels.keys()).filter((i) => faces.testLabels[i] === label);
}

/**
 * Whether the test images hold both classes, so that they can be scored: a
 * learner's folder without an attributes file has no faces with glasses, and
 * then there is no AUC, no ROC curve, no best F1 and no winner.
 */
export function scorable(faces: Pick<FaceData, 'testLabels'>): boolean {
  return faces.testLabels.includes(1) && faces.testLabels.includes(0);
}

/** The glasses mask of test image i, or null (a normal, or a folder without masks). */
export function maskOf(faces: FaceData, i: number): Uint8Array | null {
  return faces.testLabels[i] === 1 && faces.testMasks ? imageAt(faces.testMasks, i, faces.size * faces.size) : null;
}

/**
 * PCA's reconstruction of test image i from its first k codes:
 * mean + Σ_{j<k} code_j · component_j, in [size²].
 */
export function pcaReconstruction(pca: PcaResult, i: number, k: number): Float32Array {
  const area = pca.mean.length;
  const max = pca.variances.length;
  const out = Float32Array.from(pca.mean);
  for (let j = 0; j < Math.min(k, max); j++) {
    const c = pca.testCodes[i * max + j];
    const comp = imageAt(pca.components, j, area);
    for (let p = 0; p < area; p++) out[p] += c * comp[p];
  }
  return out;
}

/** |a − b| per pixel. */
export function absDiff(a: ArrayLike<number>, b: ArrayLike<number>): Float32Array {
  return Float32Array.from({ length: a.length }, (_, p) => Math.abs(a[p] - b[p]));
}

/** A component rescaled for display: 0.5 + v / (2·max|v|), so 0 is mid-grey (blue/red with the diverging map). */
export function signedForDisplay(v: Float32Array): Float32Array {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return v.map((x) => (m > 0 ? 0.5 + x / (2 * m) : 0.5));
}

/** The app's conv AE for the settings, as plain numbers (no tfjs): the same layers the job trains. */
export function aeLayers(p: ConvAePcaParams) {
  return convAeLayers({ inputSize: FACE_SIZE, latent: p.latent, width: Number(p.width), depth: p.depth, loss: 'l2' });
}
