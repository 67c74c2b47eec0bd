import { problem, type Problem, type ProblemValue } from './problem';
import type { ClassesSetting, NumberSetting, Setting, SettingValue } from './settings-table';

/** A parsed value, or the problem with the text. */
export type Parsed<V> = { ok: true; value: V } | { ok: false; problem: Problem };

/** What parsing a number needs of its setting. */
export type NumberRule = Pick<NumberSetting, 'kind' | 'min' | 'max' | 'note'>;

/** Decimal notation only: `Number` would also read `0x10`, `0b11` and `0o7` as numbers. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function rangeValues(s: NumberRule): Record<string, ProblemValue> {
  return s.note ? { min: s.min, max: s.max, note: s.note } : { min: s.min, max: s.max };
}

/**
 * Parses what the learner typed (or a URL or flag value) for a number setting,
 * in decimal notation (`1e-3` included, `0x10` not).
 * Problems: `empty`, `not-number` (with `text`), `not-int`, `range`; each
 * carries the allowed `min`, `max` and `note`.
 */
export function parseNumberSetting(raw: string, s: NumberRule): Parsed<number> {
  const text = raw.trim();
  const range = rangeValues(s);
  if (text === '') return { ok: false, problem: problem('empty', range) };
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) return { ok: false, problem: problem('not-number', { ...range, text }) };
  if (s.kind === 'int' && !Number.isInteger(value)) return { ok: false, problem: problem('not-int', range) };
  if (value < s.min || value > s.max) return { ok: false, problem: problem('range', range) };
  return { ok: true, value };
}

/** Parses "1,7" into a sorted set of classes of `s`; problem `classes` when any part is not one. */
export function parseClasses(raw: string, s: ClassesSetting): Parsed<number[]> {
  const parts = raw.split(',').map((p) => p.trim());
  const out = new Set<number>();
  for (const p of parts) {
    const n = /^\d+$/.test(p) ? Number(p) : NaN;
    if (!Number.isInteger(n) || n < 0 || n >= s.classCount) return { ok: false, problem: problem('classes', { text: raw, max: s.classCount - 1 }) };
    out.add(n);
  }
  return { ok: true, value: [...out].sort((a, b) => a - b) };
}

/** Parses any setting from text: numbers, one of the choices (problem `choice`), or a class list. */
export function parseSetting<S extends Setting>(raw: string, s: S): Parsed<SettingValue<S>> {
  if (s.kind === 'choice') {
    const hit = s.options.find((o) => o.value === raw.trim());
    return (hit ? { ok: true, value: hit.value } : { ok: false, problem: problem('choice', { text: raw, options: s.options.map((o) => o.value).join(', ') }) }) as Parsed<SettingValue<S>>;
  }
  if (s.kind === 'classes') return parseClasses(raw, s) as Parsed<SettingValue<S>>;
  return parseNumberSetting(raw, s) as Parsed<SettingValue<S>>;
}

/** A setting's value as the text `parseSetting` reads back. */
export function formatSetting(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}
