import { formatSetting, parseSetting } from './parse-setting';
import { problem, type Problem } from './problem';
import type { SettingsOf, SettingsTable } from './settings-table';

/** Settings read from a URL, storage or flags: the valid ones, and a problem per value that was refused. */
export interface DecodedSettings<T extends SettingsTable> {
  values: Partial<SettingsOf<T>>;
  /** `refused` (a bad value: the default stays) or `unknown-setting`, each naming `key` and the raw `text`. */
  refused: Problem[];
}

/**
 * Reads `key → text` pairs against `table`. A value that does not parse, or a
 * key the table does not have, is refused with a problem; it never throws.
 */
export function decodeSettings<T extends SettingsTable>(table: T, pairs: Iterable<[string, string]>): DecodedSettings<T> {
  const values: Record<string, unknown> = {};
  const refused: Problem[] = [];
  for (const [key, raw] of pairs) {
    const setting = Object.hasOwn(table, key) ? table[key] : undefined;
    const text = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    if (!setting) {
      refused.push(problem('unknown-setting', { key: key.slice(0, 40), text }));
      continue;
    }
    const parsed = parseSetting(raw, setting);
    if (parsed.ok) values[key] = parsed.value;
    else refused.push(problem('refused', { key, text, label: setting.label }));
  }
  return { values: values as Partial<SettingsOf<T>>, refused };
}

/** Every setting of `values` as `key=text` pairs in table order (the URL query and the stored form). */
export function encodeSettings<T extends SettingsTable>(table: T, values: SettingsOf<T>): [string, string][] {
  return Object.keys(table).map((k) => [k, formatSetting((values as Record<string, unknown>)[k])]);
}

/** The settings as a URL query string, `latent=8&epochs=2…`. */
export function settingsQuery<T extends SettingsTable>(table: T, values: SettingsOf<T>): string {
  return new URLSearchParams(encodeSettings(table, values)).toString();
}

/** Reads stored JSON (`{ key: text }`); anything that is not such an object is refused as a whole. */
export function decodeStored<T extends SettingsTable>(table: T, json: string | null): DecodedSettings<T> {
  if (json === null) return { values: {}, refused: [] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { values: {}, refused: [problem('storage-corrupt')] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { values: {}, refused: [problem('storage-corrupt')] };
  const pairs = Object.entries(data).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? '']);
  return decodeSettings(table, pairs);
}

/** The JSON `decodeStored` reads back. */
export function encodeStored<T extends SettingsTable>(table: T, values: SettingsOf<T>): string {
  return JSON.stringify(Object.fromEntries(encodeSettings(table, values)));
}
