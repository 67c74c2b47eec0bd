import type { TrainingPool } from '../../core/timeseries/pool-rows';
import { SEED002_SERIES, SPEC_KEY, SERIES_KINDS, type SeriesSpec } from '../../core/timeseries/series-spec';
import type { Preset } from '../../notebook/preset-row';
import { batchSetting, epochsSetting, hiddenSetting, latentSetting, lrSetting, seedSetting } from '../../notebook/settings/common-settings';
import type { SettingsAdapter } from '../../notebook/settings/lesson-settings';
import { choice, float, int, L } from '../../notebook/settings/rows';
import { defineSettings, type NumberSetting, type SettingsOf } from '../../notebook/settings/settings-table';
import { readSpecField, specFieldSpec, writeSpecField, type SpecField } from './spec-fields';

export type { SpecField } from './spec-fields';

/**
 * The model and training settings. Post 002's model (L → 50 → 25 → 50 → L,
 * sigmoid, MSE), batch 32, Adam 1e-3, validation_split 0.25, trained on
 * everything; 20 epochs instead of 100 so a first run takes well under a
 * minute (the "Post 002 as written" preset runs 100).
 */
const MODEL_SETTINGS = defineSettings({
  dataSeed: int('data', [0, 2147483647], 0, L('Data random seed', 'データの乱数シード')),
  hidden: hiddenSetting({ min: 1, max: 1024, default: 50 }),
  latent: latentSetting({ min: 1, max: 1000, default: 25 }),
  output: choice('train', L('Output activation', '出力の活性化関数'), 'sigmoid', [
    ['sigmoid', 'sigmoid (post 002)', 'シグモイド（記事 002）'],
    ['linear', 'linear', '線形'],
  ]),
  pool: choice('train', L('Train on', '学習に使う系列'), 'all', [
    ['all', 'all series, anomalies included (post 002)', '異常も含むすべて（記事 002）'],
    ['clean', 'only the normal series', '正常な系列だけ'],
  ]),
  valFraction: float('train', [0, 0.5], 0.25, L('Validation fraction', '検証に回す割合'), L('(0 = none)', '（0 = なし）')),
  lr: lrSetting(0.001),
  batch: batchSetting({ min: 1, max: 8192, default: 32 }),
  epochs: epochsSetting({ min: 1, max: 1000, default: 20 }),
  seed: seedSetting('train'),
});

const FIELD_LABEL: Record<string, { en: string; ja: string }> = {
  count: L('count', '本数'),
  amplitude: L('amplitude', '振幅'),
  noise: L('noise σ', 'ノイズ σ'),
  height: L('height', '高さ'),
  shift: L('shift', 'ずれ'),
  factor: L('frequency ×', '周波数 ×'),
  fraction: L('fraction', '割合'),
};

/** Every generator field ("length", "cos.amplitude", …) in table order. */
export const SPEC_FIELDS: SpecField[] = [
  'length',
  ...SERIES_KINDS.flatMap((kind) => Object.keys(SEED002_SERIES[SPEC_KEY[kind]]).map((f) => `${SPEC_KEY[kind]}.${f}` as SpecField)),
];

function specSetting(field: SpecField): NumberSetting {
  const [group, name] = field.split('.');
  const rule = specFieldSpec(field);
  const label = field === 'length' ? { en: 'Series length', ja: '系列の長さ' } : { en: `${group}: ${FIELD_LABEL[name].en}`, ja: `${group}：${FIELD_LABEL[name].ja}` };
  return { ...rule, stage: 'data', default: readSpecField(SEED002_SERIES, field), label };
}

/** Every setting of the lesson: the generator's fields (data), then the model's and training's. */
export const SETTINGS = { ...Object.fromEntries(SPEC_FIELDS.map((f) => [f, specSetting(f)])), ...MODEL_SETTINGS } as Record<SpecField, NumberSetting> & typeof MODEL_SETTINGS;

type ModelValues = SettingsOf<typeof MODEL_SETTINGS>;
/** The names of the model's number settings. */
export type NumberParam = { [K in keyof ModelValues]: ModelValues[K] extends number ? K : never }[keyof ModelValues];

/** Every setting of the time-series lesson, with the generator's fields as one spec. */
export interface TimeseriesParams extends Omit<ModelValues, 'pool'> {
  spec: SeriesSpec;
  pool: TrainingPool;
}

/** The lesson's defaults: post 002's data and model. */
export const DEFAULT_PARAMS: TimeseriesParams = { spec: SEED002_SERIES, ...Object.fromEntries(Object.entries(MODEL_SETTINGS).map(([k, s]) => [k, s.default])) } as TimeseriesParams;

/** Flattens the spec into the table's fields and back. */
export const SETTINGS_ADAPTER: SettingsAdapter<typeof SETTINGS, TimeseriesParams> = {
  toValues: (p) => ({ ...p, ...Object.fromEntries(SPEC_FIELDS.map((f) => [f, readSpecField(p.spec, f)])) }) as unknown as SettingsOf<typeof SETTINGS>,
  fromValues: (v) => {
    const spec = SPEC_FIELDS.reduce((s, f) => writeSpecField(s, f, v[f]), SEED002_SERIES);
    const model = Object.fromEntries(Object.keys(MODEL_SETTINGS).map((k) => [k, v[k as keyof typeof v]]));
    return { ...model, spec } as TimeseriesParams;
  },
};

const POST_002 = { hidden: 50, latent: 25, output: 'sigmoid', pool: 'all', valFraction: 0.25, batch: 32, lr: 0.001 } as const;

/** One-click model settings. */
export const PRESETS: Preset<TimeseriesParams>[] = [
  { id: 'quick', label: L('Quick (default): 20 epochs', 'お試し（既定）：20 エポック'), params: { ...POST_002, epochs: 20 } },
  { id: 'seed002-full', label: L('Post 002 as written: 100 epochs', '記事 002 そのまま：100 エポック'), params: { ...POST_002, epochs: 100 } },
  { id: 'linear', label: L('Linear output (compare)', '線形出力（比較）'), params: { output: 'linear' } },
  { id: 'clean', label: L('Clean subset (compare)', '正常だけで学習（比較）'), params: { pool: 'clean' } },
];
