import type { ChartText } from '../components/chart-text';
import { useSettings } from '../stores/settings-store';
import type { Lang } from './lang';
import { countEn } from './count';

const en: ChartText = {
  chart: { loading: (label) => `Loading chart: ${label}…`, failed: (label) => `Could not load the chart “${label}”.`, download: (label, format) => `Download “${label}” as ${format}`, plotly: {}, paren: (name, detail) => `${name} (${detail})` },
  loss: {
    title: 'Loss',
    epoch: 'epoch',
    loss: 'loss',
    log: '(log)',
    train: 'train',
    validation: 'validation',
    offChart: 'off the chart',
    best: (epoch) => `best (epoch ${epoch})`,
  },
  histogram: { normal: 'normal', anomaly: 'anomaly', score: 'score', axis: 'anomaly score', count: 'count', log: '(log)', threshold: 'threshold' },
  roc: { title: 'ROC curve', chance: 'chance', fpr: 'false positive rate', tpr: 'true positive rate (recall)' },
  pr: { title: 'Precision–recall', chance: 'chance', precision: 'precision', recall: 'recall', none: '—' },
  confusion: {
    caption: 'Confusion matrix (rows: actual, columns: predicted)',
    predictedNormal: 'Predicted normal',
    predictedAnomaly: 'Predicted anomaly',
    actualNormal: 'Actual normal',
    actualAnomaly: 'Actual anomaly',
    tn: 'true negative',
    fp: 'false alarm',
    fn: 'missed anomaly',
    tp: 'caught anomaly',
  },
  slider: {
    label: 'Threshold',
    exactValue: (label) => `${label}, exact value`,
    jumpTo: (mark, value) => `Jump to ${mark} (${value})`,
    notNumber: (text, kept) => `“${text}” is not a number — kept ${kept}.`,
    belowMin: (text, min) => `${text} is below the minimum — clamped to ${min}.`,
    aboveMax: (text, max) => `${text} is above the maximum — clamped to ${max}.`,
  },
  grid: {
    image: (row, column) => `${row} of ${column}`,
    example: (id) => `example ${id}`,
    colourScale: (min, max) => `colour scale ${min} to ${max}`,
    region: 'Images',
    scrolls: (name) => `${name} (scrolls sideways)`,
    scrollHint: 'Scroll sideways for more →',
  },
  summary: {
    roc: (auc, at) => `ROC, AUC ${auc}.${at ? ` At threshold ${at.threshold}: ${at.normalsPass} of normals pass, ${at.anomaliesCaught} of anomalies caught.` : ''}`,
    pr: (ap, at) => `Precision–recall, AP ${ap}.${at ? ` At the threshold: precision ${at.precision}, recall ${at.recall}.` : ''}`,
    histogram: (n, at) =>
      `Scores of ${n.normal} normals and ${n.anomaly} anomalies.${at ? ` Above threshold ${at.threshold}: ${at.normalsAbove} of normals, ${at.anomaliesAbove} of anomalies.` : ''}`,
    loss: (epochs, last, best) =>
      `Loss after ${countEn(epochs, 'epoch')}: train ${last.train}${last.validation !== null ? `, validation ${last.validation}` : ''}.${best !== null ? ` Best epoch ${best}.` : ''}`,
  },
};

const ja: ChartText = {
  chart: { loading: (label) => `グラフを読み込んでいます：${label}…`, failed: (label) => `グラフ「${label}」を読み込めませんでした。`, download: (label, format) => `「${label}」を ${format} でダウンロード`,
    plotly: { Zoom: 'ズーム', Pan: '移動', 'Reset axes': '軸をリセット', 'Double-click to zoom back out': 'ダブルクリックで元の表示に戻ります' },
    paren: (name, detail) => `${name}（${detail}）`,
  },
  loss: {
    title: '損失',
    epoch: 'エポック',
    loss: '損失',
    log: '（対数）',
    train: '学習',
    validation: '検証',
    offChart: '枠外',
    best: (epoch) => `最良（エポック ${epoch}）`,
  },
  histogram: { normal: '正常', anomaly: '異常', score: '異常度', axis: '異常度', count: '件数', log: '（対数）', threshold: 'しきい値' },
  roc: { title: 'ROC 曲線', chance: 'ランダム', fpr: '偽陽性率', tpr: '真陽性率（再現率）' },
  pr: { title: '適合率–再現率', chance: 'ランダム', precision: '適合率', recall: '再現率', none: '—' },
  confusion: {
    caption: '混同行列（行：実際、列：予測）',
    predictedNormal: '予測：正常',
    predictedAnomaly: '予測：異常',
    actualNormal: '実際：正常',
    actualAnomaly: '実際：異常',
    tn: '正しく正常',
    fp: '誤検出',
    fn: '見逃し',
    tp: '正しく検知',
  },
  slider: {
    label: 'しきい値',
    exactValue: (label) => `${label}（正確な値）`,
    jumpTo: (mark, value) => `${mark}（${value}）へ移動`,
    notNumber: (text, kept) => `「${text}」は数値ではありません。${kept} のままにしました。`,
    belowMin: (text, min) => `${text} は最小値より小さいため、${min} にしました。`,
    aboveMax: (text, max) => `${text} は最大値より大きいため、${max} にしました。`,
  },
  grid: {
    image: (row, column) => `${column}の${row}`,
    example: (id) => `例 ${id}`,
    colourScale: (min, max) => `カラースケール ${min}〜${max}`,
    region: '画像',
    scrolls: (name) => `${name}（横にスクロールできます）`,
    scrollHint: '横にスクロールすると続きがあります →',
  },
  summary: {
    roc: (auc, at) => `ROC：AUC ${auc}。${at ? `しきい値 ${at.threshold} では、正常の ${at.normalsPass} が通過し、異常の ${at.anomaliesCaught} を検出します。` : ''}`,
    pr: (ap, at) => `適合率–再現率：AP ${ap}。${at ? `このしきい値では適合率 ${at.precision}、再現率 ${at.recall}。` : ''}`,
    histogram: (n, at) => `正常 ${n.normal} 件と異常 ${n.anomaly} 件の異常度。${at ? `しきい値 ${at.threshold} を超えるのは正常の ${at.normalsAbove}、異常の ${at.anomaliesAbove}。` : ''}`,
    loss: (epochs, last, best) => `${epochs} エポック後の損失：学習 ${last.train}${last.validation !== null ? `、検証 ${last.validation}` : ''}。${best !== null ? `最良はエポック ${best}。` : ''}`,
  },
};

/** The charts' words in each language. */
export const CHART_TEXT: Record<Lang, ChartText> = { en, ja };

/** The charts' words in the learner's language; re-renders when it changes. */
export function useChartText(): ChartText {
  return CHART_TEXT[useSettings((s) => s.lang)];
}
