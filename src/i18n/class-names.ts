import { CLASS_NAMES, type DatasetName } from '../core/data/dataset-files';
import type { Lang } from './lang';

/** Fashion-MNIST's classes in Japanese, in label order (MNIST's digits need no words). */
const FASHION_JA = ['Tシャツ/トップス', 'ズボン', 'プルオーバー', 'ドレス', 'コート', 'サンダル', 'シャツ', 'スニーカー', 'バッグ', 'アンクルブーツ'];

/** The class names of `dataset` in `lang`, index = class label. */
export function classNames(dataset: DatasetName, lang: Lang): readonly string[] {
  return lang === 'ja' && dataset === 'fashion' ? FASHION_JA : CLASS_NAMES[dataset];
}
