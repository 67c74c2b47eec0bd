import type { Lang } from '../../i18n/lang';
import { addProblemTexts } from '../settings/problem-text';

const en = {
  title: 'Runs',
  intro: 'Every finished run is kept in this browser. Tick two or more to overlay their curves; reopen one to bring back its settings and model without training.',
  empty: 'No runs yet: train a model and it appears here.',
  loading: 'Reading kept runs…',
  unavailable: 'This browser does not let the page keep runs (storage is off or private), so runs last only until you reload.',
  select: (name: string) => `Compare ${name}`,
  reference: (name: string) => `Compare settings with ${name}`,
  cols: { run: 'run', date: 'trained', seed: 'random seed', auc: 'AUC', ap: 'AP', f1: 'best F1', epochs: 'epochs', speed: 's/epoch', backend: 'backend', size: 'stored', actions: '' },
  reopen: 'Reopen',
  rerun: 'Re-run with the same initial weights',
  rerunShort: 'Re-run',
  pin: 'Pin',
  unpin: 'Unpin',
  pinned: 'pinned: never deleted to make room',
  rename: 'Rename',
  renameLabel: (name: string) => `New name for ${name}`,
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Delete',
  removeConfirm: (name: string) => `Delete run ${name}? This cannot be undone.`,
  noWeights: 'weights not kept',
  weightsOf: (size: string, precision: string) => `weights ${size} (${precision})`,
  keepWeights: 'Keep trained weights',
  keepOptions: { float32: 'yes, exact (float32)', float16: 'yes, half the size (float16)', off: 'no (curves and scores only)' },
  total: (size: string) => `All kept runs: ${size}`,
  differs: 'differs from the selected run',
  overlayHint: 'Tick two or more runs to overlay their ROC, PR and loss curves.',
  overlayRoc: 'ROC curves of the chosen runs',
  overlayPr: 'Precision–recall curves of the chosen runs',
  overlayLoss: 'Loss curves of the chosen runs',
  lossTrain: 'train',
  lossVal: 'val.',
  restored: (date: string) => `Restored run from ${date}: its settings and model are back, nothing was retrained.`,
  restoredFile: (name: string) => `Opened the model in ${name}: its settings are back, nothing was retrained.`,
  reopening: 'Reopening: loading the data and scoring it with the kept model…',
  /** Above the Train cell's panel before anything was trained or reopened on this page, when runs of the lesson with weights are kept. */
  kept: (n: number) =>
    n === 1
      ? 'One run of this lesson is kept in this browser: reopen it in “Runs” to see its results without training again.'
      : `${n} runs of this lesson are kept in this browser: reopen one in “Runs” to see its results without training again.`,
  keptGo: 'Go to Runs',
  downloadModel: 'Download model',
  openModel: 'Open model…',
  openModelHint: 'Choose model.json and its .weights.bin together.',
  downloadCsv: 'Download scores (CSV)',
  downloadNotebook: 'Download as Jupyter notebook',
  evicted: (names: string) => `Storage was full, so the oldest unpinned runs were deleted to keep the new one: ${names}.`,
  full: 'Storage is full of pinned runs, so this run was not kept. Unpin or delete a run, or stop keeping weights, then train again.',
  dismiss: 'Dismiss',
};

export type RunsText = typeof en;

const ja: RunsText = {
  title: '実行の記録',
  intro: '学習を終えた実行はこのブラウザーに保存されます。2 つ以上にチェックを入れると曲線を重ねて比べられます。「開き直す」を押すと、学習し直さずに設定とモデルが戻ります。',
  empty: 'まだ実行がありません。モデルを学習するとここに並びます。',
  loading: '保存された実行を読み込んでいます…',
  unavailable: 'このブラウザーではページがデータを保存できない（保存が無効かプライベートモード）ため、実行の記録は再読み込みまでしか残りません。',
  select: (name: string) => `${name} を比較に加える`,
  reference: (name: string) => `${name} と設定を比べる`,
  cols: { run: '実行', date: '学習日時', seed: '乱数シード', auc: 'AUC', ap: 'AP', f1: '最良 F1', epochs: 'エポック', speed: '秒/エポック', backend: 'バックエンド', size: '保存量', actions: '' },
  reopen: '開き直す',
  rerun: '同じ初期重みでもう一度学習',
  rerunShort: '再学習',
  pin: '固定',
  unpin: '固定を外す',
  pinned: '固定中：空きを作るために削除されることはありません',
  rename: '名前を変える',
  renameLabel: (name: string) => `${name} の新しい名前`,
  save: '保存',
  cancel: 'やめる',
  remove: '削除',
  removeConfirm: (name: string) => `実行 ${name} を削除しますか？元に戻せません。`,
  noWeights: '重みは保存なし',
  weightsOf: (size: string, precision: string) => `重み ${size}（${precision}）`,
  keepWeights: '学習した重みを保存',
  keepOptions: { float32: 'する（そのまま float32）', float16: 'する（半分の大きさ float16）', off: 'しない（曲線と異常度だけ）' },
  total: (size: string) => `保存した実行の合計：${size}`,
  differs: '選んだ実行と違う設定',
  overlayHint: '2 つ以上の実行にチェックを入れると、ROC・PR・損失の曲線を重ねて表示します。',
  overlayRoc: '選んだ実行の ROC 曲線',
  overlayPr: '選んだ実行の適合率–再現率曲線',
  overlayLoss: '選んだ実行の損失曲線',
  lossTrain: '学習',
  lossVal: '検証',
  restored: (date: string) => `${date} の実行を復元しました。設定とモデルが戻り、学習はしていません。`,
  restoredFile: (name: string) => `${name} のモデルを開きました。設定が戻り、学習はしていません。`,
  reopening: '開き直しています：データを読み込み、保存したモデルで異常度を計算しています…',
  kept: (n) => `このレッスンの実行が ${n} 件、このブラウザーに保存されています。「実行の記録」で開き直すと、学習し直さずに結果を見られます。`,
  keptGo: '「実行の記録」へ',
  downloadModel: 'モデルをダウンロード',
  openModel: 'モデルを開く…',
  openModelHint: 'model.json と重みのファイル（.bin）を一緒に選んでください。',
  downloadCsv: '異常度をダウンロード（CSV）',
  downloadNotebook: 'Jupyter ノートブックとしてダウンロード',
  evicted: (names: string) => `保存領域がいっぱいだったため、新しい実行を保存するのに固定していない古い実行を削除しました：${names}。`,
  full: '保存領域が固定した実行でいっぱいのため、この実行は保存されていません。固定を外すか実行を削除するか、重みの保存をやめてから学習し直してください。',
  dismiss: '閉じる',
};

