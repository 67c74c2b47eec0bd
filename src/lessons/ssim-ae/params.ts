import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, latentSetting, lrSetting, seedSetting } from '../../notebook/settings/common-settings';
import { choice, int, L } from '../../notebook/settings/rows';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

/**
 * Every setting of the SSIM-autoencoder lesson. Defaults train both losses and
 * score the test crops in under three minutes in Chromium on wasm (2 cores;
 * 127–129 s measured): 64-pixel crops, a quarter of the paper's channels, 1,000
 * fresh crops per epoch, 40 epochs, Adam 2e-3. Half the paper's channels for
 * 30 epochs gives better maps on carpet in a few minutes more; the paper's settings
 * (128-pixel crops, full width, 10,000 crops) are a preset.
 */
export const SETTINGS = defineSettings({
  texture: choice('data', L('Texture', 'テクスチャ'), 'carpet', [
    ['carpet', 'carpet (generated)', 'カーペット（生成）'],
    ['leather', 'leather (generated)', '革（生成）'],
    ['grass', 'grass (photo)', '草（写真）'],
    ['gravel', 'gravel (photo)', '砂利（写真）'],
    ['brick', 'brick (photo)', 'れんが（写真）'],
  ]),
  cropSize: choice('data', L('Crop size (pixels)', '切り出しサイズ（画素）'), '64', [
    ['32', '32', '32'],
    ['64', '64', '64'],
    ['128', '128 (paper)', '128（論文）'],
  ]),
  trainCount: int('data', [64, 10_000], 1000, L('Training crops per epoch (fresh each epoch)', '1 エポックの学習用切り出し数（毎エポック新しく）')),
  validationCount: int('data', [8, 400], 48, L('Validation crops (normal)', '検証用の切り出し数（正常）')),
  testCount: int('data', [12, 600], 96, L('Test crops', 'テスト用の切り出し数')),
  seed: seedSetting('data'),
  losses: choice('train', L('Train', '学習するモデル'), 'both', [
    ['both', 'SSIM and L2, one after the other', 'SSIM と L2 を順に'],
    ['ssim', 'SSIM only', 'SSIM のみ'],
    ['l2', 'L2 only', 'L2 のみ'],
  ]),
  window: choice('train', L('SSIM window', 'SSIM の窓'), '11', [
    ['11', '11 × 11 (paper)', '11 × 11（論文）'],
    ['7', '7 × 7', '7 × 7'],
  ]),
  width: choice('train', L('Channels', 'チャンネル数'), '0.25', [
    ['0.25', 'a quarter of the paper’s', '論文の 1/4'],
    ['0.5', 'half the paper’s', '論文の 1/2'],
    ['1', 'the paper’s 32…128', '論文どおり 32…128'],
  ]),
  latent: latentSetting({ min: 1, max: 512, default: 100 }),
  // Each model trains this many epochs; the Runs table's epochs column adds every model's.
  epochs: { ...epochsSetting({ min: 1, max: 200, default: 40 }), label: L('Epochs per model', 'モデルごとのエポック数') },
  batch: batchSetting({ min: 1, max: 256, default: 32 }),
  lr: lrSetting(0.002),
});

/** Every setting of the lesson, by name. */
export type SsimAeParams = SettingsOf<typeof SETTINGS>;
/** The names of the lesson's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings: the quick default, a longer run with better maps, and the paper's. */
export const PRESETS: Preset<SsimAeParams>[] = [
  { id: 'quick', label: L('Quick (default): 64 px, quarter width, 40 epochs', 'お試し（既定）：64 画素・1/4 の幅・40 エポック'), params: { cropSize: '64', width: '0.25', trainCount: 1000, epochs: 40, batch: 32, latent: 100, lr: 0.002 } },
  { id: 'half', label: L('Better maps: 64 px, half width, 30 epochs', 'より良いマップ：64 画素・半分の幅・30 エポック'), params: { cropSize: '64', width: '0.5', trainCount: 1000, epochs: 30, batch: 32, latent: 100, lr: 0.002 } },
  { id: 'paper', label: L('Bergmann et al.: 128 px, full width, 10,000 crops', 'Bergmann ら：128 画素・論文の幅・10,000 枚'), params: { cropSize: '128', width: '1', trainCount: 10_000, epochs: 10, batch: 32, latent: 100, window: '11' } },
];
