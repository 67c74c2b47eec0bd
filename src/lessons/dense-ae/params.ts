import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, hiddenSetting, latentSetting, lrSetting } from '../../notebook/settings/common-settings';
import { IMAGE_DATA_SETTINGS, SEED_SETTING } from '../../notebook/settings/image-data-settings';
import { choice, int, L } from '../../notebook/settings/rows';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

/**
 * Every setting of lesson 1. Practical defaults: post 000's model and data,
 * trained for at most 20 epochs at batch 256 — about a minute on a 2-core
 * laptop with WebAssembly.
 */
export const SETTINGS = defineSettings({
  ...IMAGE_DATA_SETTINGS,
  maxTrain: int('data', [0, 60000], 0, L('Training images', '学習画像数'), L('(0 = all)', '（0 = すべて）')),
  seed: SEED_SETTING,
  hidden: hiddenSetting({ min: 1, max: 2048, default: 392 }),
  latent: latentSetting({ min: 1, max: 784, default: 64 }),
  loss: choice('train', L('Loss', '損失関数'), 'mse', [
    ['mse', 'MSE (post 000)', '平均二乗誤差（記事 000）'],
    ['bce', 'binary cross-entropy (post 002)', '二値交差エントロピー（記事 002）'],
    ['l1', 'L1 (mean absolute error)', 'L1（平均絶対誤差）'],
  ]),
  lr: lrSetting(0.001),
  batch: batchSetting({ min: 1, max: 8192, default: 256 }),
  epochs: { ...epochsSetting({ min: 1, max: 1000, default: 20 }), label: L('Epochs (max)', 'エポック数（最大）') },
  patience: int('train', [0, 1000], 10, L('Early-stopping patience', '早期終了の我慢回数'), L('(0 = off)', '（0 = なし）')),
});

/** Every setting of lesson 1, by name. */
export type DenseAeParams = SettingsOf<typeof SETTINGS>;
/** The names of lesson 1's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings from the posts. */
export const PRESETS: Preset<DenseAeParams>[] = [
  { id: 'quick', label: L('Quick (default)', 'お試し（既定）'), params: { hidden: 392, latent: 64, loss: 'mse', batch: 256, epochs: 20, patience: 10, lr: 0.001 } },
  {
    id: 'seed000-full',
    label: L('Post 000, full: batch 32, up to 300 epochs', '記事 000 そのまま：バッチ 32・最大 300 エポック'),
    params: { hidden: 392, latent: 64, loss: 'mse', batch: 32, epochs: 300, patience: 10, lr: 0.001 },
  },
  {
    id: 'seed002-deep',
    label: L('Post 002: 784-300-100, BCE, 100 epochs', '記事 002：784-300-100・BCE・100 エポック'),
    params: { normal: [1], anomaly: [0, 2, 3, 4, 5, 6, 7, 8, 9], hidden: 300, latent: 100, loss: 'bce', batch: 32, epochs: 100, patience: 0, lr: 0.001 },
  },
];
