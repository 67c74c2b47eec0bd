import type { Localized } from '../../i18n/lang';
import type { ChoiceSetting, NumberSetting, Stage } from './settings-table';

/** Text in English and Japanese, in one call: `L('Loss', '損失関数')`. */
export const L = (en: string, ja: string): Localized => ({ en, ja });

/** An inclusive range `[min, max]`. */
type Range = readonly [number, number];

function numberRow(kind: NumberSetting['kind'], stage: Stage, [min, max]: Range, d: number, label: Localized, note?: Localized): NumberSetting {
  return { kind, stage, min, max, default: d, label, ...(note ? { note } : {}) };
}

/** A whole-number setting: `int('train', [1, 64], 2, L('Latent size', '潜在次元'))`. */
export function int(stage: Stage, range: Range, d: number, label: Localized, note?: Localized): NumberSetting {
  return numberRow('int', stage, range, d, label, note);
}

/** A real-number setting: `float('train', [0, 0.5], 0.25, L('Validation fraction', '検証に回す割合'))`. */
export function float(stage: Stage, range: Range, d: number, label: Localized, note?: Localized): NumberSetting {
  return numberRow('float', stage, range, d, label, note);
}

/** One option of a choice: its value and its en/ja label. */
export type Option<V extends string> = readonly [value: V, en: string, ja: string];

/** A choice among `options`, each `[value, en, ja]`; `d` is one of the values. */
export function choice<const V extends string>(stage: Stage, label: Localized, d: NoInfer<V>, options: readonly Option<V>[]): ChoiceSetting<V> {
  return { kind: 'choice', stage, label, options: options.map(([value, en, ja]) => ({ value, label: { en, ja } })), default: d };
}
