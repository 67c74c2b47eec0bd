import { seedSetting } from './common-settings';
import { choice, L } from './rows';
import { defineSettings } from './settings-table';

/** The data settings every image lesson shares: the dataset and its normal and anomaly classes. */
export const IMAGE_DATA_SETTINGS = defineSettings({
  dataset: choice('data', L('Dataset', 'データセット'), 'mnist', [
    ['mnist', 'MNIST', 'MNIST'],
    ['fashion', 'Fashion-MNIST', 'Fashion-MNIST'],
  ]),
  normal: { kind: 'classes', stage: 'data', classCount: 10, default: [1], label: { en: 'Normal class(es)', ja: '正常クラス' } },
  anomaly: { kind: 'classes', stage: 'data', classCount: 10, default: [9], label: { en: 'Anomaly class(es)', ja: '異常クラス' } },
});

/** The random seed of an image lesson: data split, patch sampling and initial weights. */
export const SEED_SETTING = seedSetting('data');
