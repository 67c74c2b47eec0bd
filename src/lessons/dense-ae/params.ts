import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, hiddenSetting, latentSetting, lrSetting } from '../../notebook/settings/common-settings';
import { IMAGE_DATA_SETTINGS, SEED_SETTING } from '../../notebook/settings/image-data-settings';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

/**
 * Every setting of lesson 1. Practical defaults: post 000's model and data,
 * trained for at most 20 epochs at batch 256 — about a minute on a 2-core
 * laptop with WebAssembly.
 */
export const SETTINGS = defineSettings({
  ...IMAGE_DATA_SETTINGS,
  maxTrain: { kind: 'int', stage: 'data', min: 0, max: 60000, default: 0, label: { en: 'Training images', ja: '学習画像数' }, note: { en: '(0 = all)', ja: '（0 = すべて）' } },
  seed: SEED_SETTING,
  hidden: hiddenSetting({ min: 1, max: 2048, default: 392 }),
  latent: latentSetting({ min: 1, max: 784, default: 64 }),
  loss: {
    kind: 'choice',
    stage: 'train',
    label: { en: 'Loss', ja: '損失関数' },
    options: [
      { value: 'mse', label: { en: 'MSE (post 000)', ja: '平均二乗誤差（記事 000）' } },
      { value: 'bce', label: { en: 'binary cross-entropy (post 002)', ja: '二値交差エントロピー（記事 002）' } },
      { value: 'l1', label: { en: 'L1 (mean absolute error)', ja: 'L1（平均絶対誤差）' } },
    ],
    default: 'mse',
  },
  lr: lrSetting(0.001),
  batch: batchSetting({ min: 1, max: 8192, default: 256 }),
  epochs: { ...epochsSetting({ min: 1, max: 1000, default: 20 }), label: { en: 'Epochs (max)', ja: 'エポック数（最大）' } },
  patience: {
    kind: 'int',
    stage: 'train',
    min: 0,
    max: 1000,
    default: 10,
    label: { en: 'Early-stopping patience', ja: '早期終了の我慢回数' },
    note: { en: '(0 = off)', ja: '（0 = なし）' },
  },
});

/** Every setting of lesson 1, by name. */
export type DenseAeParams = SettingsOf<typeof SETTINGS>;
/** The names of lesson 1's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings from the posts. */
export const PRESETS: Preset<DenseAeParams>[] = [
  {
    id: 'quick',
    label: { en: 'Quick (default)', ja: 'お試し（既定）' },
    params: { hidden: 392, latent: 64, loss: 'mse', batch: 256, epochs: 20, patience: 10, lr: 0.001 },
  },
  {
    id: 'seed000-full',
    label: { en: 'Post 000, full: batch 32, up to 300 epochs', ja: '記事 000 そのまま：バッチ 32・最大 300 エポック' },
    params: { hidden: 392, latent: 64, loss: 'mse', batch: 32, epochs: 300, patience: 10, lr: 0.001 },
  },
  {
    id: 'seed002-deep',
    label: { en: 'Post 002: 784-300-100, BCE, 100 epochs', ja: '記事 002：784-300-100・BCE・100 エポック' },
    params: { normal: [1], anomaly: [0, 2, 3, 4, 5, 6, 7, 8, 9], hidden: 300, latent: 100, loss: 'bce', batch: 32, epochs: 100, patience: 0, lr: 0.001 },
  },
];
