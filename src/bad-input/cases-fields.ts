/**
 * Bad input in the settings fields and class pickers: typed text that is not a
 * valid value stays a draft with its message and the last valid value stays;
 * a class selection or a batch the data cannot serve blocks the run with its
 * message. Results stay on screen either way.
 */
import type { NumberParam as DenseNumber } from '../lessons/dense-ae/params';
import type { NumberParam as SeriesNumber, SpecField } from '../lessons/timeseries-ae/params';
import { shown, type BadInputCase } from './catalogue';
import { denseWithResults, seriesWithResults, type Intact } from './lessons';
import type { Problem } from '../notebook/settings/problem';

/** A lesson store with results, whose number fields take typed text and report their problems. */
interface FieldLesson<N extends string> {
  lesson: { actions: { setNumber(name: N, raw: string): void; problems(): Partial<Record<N, Problem | null | undefined>> } };
  allIntact: Intact;
}

/** Typed text `raw` in the field `name` of the lesson `open` makes (`where` names it): its message, and whether anything changed. */
function typed<N extends string>(where: string, open: () => FieldLesson<N>, name: N, raw: string, en: string, ja: string): BadInputCase {
  return {
    area: 'fields',
    input: `${where}, ${name} = "${raw}"`,
    en,
    ja,
    run: () => {
      const { lesson, allIntact } = open();
      lesson.actions.setNumber(name, raw);
      return shown(lesson.actions.problems()[name], allIntact);
    },
  };
}

/** Typed text in a lesson-1 number field. */
const dense = (name: DenseNumber, raw: string, en: string, ja: string) => typed('lesson 1', denseWithResults, name, raw, en, ja);

/** Typed text in a time-series field (a generator field such as "cos.noise", or a model setting). */
const series = (name: SeriesNumber | SpecField, raw: string, en: string, ja: string) => typed('time series', seriesWithResults, name, raw, en, ja);

/** A lesson-1 class selection or batch the data cannot serve: the run is blocked, the results stay. */
function blocked(input: string, patch: object, key: string, en: string, ja: string): BadInputCase {
  return {
    area: 'fields',
    input: `lesson 1, ${input}`,
    en,
    ja,
    run: () => {
      const { lesson, resultsIntact } = denseWithResults();
      lesson.actions.setParams(patch);
      return shown(lesson.actions.problems()[key], resultsIntact);
    },
  };
}

export const FIELD_CASES: BadInputCase[] = [
  dense('latent', '0', 'Must be between 1–784.', '1–784 の範囲で入力してください。'),
  dense('latent', 'abc', '“abc” is not a number (1–784).', '「abc」は数値ではありません（1–784）。'),
  dense('latent', '', 'Enter a value (1–784).', '値を入力してください（1–784）。'),
  dense('epochs', '2.5', 'Must be a whole number (1–1,000).', '整数を入力してください（1–1,000）。'),
  dense('epochs', '1e9', 'Must be between 1–1,000.', '1–1,000 の範囲で入力してください。'),
  dense('lr', '0', 'Must be between 0.00001–1.', '0.00001–1 の範囲で入力してください。'),
  dense('lr', 'NaN', '“NaN” is not a number (0.00001–1).', '「NaN」は数値ではありません（0.00001–1）。'),
  dense('batch', '-3', 'Must be between 1–8,192.', '1–8,192 の範囲で入力してください。'),
  dense('seed', '1e20', 'Must be between 0–2,147,483,647.', '0–2,147,483,647 の範囲で入力してください。'),
  dense('maxTrain', '-5', 'Must be between 0–60,000 (0 = all).', '0–60,000（0 = すべて） の範囲で入力してください。'),
  dense('hidden', '0x10', '“0x10” is not a number (1–2,048).', '「0x10」は数値ではありません（1–2,048）。'),
  dense('patience', 'Infinity', '“Infinity” is not a number (0–1,000; 0 = off).', '「Infinity」は数値ではありません（0–1,000、0 = なし）。'),
  series('cos.noise', '9', 'Must be between 0–5.', '0–5 の範囲で入力してください。'),
  series('length', '3', 'Must be between 8–1,000.', '8–1,000 の範囲で入力してください。'),
  series('valFraction', '0.9', 'Must be between 0–0.5 (0 = none).', '0–0.5（0 = なし） の範囲で入力してください。'),
  blocked('no normal class', { normal: [] }, 'selection', 'Choose at least one normal class.', '正常クラスを 1 つ以上選んでください。'),
  blocked('no anomaly class', { anomaly: [] }, 'selection', 'Choose at least one anomaly class.', '異常クラスを 1 つ以上選んでください。'),
  blocked('class 1 both normal and anomaly', { normal: [1], anomaly: [1, 9] }, 'selection', 'Class 1 cannot be both normal and anomaly.', 'クラス 1 を正常と異常の両方にはできません。'),
  blocked('batch 8 with 4 training images', { batch: 8 }, 'batch', 'Batch 8 is larger than the 4 training examples.', 'バッチ 8 が学習データ 4 件より大きくなっています。'),
];
