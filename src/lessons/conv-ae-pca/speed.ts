import type { FaceData } from '../../core/pipeline/conv-ae-pca-types';
import { createBatchSpeedMemory, createSpeedMemory } from '../../notebook/speed-memory';
import type { ConvAePcaParams } from './params';

/** Seconds per AE batch by backend; before anything was measured here, a guess for 32 faces of 64² at the default width on wasm. */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:conv-ae-pca-batch-seconds', 0.08);

/**
 * Seconds a run spends around the AE's epochs (fitting PCA and scoring the test faces with it,
 * building the AE, scoring the test faces with it, the pixel ROC curves), by the faces it handles
 * (`runFaces`), the first epoch's one-time work included. Before anything was measured here: 1.5 s
 * and 2 ms a face, 3.5 s for the defaults' 1,000 faces. Measured (wasm), it came to 17–23 times the
 * time of a batch of 32 faces for 300 faces, and about 35 times for 1,000, so this is the batch
 * guess (`batchSpeed`) scaled by those.
 */
export const aroundSpeed = createSpeedMemory('anomaly-lab:conv-ae-pca-around-seconds', 2e-3, 1.5);

/** Faces a run handles: the training and test faces of `faces` (a learner's folder in use), else the settings' counts. */
export function runFaces(p: Pick<ConvAePcaParams, 'trainCount' | 'testEach'>, faces: Pick<FaceData, 'size' | 'train' | 'testLabels'> | null): number {
  return faces ? faces.train.length / (faces.size * faces.size) + faces.testLabels.length : p.trainCount + 2 * p.testEach;
}
