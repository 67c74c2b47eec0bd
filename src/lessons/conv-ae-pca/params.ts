import { FACE_GLASSES, FACE_TRAIN_IDENTITIES } from '../../core/faces/face-files';
import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, latentSetting, lrSetting, seedSetting } from '../../notebook/settings/common-settings';
import { choice, int, L } from '../../notebook/settings/rows';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

/** Components PCA computes: the range of the k slider. */
export const MAX_COMPONENTS = 64;

/** Components PCA computes for `nTrain` training faces of `size`² pixels (the k slider's range). */
export function maxComponents(nTrain: number, size: number): number {
  return Math.max(1, Math.min(MAX_COMPONENTS, nTrain - 1, size * size));
}

/**
 * Every setting of the PCA → convolutional-autoencoder lesson (seed 003).
 * Defaults fit PCA and train a small conv AE on 64×64 DiceBear faces within
 * two minutes on wasm (2 cores); PCA's k and the AE's latent size match.
 */
export const SETTINGS = defineSettings({
  faces: choice('data', L('Face style (DiceBear, CC0)', '顔のスタイル（DiceBear、CC0）'), 'lorelei', [
    ['lorelei', 'Lorelei', 'ロレライ'],
    ['notionists', 'Notionists', 'ノーショニスト'],
    ['open-peeps', 'Open Peeps', 'オープンピープス'],
  ]),
  variant: choice('data', L('Difficulty', '難しさ'), 'normal', [
    ['normal', 'normal', '標準'],
    ['hard', 'hard: shifts, thin or faint frames, more hair', '難しい：ずれ・細い枠や薄い枠・多くの髪型'],
  ]),
  trainCount: int('data', [16, FACE_TRAIN_IDENTITIES], FACE_TRAIN_IDENTITIES, L('Training faces (no glasses)', '学習用の顔（眼鏡なし）')),
  testEach: int('data', [4, FACE_GLASSES], FACE_GLASSES, L('Test faces of each kind (without, with glasses)', 'テスト用の顔（眼鏡なし・ありそれぞれ）')),
  seed: seedSetting('train'),
  k: int('train', [1, MAX_COMPONENTS], 16, L('PCA components k', 'PCA の成分数 k')),
  latent: latentSetting({ min: 1, max: 256, default: 16 }),
  depth: int('train', [1, 4], 3, L('Depth (stride-2 stages)', '深さ（ストライド 2 の段数）')),
  width: choice('train', L('Channels', 'チャンネル数'), '0.25', [
    ['0.25', '8 … 32', '8 … 32'],
    ['0.5', '16 … 64', '16 … 64'],
    ['1', '32 … 128', '32 … 128'],
  ]),
  epochs: epochsSetting({ min: 1, max: 200, default: 20 }),
  batch: batchSetting({ min: 1, max: 256, default: 32 }),
  lr: lrSetting(0.001),
});

/** Every setting of the lesson, by name. */
export type ConvAePcaParams = SettingsOf<typeof SETTINGS>;
/** The names of the lesson's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings. */
export const PRESETS: Preset<ConvAePcaParams>[] = [
  { id: 'quick', label: L('Quick (default): k = latent = 16', 'お試し（既定）：k = 潜在次元 = 16'), params: { k: 16, latent: 16, depth: 3, width: '0.25', epochs: 20, trainCount: 800 } },
  { id: 'tight', label: L('Tight bottleneck: k = latent = 4', '狭いボトルネック：k = 潜在次元 = 4'), params: { k: 4, latent: 4 } },
  { id: 'wide', label: L('Wider AE: k = latent = 32, 16 … 64 channels', '幅の広い AE：k = 潜在次元 = 32・16 … 64 チャンネル'), params: { k: 32, latent: 32, width: '0.5', epochs: 30 } },
];
