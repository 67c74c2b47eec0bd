import type { Lang } from '../../i18n/lang';
import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, lrSetting } from '../../notebook/settings/common-settings';
import { IMAGE_DATA_SETTINGS, SEED_SETTING } from '../../notebook/settings/image-data-settings';
import { SETTINGS as SSIM_SETTINGS } from '../ssim-ae/params';
import { defineSettings, type NumberKey, type SettingsOf } from '../../notebook/settings/settings-table';

const label = (en: string, ja: string) => ({ en, ja });

/** A train-stage choice from `[value, en, ja]` rows. */
function trainChoice<const V extends string>(en: string, ja: string, rows: readonly (readonly [V, string, string])[], d: V) {
  return { kind: 'choice', stage: 'train', label: label(en, ja), options: rows.map(([value, e, j]) => ({ value, label: label(e, j) })), default: d } as const;
}

/**
 * Every setting of the metric-learning lesson (seed 001, second half). Data:
 * Fashion-MNIST sneaker (7) normal, ankle boot (9) anomaly, the other classes
 * as reference. Model: a MobileNetV2-style backbone trained from scratch with
 * L2-softmax; LOF and kNN scores on its embeddings; an ensemble of models.
 * Defaults are sized for about three minutes on wasm (2 cores); the PyTorch
 * reference recipe of the issue is a preset.
 */
export const SETTINGS = defineSettings({
  source: {
    kind: 'choice',
    stage: 'data',
    label: label('Data', 'データ'),
    options: [
      { value: 'classes', label: label('image classes (Fashion-MNIST, MNIST)', '画像のクラス（Fashion-MNIST・MNIST）') },
      { value: 'texture', label: label('a texture with synthetic defects', '合成欠陥のあるテクスチャ') },
    ],
    default: 'classes',
  },
  dataset: { ...IMAGE_DATA_SETTINGS.dataset, default: 'fashion' },
  normal: { ...IMAGE_DATA_SETTINGS.normal, default: [7] },
  anomaly: { ...IMAGE_DATA_SETTINGS.anomaly, default: [9] },
  reference: { kind: 'classes', stage: 'data', classCount: 10, default: [0, 1, 2, 3, 4, 5, 6, 8], label: label('Reference class(es)', '参照クラス') },
  texture: { ...SSIM_SETTINGS.texture, default: 'grass' },
  referencePerClass: {
    kind: 'int',
    stage: 'data',
    min: 0,
    max: 6000,
    default: 300,
    label: label('Reference images per class', '参照画像数（クラスごと）'),
    note: label('(0 = none: the ablation)', '（0 = なし：アブレーション）'),
  },
  maxTrain: { kind: 'int', stage: 'data', min: 0, max: 6000, default: 2000, label: label('Training normals', '学習用の正常画像数'), note: label('(0 = all)', '（0 = すべて）') },
  seed: SEED_SETTING,
  width: trainChoice('Backbone width', 'バックボーンの幅', [['0.25', '0.25', '0.25'], ['0.5', '0.5 (post 001)', '0.5（記事 001）'], ['1', '1', '1']], '0.5'),
  embedding: { kind: 'int', stage: 'train', min: 2, max: 512, default: 128, label: label('Embedding size', '埋め込みの次元') },
  alphaMode: trainChoice('Scale α', 'スケール α', [['fixed', 'fixed', '固定'], ['learned', 'learned (Ranjan et al.)', '学習する（Ranjan ら）']], 'fixed'),
  alpha: { kind: 'float', stage: 'train', min: 0.5, max: 64, default: 16, label: label('α (start value when learned)', 'α（学習するときは初期値）') },
  optimizer: trainChoice('Optimiser', '最適化手法', [['sgd', 'SGD with momentum 0.9 (post 001)', 'モーメンタム 0.9 の SGD（記事 001）'], ['adam', 'Adam', 'Adam']], 'sgd'),
  lr: lrSetting(0.01),
  epochs: epochsSetting({ min: 1, max: 100, default: 3 }),
  batch: batchSetting({ min: 1, max: 512, default: 128 }),
  models: { kind: 'int', stage: 'train', min: 1, max: 5, default: 3, label: label('Models in the ensemble', 'アンサンブルのモデル数') },
  neighbors: { kind: 'int', stage: 'train', min: 1, max: 100, default: 20, label: label('Neighbours k (LOF, kNN)', '近傍数 k（LOF・kNN）') },
  backboneMode: trainChoice(
    'Pretrained backbone',
    '学習済みバックボーン',
    [
      ['frozen', 'frozen (head only)', '固定（ヘッドのみ）'],
      ['fine-tune', 'fine-tuned (all)', 'ファインチューニング（全体）'],
    ],
    'frozen',
  ),
});

/** A built-in texture's name as the texture setting shows it ("grass (photo)"). */
export function textureLabel(name: string, lang: Lang): string {
  return SETTINGS.texture.options.find((o) => o.value === name)?.label[lang] ?? name;
}

/** Every setting of the lesson, by name. */
export type MetricParams = SettingsOf<typeof SETTINGS>;
/** The names of the lesson's number settings. */
export type NumberParam = NumberKey<typeof SETTINGS>;

/** One-click settings: the quick default, the issue's PyTorch reference recipe, post 001's schedule, and the ablations. */
export const PRESETS: Preset<MetricParams>[] = [
  {
    id: 'quick',
    label: label('Quick (default): 3 epochs, 2,000 normals', 'お試し（既定）：3 エポック・正常 2,000 枚'),
    params: { maxTrain: 2000, referencePerClass: 300, embedding: 128, alphaMode: 'fixed', alpha: 16, optimizer: 'sgd', lr: 0.01, epochs: 3, batch: 128, models: 3 },
  },
  {
    id: 'reference',
    label: label('Reference recipe: all normals, 300 per reference class, SGD 0.01, 10 epochs', '参照レシピ：正常すべて・参照 300 枚/クラス・SGD 0.01・10 エポック'),
    params: { source: 'classes', dataset: 'fashion', normal: [7], anomaly: [9], maxTrain: 0, referencePerClass: 300, embedding: 128, alphaMode: 'fixed', alpha: 16, optimizer: 'sgd', lr: 0.01, epochs: 10, batch: 128, models: 3, width: '0.5' },
  },
  {
    id: 'post001',
    label: label('Post 001: SGD, 50 epochs, batch 128', '記事 001：SGD・50 エポック・バッチ 128'),
    params: { optimizer: 'sgd', epochs: 50, batch: 128, models: 3, width: '0.5' },
  },
  { id: 'grass', label: label('Textures: grass against its synthetic defects', 'テクスチャ：草と合成欠陥'), params: { source: 'texture', texture: 'grass', maxTrain: 2000, referencePerClass: 300 } },
  { id: 'no-reference', label: label('Ablation: no reference data', 'アブレーション：参照データなし'), params: { referencePerClass: 0 } },
  { id: 'mnist', label: label('MNIST 1 vs 9', 'MNIST 1 対 9'), params: { source: 'classes', dataset: 'mnist', normal: [1], anomaly: [9], reference: [0, 2, 3, 4, 5, 6, 7, 8] } },
];
