import { PATCH_VAE_LESSON_DEFAULTS as D } from '../../core/pipeline/patch-vae-defaults';
import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, latentSetting, lrSetting } from '../../notebook/settings/common-settings';
import { IMAGE_DATA_SETTINGS, SEED_SETTING } from '../../notebook/settings/image-data-settings';
import { choice, float, int, L } from '../../notebook/settings/rows';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

/** Every setting of the patch-VAE lesson. Defaults: post 004's model and protocol. */
export const SETTINGS = defineSettings({
  ...IMAGE_DATA_SETTINGS,
  seed: SEED_SETTING,
  patchSize: int('train', [4, 28], D.model.patchSize, L('Patch side (pixels)', 'パッチの一辺（画素）'), L('(a multiple of 4)', '（4 の倍数）')),
  patches: int('train', [100, 500_000], D.patches.count, L('Training patches', '学習パッチ数')),
  stride: int('train', [1, 24], D.patches.stride, L('Scoring stride', '採点のストライド')),
  latent: latentSetting({ min: 1, max: 64, default: D.model.latent }),
  variance: choice('train', L('Variance model', '分散のモデル'), D.model.variance, [
    ['pixel', 'per pixel (post 004)', '画素ごと（記事 004）'],
    ['floor', 'per pixel, with a floor', '画素ごと・下限つき'],
    ['shared', 'one shared σ (σ-VAE)', '全画素で共通の σ（σ-VAE）'],
  ]),
  floor: float('train', [0.0001, 0.5], D.model.varianceFloor, L('σ² floor', 'σ² の下限')),
  beta: float('train', [0, 100], D.model.beta, L('KL weight β', 'KL の重み β')),
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
    label: L('Post 004’s model + this lesson’s additions (default)', '記事 004 のモデル＋レッスンの追加（既定）'),
    params: { variance: 'pixel', beta: D.model.beta, patches: D.patches.count, epochs: D.train.epochs, batch: D.train.batchSize, latent: 2 },
  },
  { id: 'floor', label: L('Train with σ² ≥ 0.01', 'σ² ≥ 0.01 で学習'), params: { variance: 'floor', floor: 0.01 } },
  { id: 'shared', label: L('One shared σ (σ-VAE)', '全画素で共通の σ（σ-VAE）'), params: { variance: 'shared' } },
  { id: 'quick', label: L('Quick look: 20,000 patches, 3 epochs', 'お試し：2 万パッチ・3 エポック'), params: { patches: 20_000, epochs: 3 } },
];

/** The model config a set of lesson settings describes (the seed's 16 channels). */
export function modelConfig(p: PatchVaeParams) {
  return { patchSize: p.patchSize, latent: p.latent, channels: 16, variance: p.variance, varianceFloor: p.floor, beta: p.beta };
}

/** Which test images get full μ / σ² / per-pixel maps after training: the first few of each group. */
export const DETAIL_PER_GROUP = 4;
