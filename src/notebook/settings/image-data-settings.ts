import { seedSetting } from './common-settings';
import { defineSettings } from './settings-table';

/** The data settings every image lesson shares: the dataset and its normal and anomaly classes. */
export const IMAGE_DATA_SETTINGS = defineSettings({
  dataset: {
    kind: 'choice',
    stage: 'data',
    label: { en: 'Dataset', ja: 'データセット' },
    options: [
      { value: 'mnist', label: { en: 'MNIST', ja: 'MNIST' } },
      { value: 'fashion', label: { en: 'Fashion-MNIST', ja: 'Fashion-MNIST' } },
    ],
    default: 'mnist',
  },
  normal: { kind: 'classes', stage: 'data', classCount: 10, default: [1], label: { en: 'Normal class(es)', ja: '正常クラス' } },
  anomaly: { kind: 'classes', stage: 'data', classCount: 10, default: [9], label: { en: 'Anomaly class(es)', ja: '異常クラス' } },
});

/** The random seed of an image lesson: data split, patch sampling and initial weights. */
export const SEED_SETTING = seedSetting('data');
