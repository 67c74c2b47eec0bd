import type { MetricLearningData } from '../../core/pipeline/metric-learning-types';
import { createBatchSpeedMemory, createSpeedMemory } from '../../notebook/speed-memory';
import type { MetricParams } from './params';
import { ALL_TRAIN_CROPS, referenceTextures, TEXTURE_CROPS } from './texture-data';

/**
 * Seconds per batch by backend, per model. Before anything was measured here:
 * a batch of 128 Fashion images through the width-0.5 backbone, forward and
 * backward, is taken as 0.5 s on wasm (2 cores).
 */
export const batchSpeed = createBatchSpeedMemory('anomaly-lab:metric-learning-batch-seconds', 0.5);

/**
 * Seconds a run spends around its epochs (building the models, re-estimating batch norm, embedding
 * the images, LOF and kNN, kNN on raw pixels, the ensemble), by the images it embeds
 * (`embeddedImages`), the first epoch's one-time work included. Before anything was measured here:
 * 1.5 s and 0.35 ms an image, 12.5 s for the defaults' 31,400. Measured (wasm), an image took about
 * 7 × 10⁻⁴ of a training batch of 128, so this is the batch guess (`batchSpeed`) scaled by that.
 */
export const aroundSpeed = createSpeedMemory('anomaly-lab:metric-learning-around-seconds', 3.5e-4, 1.5);

/** A run's image counts: every training image (normals and references), the normal ones (LOF's fit set), and the scored ones (test and held-out normals). */
export interface RunImages {
  train: number;
  fit: number;
  query: number;
}

/** Normal training images per class when all are used (6,000 less the tenth held out). */
const NORMALS_PER_CLASS = 5400;
/** Test images per class, and held-out normals per normal class. */
const TEST_PER_CLASS = 1000;
const HELD_OUT_PER_CLASS = 600;

/** The loaded images' counts, else what the settings ask for (see {@link RunImages}). */
export function runImages(p: MetricParams, data: Pick<MetricLearningData, 'size' | 'trainClasses' | 'validation' | 'testLabels'> | null): RunImages {
  if (data) {
    const fit = data.trainClasses.reduce((n, c) => n + (c === 0 ? 1 : 0), 0);
    return { train: data.trainClasses.length, fit, query: data.testLabels.length + data.validation.length / (data.size * data.size) };
  }
  const textures = p.source === 'texture';
  const refs = textures ? referenceTextures(p).length : p.reference.filter((c) => !p.normal.includes(c) && !p.anomaly.includes(c)).length;
  const all = textures ? ALL_TRAIN_CROPS : NORMALS_PER_CLASS * p.normal.length;
  const fit = p.maxTrain > 0 ? Math.min(p.maxTrain, all) : all;
  const query = textures ? TEXTURE_CROPS.validation + TEXTURE_CROPS.test : TEST_PER_CLASS * (p.normal.length + p.anomaly.length) + HELD_OUT_PER_CLASS * p.normal.length;
  return { train: fit + refs * p.referencePerClass, fit, query };
}

/**
 * Images a run of `models` passes through a trained model: per model, every training image
 * (batch-norm statistics), the fit set and the scored images; and the training images once
 * more for the first model's embedding view.
 */
export function embeddedImages(models: number, n: RunImages): number {
  return models * (n.train + n.fit + n.query) + n.train;
}
