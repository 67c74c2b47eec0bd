import type { Localized } from '../../i18n/lang';

/**
 * What a setting's change invalidates: `data` settings change the loaded data
 * (and so the model), `train` settings only the trained model.
 */
export type Stage = 'data' | 'train';

interface SettingBase {
  /** The field's label, in every language. */
  label: Localized;
  stage: Stage;
  /** A short hint after the range in messages, e.g. "(0 = all)". */
  note?: Localized;
}

/** A number between `min` and `max` (inclusive); `int` ones must be whole. */
export interface NumberSetting extends SettingBase {
  kind: 'int' | 'float';
  min: number;
  max: number;
  default: number;
}

/** One of a fixed list of string values. */
export interface ChoiceSetting<V extends string = string> extends SettingBase {
  kind: 'choice';
  options: readonly { value: V; label: Localized }[];
  default: V;
}

/** A non-empty set of class indices in `0 … classCount − 1`, written "1,7" in a URL. */
export interface ClassesSetting extends SettingBase {
  kind: 'classes';
  classCount: number;
  default: readonly number[];
}

/** One row of a lesson's settings table. */
export type Setting = NumberSetting | ChoiceSetting | ClassesSetting;

/**
 * A lesson's settings table, like tensorflow/playground's `State.PROPS`: every
 * setting's type, range, default and en/ja label. Fields, validation, the URL,
 * storage, staleness keys and `npm run eval` flags all come from it.
 */
export type SettingsTable = Record<string, Setting>;

/** The value type of one setting. */
export type SettingValue<S> = S extends NumberSetting ? number : S extends ChoiceSetting<infer V> ? V : S extends ClassesSetting ? number[] : never;

/** The values of a whole table, keyed like it. */
export type SettingsOf<T extends SettingsTable> = { -readonly [K in keyof T]: SettingValue<T[K]> };

/** The keys of a table's number settings. */
export type NumberKey<T extends SettingsTable> = { [K in keyof T]: T[K] extends NumberSetting ? K : never }[keyof T] & string;

/** Declares a settings table, keeping its choice values as literal types. */
export function defineSettings<const T extends SettingsTable>(table: T): T {
  return table;
}

/** A fresh copy of every default of `table`. */
export function defaultsOf<T extends SettingsTable>(table: T): SettingsOf<T> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(table)) out[k] = s.kind === 'classes' ? [...s.default] : s.default;
  return out as SettingsOf<T>;
}

/**
 * A string that changes exactly when a setting of one of `stages` changes
 * (class sets compare as sets). Drives the stale markers.
 */
export function stageKey<T extends SettingsTable>(table: T, values: SettingsOf<T>, stages: readonly Stage[]): string {
  const parts: unknown[] = [];
  for (const [k, s] of Object.entries(table)) {
    if (!stages.includes(s.stage)) continue;
    const v = (values as Record<string, unknown>)[k];
    parts.push(Array.isArray(v) ? [...v].sort((a, b) => a - b) : v);
  }
  return JSON.stringify(parts);
}

/** The label of choice `value` of `setting`, or the value itself when unknown. */
export function choiceLabel(setting: ChoiceSetting, value: string): Localized {
  return setting.options.find((o) => o.value === value)?.label ?? { en: value, ja: value };
}
