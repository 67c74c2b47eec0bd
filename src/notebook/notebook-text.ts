import type { Lang, Localized } from '../i18n/lang';
import { countEn } from '../i18n/count';

const en = {
  // Train panel.
  run: 'Train',
  stop: 'Stop',
  epoch: 'epoch',
  batchWord: 'batch',
  elapsed: 'elapsed',
  remaining: 'remaining',
  estimate: 'estimated: ',
  lossCurve: 'Training and validation loss per epoch',
  changedWhileRunning: 'The settings changed after this run started: it goes on with the settings it started with. Press Run all when it ends to use the new ones.',
  estimateNote: (s: string, e: number, be: string) => `${s} for ${countEn(e, 'epoch')} on ${be}`,
  // Model cell: presets and layer table.
  presets: 'Presets',
  layers: 'Layers',
  layer: 'layer',
  shape: 'in → out',
  activation: 'activation',
  params: 'parameters',
  total: 'total',
  layerWords: { encoder: 'encoder', decoder: 'decoder', dense: 'dense', latent: 'latent', output: 'output', headMu: 'μ head', headSigma2: 'σ² head', sharedSigma2: 'σ², one learned value' },
  // Data cell: class picker, load row, sample grid.
  normalClasses: 'Normal class(es) — the model trains on these only',
  anomalyClasses: 'Anomaly class(es) — only in the test set',
  alreadyNormal: 'already chosen as normal',
  load: 'Load data',
  loading: 'Loading…',
  samples: 'Samples from the test set',
  counts: { train: 'train normals', val: 'validation normals', testNormal: 'test normals', testAnomaly: 'test anomalies' },
  normal: 'normal',
  anomaly: 'anomaly',
  // Result cells.
  noResult: 'Train a model to see this.',
  auc: 'AUC',
  scoreKind: 'Score',
  threshold: 'Threshold',
  logY: 'log count axis',
};

/** The words every lesson's cells share. A lesson's text table spreads them first, then adds or overrides its own. */
export type NotebookText = typeof en;

const ja: NotebookText = {
  run: '学習する',
  stop: '停止',
  epoch: 'エポック',
  batchWord: 'バッチ',
  elapsed: '経過',
  remaining: '残り',
  estimate: '見込み：',
  lossCurve: 'エポックごとの学習・検証損失',
  changedWhileRunning: 'この実行が始まったあとで設定が変わりました。実行は始めたときの設定のまま続きます。終わってから「すべて実行」を押すと、新しい設定で学習します。',
  estimateNote: (s: string, e: number, be: string) => `${s}：${be} で ${e} エポック`,
  presets: 'プリセット',
  layers: '層',
  layer: '層',
  shape: '入力 → 出力',
  activation: '活性化',
  params: 'パラメータ数',
  total: '合計',
  layerWords: { encoder: 'エンコーダ', decoder: 'デコーダ', dense: '全結合', latent: '潜在', output: '出力', headMu: 'μ ヘッド', headSigma2: 'σ² ヘッド', sharedSigma2: 'σ²（学習する 1 つの値）' },
  normalClasses: '正常クラス — モデルはこれだけで学習します',
  anomalyClasses: '異常クラス — テストにだけ登場します',
  alreadyNormal: '正常として選択済み',
  load: 'データを読み込む',
  loading: '読み込み中…',
  samples: 'テストデータの例',
  counts: { train: '学習用の正常', val: '検証用の正常', testNormal: 'テストの正常', testAnomaly: 'テストの異常' },
  normal: '正常',
  anomaly: '異常',
  noResult: 'モデルを学習すると表示されます。',
  auc: 'AUC',
  scoreKind: '異常度',
  threshold: 'しきい値',
  logY: '縦軸を対数に',
};

/** The shared notebook words in each language. */
export const NOTEBOOK_TEXT: Record<Lang, NotebookText> = { en, ja };

/** The titles of the cells most lessons have. */
export const CELL_TITLE = {
  data: { en: 'Data', ja: 'データ' },
  model: { en: 'Model', ja: 'モデル' },
  train: { en: 'Train', ja: '学習' },
} satisfies Record<string, Localized>;
