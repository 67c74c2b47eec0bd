import { useLang } from '../../stores/settings-store';
import type { Lang } from '../../i18n/lang';
import { NOTEBOOK_TEXT } from '../../notebook/notebook-text';
import { countEn } from '../../i18n/count';

const en = {
  ...NOTEBOOK_TEXT.en,
  oneVsNine: '1 vs 9 (post 000)',
  allOthers: 'All other classes (post 002)',
  estimateNote: (s: string, e: number, be: string) => `${s} for ${countEn(e, 'epoch')} on ${be}; early stopping may end sooner`,
  filters: { normals: 'normals', anomalies: 'anomalies', 'hardest-normals': 'hardest normals', 'hidden-anomalies': 'best-hidden anomalies' },
  rows: ['original', 'reconstruction', '|difference|'],
  scoreKinds: { l1: 'L1: Σ|x − x̂| (post 000)', l2: 'L2: Σ(x − x̂)²', max: 'max |x − x̂|' },
  histogram: 'Histogram of anomaly scores, normals and anomalies',
  marks: { bestNormal: 'F1 (normal +)', bestAnomaly: 'F1 (anomaly +)', p99: 'p99 normal' },
  bestF1Normal: 'Best F1, normal = positive (post 000)',
  bestF1Anomaly: 'Best F1, anomaly = positive',
  p99: 'Normal-only: p99 of validation normals',
  p99Why: 'The two F1 presets are tuned on the test labels; the p99 preset needs no anomaly labels, which is how real inspection has to work: you rarely have anomalies to tune on.',
  convention: 'convention',
  precision: 'precision',
  recall: 'recall',
  f1: 'F1',
  tprTnr: 'TPR + TNR',
  roc: 'ROC curve',
  pr: 'Precision–recall curve',
  ap: 'average precision',
};

export type LessonText = typeof en;

const ja: LessonText = {
  ...NOTEBOOK_TEXT.ja,
  oneVsNine: '1 対 9（記事 000）',
  allOthers: '他のすべてのクラス（記事 002）',
  estimateNote: (s: string, e: number, be: string) => `${s}：${be} で ${e} エポック、早期終了ならもっと短く`,
  filters: { normals: '正常', anomalies: '異常', 'hardest-normals': 'スコアの高い正常', 'hidden-anomalies': '見逃しやすい異常' },
  rows: ['入力', '再構成', '|差分|'],
  scoreKinds: { l1: 'L1：Σ|x − x̂|（記事 000）', l2: 'L2：Σ(x − x̂)²', max: '最大 |x − x̂|' },
  histogram: '異常度のヒストグラム（正常と異常）',
  marks: { bestNormal: 'F1（正常 +）', bestAnomaly: 'F1（異常 +）', p99: 'p99 正常' },
  bestF1Normal: 'F1 最大（正常 = 陽性、記事 000）',
  bestF1Anomaly: 'F1 最大（異常 = 陽性）',
  p99: '正常のみ：検証用正常の 99 パーセンタイル',
  p99Why: '2 つの F1 プリセットはテストのラベルで合わせたものです。p99 プリセットは異常のラベルを使いません。実際の検査では調整に使える異常はめったにないので、こちらが現実のやり方です。',
  convention: '陽性の定義',
  precision: '適合率',
  recall: '再現率',
  f1: 'F1',
  tprTnr: 'TPR + TNR',
  roc: 'ROC 曲線',
  pr: '適合率–再現率曲線',
  ap: '平均適合率',
};

/** The lesson's UI text in each language. */
export const TEXT: Record<Lang, LessonText> = { en, ja };

/** The lesson's UI text in the current language. */
export function useText(): LessonText {
  return TEXT[useLang()];
}
