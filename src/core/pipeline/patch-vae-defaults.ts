import { PATCH_VAE_DEFAULTS, type PatchVaeConfig } from '../model/patch-vae';
import type { TrainOptions } from '../train/train-events';
import type { PatchSettings } from './patch-vae-job';

/** The lesson's default settings, shared by the notebook and `npm run eval`. */
export interface PatchVaeLessonDefaults {
  patches: PatchSettings;
  model: PatchVaeConfig;
  train: Omit<TrainOptions, 'signal' | 'seed'>;
}

/**
 * Seed 004's protocol (100,000 patches, stride 2, 10 epochs, batch 128, Adam
 * 1e-3) with a σ² floor as the variance model, because the seed's per-pixel
 * variance collapses on blank background and wrecks the new score.
 */
export const PATCH_VAE_LESSON_DEFAULTS: PatchVaeLessonDefaults = {
  patches: { count: 100_000, seed: 0, stride: 2 },
  model: PATCH_VAE_DEFAULTS,
  train: { epochs: 10, batchSize: 128, learningRate: 1e-3, patience: 0 },
};