/** The runs cell's words in each language. */
export const RUNS_TEXT: Record<Lang, RunsText> = { en, ja };

addProblemTexts({
  'model-unreadable': { en: 'This file is not a TensorFlow.js model.json. Nothing was changed.', ja: 'このファイルは TensorFlow.js の model.json ではありません。何も変えていません。' },
  'model-foreign': {
    en: 'This model was not saved by Anomaly Lab (its model.json has no lesson or settings), so it cannot be checked. Nothing was changed.',
    ja: 'このモデルは Anomaly Lab で保存されたものではありません（model.json にレッスンと設定がありません）。確かめられないため、何も変えていません。',
  },
  'model-weights-missing': (v) => ({
    en: `The weights file ${String(v.name)} is missing: choose model.json and its .weights.bin together. Nothing was changed.`,
    ja: `重みのファイル ${String(v.name)} がありません。model.json と .weights.bin を一緒に選んでください。何も変えていません。`,
  }),
  'model-weights-size': (v) => ({
    en: `The weights file holds ${String(v.bytes)} bytes, but the model needs ${String(v.expected)}. Nothing was changed.`,
    ja: `重みのファイルは ${String(v.bytes)} バイトですが、モデルには ${String(v.expected)} バイト必要です。何も変えていません。`,
  }),
  'model-wrong-lesson': (v) => ({
    en: `This model belongs to another lesson (${String(v.lesson)}). Open it there. Nothing was changed.`,
    ja: `このモデルは別のレッスン（${String(v.lesson)}）のものです。そのレッスンで開いてください。何も変えていません。`,
  }),
  'model-wrong-architecture': (v) => ({
    en: `This model’s architecture (${String(v.got)}) is not the one its settings build (${String(v.expected)}). Nothing was changed.`,
    ja: `このモデルの構成（${String(v.got)}）は、その設定から作られる構成（${String(v.expected)}）と違います。何も変えていません。`,
  }),
  'model-wrong-shape': (v) => ({
    en: `Weight ${String(v.name)} has shape [${String(v.got)}], but the model needs [${String(v.expected)}]. Nothing was changed.`,
    ja: `重み ${String(v.name)} の形は [${String(v.got)}] ですが、モデルには [${String(v.expected)}] が必要です。何も変えていません。`,
  }),
  'model-settings': (v) => ({
    en: `The model’s setting “${String(v.key)}” is not valid in this lesson. Nothing was changed.`,
    ja: `モデルの設定「${String(v.key)}」はこのレッスンでは使えません。何も変えていません。`,
  }),
  'weights-mismatch': { en: 'The weights do not fit the model these settings build. Nothing was changed.', ja: '重みがこの設定から作られるモデルに合いません。何も変えていません。' },
  'run-no-weights': { en: 'This run was kept without its weights, so it cannot be reopened. Re-run it with the same initial weights instead.', ja: 'この実行は重みを保存していないため開き直せません。代わりに同じ初期重みで再学習してください。' },
  'run-gone': { en: 'This run is no longer kept.', ja: 'この実行はもう保存されていません。' },
  'run-csv-data': {
    en: 'This run was trained on your own CSV file, which is not kept: load the same file first.',
    ja: 'この実行は自分の CSV ファイルで学習したもので、そのファイルは保存されていません。先に同じファイルを読み込んでください。',
  },
  'runs-busy': { en: 'Wait until training ends (or stop it) first.', ja: '学習が終わる（または停止する）まで待ってください。' },
  'no-model': { en: 'Train or reopen a model first.', ja: '先にモデルを学習するか開き直してください。' },
  'storage-failed': (v) => ({ en: `The run could not be kept: ${String(v.text)}`, ja: `実行を保存できませんでした：${String(v.text)}` }),
});

addProblemTexts({
  'runs-evicted': (v) => ({ en: en.evicted(String(v.names)), ja: ja.evicted(String(v.names)) }),
  'runs-full': { en: en.full, ja: ja.full },
});
