import type { CoreProblem } from '../../core/problem';
import { coreText, isCoreCode } from '../../i18n/core-text';
import type { Lang, Localized } from '../../i18n/lang';
import type { Problem, ProblemValue } from './problem';
import { isRunFailureCode, workerFailureText } from '../../worker/worker-failure-text';

type Values = Record<string, ProblemValue>;
type Wording = (v: Values, lang: Lang) => string;

function word(v: ProblemValue | undefined, lang: Lang): string {
  if (v === undefined) return '';
  if (typeof v === 'object') return v[lang];
  return typeof v === 'number' ? v.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 6 }) : v;
}

function range(v: Values, lang: Lang): string {
  // Japanese notes open with a full-width bracket, which needs no space before it.
  const note = v.note === undefined ? '' : `${lang === 'ja' ? '' : ' '}${word(v.note, lang)}`;
  return `${word(v.min, lang)}–${word(v.max, lang)}${note}`;
}

/** A setting's note without its brackets: "(0 = all)" → "0 = all", "（0 = すべて）" → "0 = すべて". */
export function unbracketed(note: string): string {
  return note.replace(/^[(（]\s*/, '').replace(/\s*[)）]$/, '');
}

/** The range inside a message's own brackets: the note loses its brackets and follows a separator ("0–60,000; 0 = all"). */
function rangeIn(v: Values, lang: Lang): string {
  if (v.note === undefined) return range(v, lang);
  const inner = unbracketed(word(v.note, lang));
  return `${word(v.min, lang)}–${word(v.max, lang)}${lang === 'ja' ? '、' : '; '}${inner}`;
}

const EN: Record<string, Wording> = {
  empty: (v, l) => `Enter a value (${rangeIn(v, l)}).`,
  'not-number': (v, l) => `“${word(v.text, l)}” is not a number (${rangeIn(v, l)}).`,
  'not-int': (v, l) => `Must be a whole number (${rangeIn(v, l)}).`,
  range: (v, l) => `Must be between ${range(v, l)}.`,
  choice: (v, l) => `“${word(v.text, l)}” is not one of ${word(v.options, l)}.`,
  classes: (v, l) => `“${word(v.text, l)}” is not a list of classes 0–${word(v.max, l)}.`,
  refused: (v, l) => `${word(v.label, l)}: “${word(v.text, l)}” is not valid, so the default is used.`,
  'unknown-setting': (v, l) => `“${word(v.key, l)}” is not a setting of this lesson and was ignored.`,
  'storage-corrupt': () => 'The saved settings could not be read, so the defaults are used.',
  failed: (v, l) => word(v.text, l),
  'batch-too-large': (v, l) => `Batch ${word(v.batch, l)} is larger than the ${word(v.n, l)} training examples.`,
  'patch-multiple': (v, l) => `The patch side must be a multiple of ${word(v.of, l)} (the encoder halves it twice).`,
  'stride-too-large': (v, l) => `With ${word(v.patchSize, l)}-pixel patches the stride can be at most ${word(v.max, l)}.`,
  'no-clean-subset': () => 'Your CSV has no labels, so there is no clean subset: train on all series.',
  'no-train-left': () => 'No series would be left to train on.',
  'images-failed': (v, l) => `Could not load the images: ${word(v.text, l)}`,
  'no-normal': () => 'Choose at least one normal class.',
  'no-anomaly': () => 'Choose at least one anomaly class.',
  'unknown-class': (v, l) => `Unknown class ${word(v.class, l)}.`,
  'class-overlap': (v, l) => `Class ${word(v.classes, l)} cannot be both normal and anomaly.`,
};

const JA: Record<string, Wording> = {
  empty: (v, l) => `値を入力してください（${rangeIn(v, l)}）。`,
  'not-number': (v, l) => `「${word(v.text, l)}」は数値ではありません（${rangeIn(v, l)}）。`,
  'not-int': (v, l) => `整数を入力してください（${rangeIn(v, l)}）。`,
  range: (v, l) => `${range(v, l)} の範囲で入力してください。`,
  choice: (v, l) => `「${word(v.text, l)}」は ${word(v.options, l)} のいずれでもありません。`,
  classes: (v, l) => `「${word(v.text, l)}」は 0–${word(v.max, l)} のクラスの並びではありません。`,
  refused: (v, l) => `${word(v.label, l)}：「${word(v.text, l)}」は無効なので既定値を使います。`,
  'unknown-setting': (v, l) => `「${word(v.key, l)}」はこのレッスンの設定ではないため無視しました。`,
  'storage-corrupt': () => '保存された設定を読めなかったため、既定値を使います。',
  failed: (v, l) => word(v.text, l),
  'batch-too-large': (v, l) => `バッチ ${word(v.batch, l)} が学習データ ${word(v.n, l)} 件より大きくなっています。`,
  'patch-multiple': (v, l) => `パッチの一辺は ${word(v.of, l)} の倍数にしてください（エンコーダで 2 回半分にするため）。`,
  'stride-too-large': (v, l) => `${word(v.patchSize, l)} 画素のパッチでは、ストライドは最大 ${word(v.max, l)} です。`,
  'no-clean-subset': () => 'CSV にはラベルがないため正常だけの部分集合を作れません。すべての系列で学習してください。',
  'no-train-left': () => '学習に使える系列が残りません。',
  'images-failed': (v, l) => `画像を読み込めませんでした：${word(v.text, l)}`,
  'no-normal': () => '正常クラスを 1 つ以上選んでください。',
  'no-anomaly': () => '異常クラスを 1 つ以上選んでください。',
  'unknown-class': (v, l) => `クラス ${word(v.class, l)} はありません。`,
  'class-overlap': (v, l) => `クラス ${word(v.classes, l)} を正常と異常の両方にはできません。`,
};

const TABLES: Record<Lang, Record<string, Wording>> = { en: EN, ja: JA };

/** Extra wordings a lesson or module adds for its own problem codes. */
export function addProblemTexts(texts: Record<string, Localized | ((v: Values, lang: Lang) => Localized)>): void {
  for (const [code, t] of Object.entries(texts)) {
    EN[code] = (v, l) => (typeof t === 'function' ? t(v, l).en : t.en);
    JA[code] = (v, l) => (typeof t === 'function' ? t(v, l).ja : t.ja);
  }
}

/**
 * A problem in the learner's language: a code of this table, of `addProblemTexts`
 * or of the core (`coreText`); an unknown code is shown as the code and its
 * values, never dropped.
 */
export function problemText(p: Problem, lang: Lang): string {
  const w = TABLES[lang][p.code];
  const v = p.values ?? {};
  if (w) return w(v, lang);
  if (isCoreCode(p.code)) return coreText(p as CoreProblem, lang);
  if (isRunFailureCode(p.code)) return workerFailureText(p.code, lang);
  const detail = Object.values(v).map((x) => word(x, lang)).join(', ');
  return detail ? `${p.code}: ${detail}` : p.code;
}

/** Every problem's text, joined in key order, or null when there is none. */
export function problemsText(problems: Record<string, Problem>, lang: Lang): string | null {
  const list = Object.values(problems);
  return list.length > 0 ? list.map((p) => problemText(p, lang)).join(' ') : null;
}
