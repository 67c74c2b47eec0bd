import type { Lang } from '../../i18n/lang';
import { formatSetting } from '../settings/parse-setting';
import { choiceLabel, type SettingsTable } from '../settings/settings-table';
import { runName, type RunMeta } from './run-record';

function same(a: unknown, b: unknown): boolean {
  return formatSetting(a) === formatSetting(b);
}

/** The table's keys whose values are not the same in every run, in table order. */
export function differingKeys(table: SettingsTable, runs: readonly Pick<RunMeta, 'settings'>[]): string[] {
  if (runs.length < 2) return [];
  return Object.keys(table).filter((k) => runs.some((r) => !same(r.settings[k], runs[0].settings[k])));
}

/** Whether `run`'s value of `key` differs from `reference`'s. */
export function differsFrom(run: Pick<RunMeta, 'settings'>, reference: Pick<RunMeta, 'settings'> | null, key: string): boolean {
  return reference !== null && !same(run.settings[key], reference.settings[key]);
}

/** One setting's value as the learner reads it: a choice's label, else the value ("1,7" for classes). */
export function settingText(table: SettingsTable, key: string, value: unknown, lang: Lang): string {
  const s = table[key];
  if (s?.kind === 'choice') return choiceLabel(s, String(value))[lang];
  return formatSetting(value);
}

/** A choice's label without its trailing note in brackets ("L1 (mean absolute error)" → "L1"), when something is left. */
function shortLabel(text: string): string {
  const short = text.replace(/\s*[(（][^()（）]*[)）]$/u, '');
  return short === '' ? text : short;
}

/**
 * Legend names for overlaid runs, naming what differs between them, e.g.
 * "Latent size 8 · L1" (choices by their label alone, without its note in
 * brackets, so the legend fits a phone's width). Runs whose settings are all
 * the same, or whose names would be, are told apart by their names.
 */
export function legendNames(table: SettingsTable, runs: readonly RunMeta[], lang: Lang): string[] {
  const keys = differingKeys(table, runs);
  const names = runs.map((r) =>
    keys
      .map((k) => {
        const text = settingText(table, k, r.settings[k], lang);
        return table[k].kind === 'choice' ? shortLabel(text) : `${table[k].label[lang]} ${text}`;
      })
      .join(' · '),
  );
  return names.map((n, i) => {
    const clash = n === '' || names.some((m, j) => j !== i && m === n);
    return clash ? (n ? `${n} · ${runName(runs[i])}` : runName(runs[i])) : n;
  });
}
