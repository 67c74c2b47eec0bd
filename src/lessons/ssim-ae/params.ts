import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, latentSetting, lrSetting, seedSetting } from '../../notebook/settings/common-settings';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

const label = (en: string, ja: string) => ({ en, ja });

/**
 * Every setting of the SSIM-autoencoder lesson. Defaults train both losses and
 * score the test crops in about three minutes on wasm (2 cores): 64-pixel
 * crops, half the paper's channels, 1,000 crops, 10 epochs. The paper's
 * settings (128-pixel crops, full width, 10,000 crops) are a preset.
 */
export const SETTINGS = defineSettings({
  texture: {
    kind: 'choice',
    stage: 'data',
    label: label('Texture', 'テクスチャ'),
    options: [
      { value: 'carpet', label: label('carpet (generated)', 'カーペット（生成）') },
      { value: 'leather', label: label('leather (generated)', '革（生成）') },
      { value: 'grass', label: label('grass (photo)', '草（写真）') },
      { value: 'gravel', label: label('gravel (photo)', '砂利（写真）') },
      { value: 'brick', label: label('brick (photo)', 'れんが（写真）') },
    ],
    default: 'carpet',
  },
  cropSize: {
    kind: 'choice',
    stage: 'data',
    label: label('Crop size (pixels)', '切り出しサイズ（画素）'),
    options: [
      { value: '32', label: label('32', '32') },
      { value: '64', label: label('64', '64') },
      { value: '128', label: label('128 (paper)', '128（論文）') },
    ],
    default: '64',
  },
  trainCount: { kind: 'int', stage: 'data', min: 64, max: 10_000, default: 1000, label: label('Training crops', '学習用の切り出し数') },
  validationCount: { kind: 'int', stage: 'data', min: 8, max: 400, default: 48, label: label('Validation crops (normal)', '検証用の切り出し数（正常）') },
  testCount: { kind: 'int', stage: 'data', min: 12, max: 600, default: 96, label: label('Test crops', 'テスト用の切り出し数') },
  seed: seedSetting('data'),
  losses: {
    kind: 'choice',
    stage: 'train',
    label: label('Train', '学習するモデル'),
    options: [
      { value: 'both', label: label('SSIM and L2, one after the other', 'SSIM と L2 を順に') },
      { value: 'ssim', label: label('SSIM only', 'SSIM のみ') },
      { value: 'l2', label: label('L2 only', 'L2 のみ') },
    ],
    default: 'both',
  },
  window: {
    kind: 'choice',
    stage: 'train',
    label: label('SSIM window', 'SSIM の窓'),
    options: [
      { value: '11', label: label('11 × 11 (paper)', '11 × 11（論文）') },
      { value: '7', label: label('7 × 7', '7 × 7') },
    ],
    default: '11',
  },
  width: {
    kind: 'choice',
    stage: 'train',
    label: label('Channels', 'チャンネル数'),
    options: [
      { value: '0.25', label: label('a quarter of the paper’s', '論文の 1/4') },
      { value: '0.5', label: label('half the paper’s', '論文の 1/2') },
      { value: '1', label: label('the paper’s 32…128', '論文どおり 32…128') },
    ],
    default: '0.5',
  },
  latent: latentSetting({ min: 1, max: 512, default: 100 }),
  epochs: epochsSetting({ min: 1, max: 200, default: 10 }),
  batch: batchSetting({ min: 1, max: 256, default: 32 }),
  lr: lrSetting(0.0002),
});

/** Every setting of the lesson, by name. */
export type SsimAeParams = SettingsOf<typeof SETTINGS>;
/** The names of the lesson's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings: the quick default and the paper's. */
export const PRESETS: Preset<SsimAeParams>[] = [
  { id: 'quick', label: label('Quick (default): 64 px, half width, 1,000 crops', 'お試し（既定）：64 画素・半分の幅・1,000 枚'), params: { cropSize: '64', width: '0.5', trainCount: 1000, epochs: 10, batch: 32, latent: 100 } },
  { id: 'paper', label: label('Bergmann et al.: 128 px, full width, 10,000 crops', 'Bergmann ら：128 画素・論文の幅・10,000 枚'), params: { cropSize: '128', width: '1', trainCount: 10_000, epochs: 10, batch: 32, latent: 100, window: '11' } },
];
