import type { NumberSetting, Stage } from './settings-table';

type Row = Omit<NumberSetting, 'label' | 'kind' | 'stage'> & { stage?: Stage };

/** An integer setting of a training run, labelled as every lesson labels it. */
function trainInt(label: NumberSetting['label']) {
  return ({ min, max, default: d, stage = 'train', note }: Row): NumberSetting => ({ kind: 'int', stage, min, max, default: d, label, ...(note ? { note } : {}) });
}

/** The latent (bottleneck) size. */
export const latentSetting = trainInt({ en: 'Latent size', ja: '潜在次元' });
/** The width of a dense hidden layer. */
export const hiddenSetting = trainInt({ en: 'Hidden width', ja: '中間層の幅' });
/** The mini-batch size. */
export const batchSetting = trainInt({ en: 'Batch size', ja: 'バッチサイズ' });
/** The number of epochs. */
export const epochsSetting = trainInt({ en: 'Epochs', ja: 'エポック数' });

/** Adam's learning rate, 1e-5 … 1. */
export function lrSetting(d: number): NumberSetting {
  return { kind: 'float', stage: 'train', min: 0.00001, max: 1, default: d, label: { en: 'Learning rate', ja: '学習率' } };
}

/** The random seed: data split, sampling and initial weights. */
export function seedSetting(stage: Stage = 'data'): NumberSetting {
  return { kind: 'int', stage, min: 0, max: 2147483647, default: 0, label: { en: 'Random seed', ja: '乱数シード' } };
}
