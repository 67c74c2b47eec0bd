import { PATCH_VAE_LESSON_DEFAULTS as D } from '../../core/pipeline/patch-vae-defaults';
import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, latentSetting, lrSetting } from '../../notebook/settings/common-settings';
import { IMAGE_DATA_SETTINGS, SEED_SETTING } from '../../notebook/settings/image-data-settings';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

/** Every setting of the patch-VAE lesson. Defaults: post 004's model and protocol. */
export const SETTINGS = defineSettings({
  ...IMAGE_DATA_SETTINGS,
  seed: SEED_SETTING,
  patchSize: {
    kind: 'int',
    stage: 'train',
    min: 4,
    max: 28,
    default: D.model.patchSize,
    label: { en: 'Patch side (pixels)', ja: 'パッチの一辺（画素）' },
    note: { en: '(a multiple of 4)', ja: '（4 の倍数）' },
  },
  patches: { kind: 'int', stage: 'train', min: 100, max: 500_000, default: D.patches.count, label: { en: 'Training patches', ja: '学習パッチ数' } },
  stride: { kind: 'int', stage: 'train', min: 1, max: 24, default: D.patches.stride, label: { en: 'Scoring stride', ja: '採点のストライド' } },
  latent: latentSetting({ min: 1, max: 64, default: D.model.latent }),
  variance: {
    kind: 'choice',
    stage: 'train',
    label: { en: 'Variance model', ja: '分散のモデル' },
    options: [
      { value: 'pixel', label: { en: 'per pixel (post 004)', ja: '画素ごと（記事 004）' } },
      { value: 'floor', label: { en: 'per pixel, with a floor', ja: '画素ごと・下限つき' } },
      { value: 'shared', label: { en: 'one shared σ (σ-VAE)', ja: '全画素で共通の σ（σ-VAE）' } },
    ],
    default: D.model.variance,
  },
  floor: { kind: 'float', stage: 'train', min: 0.0001, max: 0.5, default: D.model.varianceFloor, label: { en: 'σ² floor', ja: 'σ² の下限' } },
  beta: { kind: 'float', stage: 'train', min: 0, max: 100, default: D.model.beta, label: { en: 'KL weight β', ja: 'KL の重み β' } },
  lr: lrSetting(D.train.learningRate),
  batch: batchSetting({ min: 1, max: 4096, default: D.train.batchSize }),
  epochs: epochsSetting({ min: 1, max: 200, default: D.train.epochs }),
});

/** Every setting of the lesson, by name. */
export type PatchVaeParams = SettingsOf<typeof SETTINGS>;
/** The names of the lesson's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings: the post as written, training with a floor, a shared σ, and a quick look. */
export const PRESETS: Preset<PatchVaeParams>[] = [
  {
    id: 'seed004',
    label: { en: 'Post 004’s model + this lesson’s additions (default)', ja: '記事 004 のモデル＋レッスンの追加（既定）' },
    params: { variance: 'pixel', beta: D.model.beta, patches: D.patches.count, epochs: D.train.epochs, batch: D.train.batchSize, latent: 2 },
  },
  {
    id: 'floor',
    label: { en: 'Train with σ² ≥ 0.01', ja: 'σ² ≥ 0.01 で学習' },
    params: { variance: 'floor', floor: 0.01 },
  },
  {
    id: 'shared',
    label: { en: 'One shared σ (σ-VAE)', ja: '全画素で共通の σ（σ-VAE）' },
    params: { variance: 'shared' },
  },
  {
    id: 'quick',
    label: { en: 'Quick look: 20,000 patches, 3 epochs', ja: 'お試し：2 万パッチ・3 エポック' },
    params: { patches: 20_000, epochs: 3 },
  },
];

/** Which test images get full μ / σ² / per-pixel maps after training: the first few of each group. */
export const DETAIL_PER_GROUP = 4;
