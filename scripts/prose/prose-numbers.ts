/**
 * The numbers a lesson's prose quotes, and whether each is backed by the
 * lesson's facts file (`lessons/<lesson>/facts.json`: figures copied from the
 * post, runs written by `npm run eval -- … --facts`, and hand-listed constants).
 */

/** One number as written in the prose. */
export interface QuotedNumber {
  /** The text as written, e.g. "0.942", "259,424", "10^{-10}". */
  text: string;
  /** Its value without sign; for "10^{k}" the value 10^k. */
  value: number;
  /** Digits after the decimal point (or of the mantissa of a·10^k). */
  decimals: number;
  /** Written as a power of ten, "10^{k}": matched by order of magnitude. */
  powerOfTen: boolean;
  /** Followed by "%": also matched as a fraction (10 % ↔ 0.1). */
  percent: boolean;
  /** 1-based line of the prose file. */
  line: number;
}

/** References to the sources ("post 000", "記事 004") are names, not figures. */
const POST_REFERENCE = /(?:\b[Pp]osts?|\b[Ss]eeds?|記事)\s*0\d\d(?:\s*(?:and|,|・|と)\s*0\d\d)*/g;
/** a·10^{k} and 10^{k} (KaTeX). */
const SCIENTIFIC = /(?<![\w.,])(\d+(?:\.\d+)?)\s*\\cdot\s*10\^\{(-?\d+)\}|(?<![\w.,])10\^\{(-?\d+)\}/g;
/** 259,424 · 0.942 · 13 — not inside words (F1, L2, p99, x_1) or after a decimal point. */
const PLAIN = /(?<![A-Za-z0-9_.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Every number the Markdown quotes, in text and in math, with its line. */
export function quotedNumbers(markdown: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  // KaTeX writes a thousands separator as {,}: "2{,}144" is 2,144 (lines are unchanged).
  let text = blank(markdown, POST_REFERENCE).replace(/\{,\}/g, ',');
  for (const m of text.matchAll(SCIENTIFIC)) {
    const line = lineAt(text, m.index);
    if (m[1] !== undefined) {
      out.push({ text: m[0], value: Number(m[1]) * 10 ** Number(m[2]), decimals: decimalsOf(m[1]) - Number(m[2]), powerOfTen: false, percent: false, line });
    } else {
      out.push({ text: m[0], value: 10 ** Number(m[3]), decimals: 0, powerOfTen: true, percent: false, line });
    }
  }
  text = blank(text, SCIENTIFIC);
  for (const m of text.matchAll(PLAIN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    out.push({
      text: m[0],
      value: Number(m[0].replaceAll(',', '')),
      decimals: decimalsOf(m[0]),
      powerOfTen: false,
      percent: /^\s?%/.test(after),
      line: lineAt(text, m.index),
    });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Every number in a facts file (any depth), without sign; command strings and notes are not read. */
export function factNumbers(facts: unknown): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number' && Number.isFinite(v)) out.push(Math.abs(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(facts);
  return out;
}

/**
 * The numbers of a facts file the prose may quote: the hand-written sections
 * (`post`, `constants`), each run's settings, and only the listed fields of each
 * run's result. The other measured fields stay in the file for the record; leaving
 * them out makes a hand-changed number less likely to match an unrelated figure.
 */
export function quotableNumbers(facts: Record<string, unknown>, resultFields: string[]): number[] {
  const { runs, ...rest } = facts;
  const out = factNumbers(rest);
  for (const run of Object.values((runs ?? {}) as Record<string, { settings?: unknown; result?: Record<string, unknown> }>)) {
    out.push(...factNumbers(run.settings));
    for (const field of resultFields) out.push(...factNumbers(run.result?.[field]));
  }
  return out;
}

/** True when some fact, rounded as the prose rounds it, is the quoted number. */
export function isBacked(q: QuotedNumber, facts: number[]): boolean {
  if (q.powerOfTen) return facts.some((v) => v > 0 && Math.round(Math.log10(v)) === Math.round(Math.log10(q.value)));
  const near = (target: number, decimals: number) => {
    const tol = 0.5 * 10 ** -decimals * (1 + 1e-9);
    return facts.some((v) => Math.abs(v - target) <= tol);
  };
  if (near(q.value, q.decimals)) return true;
  return q.percent && near(q.value / 100, q.decimals + 2);
}

/** The quoted numbers that no fact backs. */
export function unbackedNumbers(markdown: string, facts: number[]): QuotedNumber[] {
  return quotedNumbers(markdown).filter((q) => !isBacked(q, facts));
}
