import type { CoreCode, CoreProblem, CoreProblems } from '../core/problem';
import { DATA_TEXT } from './core-text-data';
import { num, type Wordings } from './core-text-format';
import type { Lang } from './lang';

type TrainCodes = Exclude<CoreCode, keyof typeof DATA_TEXT>;

/** Training settings, models and time-series training. */
const TRAIN_TEXT: Wordings<TrainCodes> = {
  'no-train-data': { en: () => 'There is no training data: choose at least one normal class.', ja: () => '学習データがありません。正常クラスを 1 つ以上選んでください。' },
  'epochs-invalid': { en: (v, l) => `Epochs must be a whole number ≥ 1 (got ${num(v.got, l)}).`, ja: (v, l) => `エポック数は 1 以上の整数にしてください（${num(v.got, l)} になっています）。` },
  'batch-invalid': { en: (v, l) => `The batch size must be a whole number ≥ 1 (got ${num(v.got, l)}).`, ja: (v, l) => `バッチサイズは 1 以上の整数にしてください（${num(v.got, l)} になっています）。` },
  'batch-over-data': {
    en: (v, l) => `The batch size ${num(v.batch, l)} is larger than the ${num(v.n, l)} training samples.`,
    ja: (v, l) => `バッチサイズ ${num(v.batch, l)} が学習データ ${num(v.n, l)} 件より大きくなっています。`,
  },
  'lr-invalid': { en: (v, l) => `The learning rate must be in (0, 1] (got ${num(v.got, l)}).`, ja: (v, l) => `学習率は (0, 1] の範囲にしてください（${num(v.got, l)} になっています）。` },
  'patience-invalid': { en: (v, l) => `Patience must be a whole number ≥ 0, 0 = off (got ${num(v.got, l)}).`, ja: (v, l) => `patience は 0 以上の整数にしてください（0 = 無効、${num(v.got, l)} になっています）。` },
  'clip-invalid': { en: (v, l) => `Gradient clipping must be a finite norm ≥ 0, 0 = off (got ${num(v.got, l)}).`, ja: (v, l) => `勾配クリッピングは 0 以上の有限なノルムにしてください（0 = 無効、${num(v.got, l)} になっています）。` },
  'no-done-event': { en: () => 'Training ended without a result.', ja: () => '学習が結果を出さずに終わりました。' },
  'scoring-cancelled': { en: () => 'Scoring was cancelled.', ja: () => '採点は取り消されました。' },
  'layer-widths': { en: (v) => `Layer widths must be whole numbers ≥ 1 (got ${v.got}).`, ja: (v) => `層の幅は 1 以上の整数にしてください（${v.got} になっています）。` },
  'patch-size-multiple': { en: (v) => `The patch side must be a multiple of ${v.of} (got ${v.got}).`, ja: (v) => `パッチの一辺は ${v.of} の倍数にしてください（${v.got} になっています）。` },
  'latent-invalid': { en: (v) => `The latent size must be a whole number ≥ 1 (got ${v.got}).`, ja: (v) => `潜在次元は 1 以上の整数にしてください（${v.got} になっています）。` },
  'channels-invalid': { en: (v) => `Channels must be a whole number ≥ 1 (got ${v.got}).`, ja: (v) => `チャンネル数は 1 以上の整数にしてください（${v.got} になっています）。` },
  'variance-floor-range': { en: (v, l) => `The σ² floor must be in (0, 1) (got ${num(v.got, l)}).`, ja: (v, l) => `σ² の下限は (0, 1) の範囲にしてください（${num(v.got, l)} になっています）。` },
  'bn-momentum-range': { en: (v, l) => `The batch-norm momentum must be in [0, 1) (got ${num(v.got, l)}).`, ja: (v, l) => `バッチ正規化のモーメンタムは [0, 1) の範囲にしてください（${num(v.got, l)} になっています）。` },
  'beta-negative': { en: (v, l) => `β must be ≥ 0 (got ${num(v.got, l)}).`, ja: (v, l) => `β は 0 以上にしてください（${num(v.got, l)} になっています）。` },
  'weights-mismatch': { en: () => 'The saved weights do not match this model: train it again.', ja: () => '保存された重みがこのモデルに合いません。もう一度学習してください。' },
  'series-length-mismatch': { en: (v, l) => `A series length of ${num(v.length, l)} does not divide the ${num(v.values, l)} values.`, ja: (v, l) => `系列長 ${num(v.length, l)} で ${num(v.values, l)} 個の値を割り切れません。` },
  'val-fraction-range': { en: (v, l) => `The validation fraction must be between 0 and ${num(v.max, l)} (got ${num(v.got, l)}).`, ja: (v, l) => `検証データの割合は 0–${num(v.max, l)} にしてください（${num(v.got, l)} になっています）。` },
  'no-series-to-train': { en: () => 'There are no series to train on.', ja: () => '学習に使える系列がありません。' },
  'series-row-out-of-range': { en: (v) => `Row ${v.row} is outside the ${v.n} series.`, ja: (v) => `行 ${v.row} は ${v.n} 個の系列の範囲外です。` },
  'series-value-not-finite': { en: (v) => `Series ${v.series}, step ${v.step} is not a finite number.`, ja: (v) => `系列 ${v.series} のステップ ${v.step} が有限の数ではありません。` },
  'clean-subset-empty': { en: () => 'The clean subset is empty: there are no normal series to train on.', ja: () => '正常だけの部分集合が空です。学習に使える正常な系列がありません。' },
  'scores-groups-mismatch': { en: (v, l) => `Got ${num(v.scores, l)} scores but ${num(v.groups, l)} group labels.`, ja: (v, l) => `スコアが ${num(v.scores, l)} 個なのに、グループのラベルが ${num(v.groups, l)} 個です。` },
  'thresholds-not-finite': { en: () => 'Both thresholds must be finite numbers.', ja: () => 'しきい値は両方とも有限の数にしてください。' },
  'thresholds-order': { en: (v, l) => `The low threshold (${num(v.low, l)}) must be below the high threshold (${num(v.high, l)}).`, ja: (v, l) => `下側しきい値（${num(v.low, l)}）は上側しきい値（${num(v.high, l)}）より小さくしてください。` },
  'score-not-finite': { en: (v) => `Score ${v.index} is not a finite number.`, ja: (v) => `スコア ${v.index} が有限の数ではありません。` },
  'group-out-of-range': { en: (v) => `Series ${v.index} has group ${v.group}, outside 0–${v.max}.`, ja: (v) => `系列 ${v.index} のグループ ${v.group} が 0–${v.max} の範囲外です。` },
  'too-few-errors': { en: (v) => `At least ${v.min} errors are needed to suggest thresholds (got ${v.got}).`, ja: (v) => `しきい値を提案するには誤差が ${v.min} 個以上必要です（${v.got} 個です）。` },
  'errors-not-positive': { en: () => 'Errors must be positive finite numbers.', ja: () => '誤差は正の有限な数でなければなりません。' },
};

/** The words of every core code, in every language. */
export const CORE_TEXT = { ...TRAIN_TEXT, ...DATA_TEXT } as Wordings<CoreCode>;

/** Whether `code` is one of the core's codes. */
export function isCoreCode(code: string): code is CoreCode {
  return Object.hasOwn(CORE_TEXT, code);
}

/** A core problem or note as one or two sentences in `lang`. */
export function coreText(p: CoreProblem, lang: Lang): string {
  const w = CORE_TEXT[p.code][lang] as (v: CoreProblems[CoreCode], lang: Lang) => string;
  return w((p.values ?? {}) as CoreProblems[CoreCode], lang);
}
