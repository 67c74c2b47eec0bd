/** A numeric setting: its range and whether it must be whole. */
export interface NumberSpec {
  kind: 'int' | 'float';
  min: number;
  max: number;
  /** Text after the range in error messages, e.g. "(0 = all)". */
  note?: string;
}

/** A typed value, or why the text is not one. */
export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/**
 * Parses what the learner typed against a spec. Refuses empty text, non-numbers,
 * fractions for whole-number settings and values out of range, with a message
 * that names the allowed range.
 */
export function parseNumber(raw: string, spec: NumberSpec): Parsed {
  const text = raw.trim();
  const range = `${spec.min}–${spec.max}${spec.note ? ` ${spec.note}` : ''}`;
  if (text === '') return { ok: false, error: `Enter a value (${range}).` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: `“${text}” is not a number (${range}).` };
  if (spec.kind === 'int' && !Number.isInteger(value)) return { ok: false, error: `Must be a whole number (${range}).` };
  if (value < spec.min || value > spec.max) return { ok: false, error: `Must be between ${range}.` };
  return { ok: true, value };
}
