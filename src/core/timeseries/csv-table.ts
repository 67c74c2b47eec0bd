import { fail, type CoreProblems } from '../problem';

/**
 * Reads a small CSV dialect into rows of numbers, with problems a learner can
 * act on (`ProblemError`s). Delimiter: tab, semicolon or comma, the first of
 * them that the first line holds outside quotes (a file without any is one
 * column); with semicolons, a comma in a number is its decimal mark (`1,5` =
 * 1.5). Blank lines are skipped; one header row of text is recognised and
 * skipped; cells may be wrapped in double quotes. Empty cells that end every
 * data line (a trailing separator, as spreadsheets export) are no cells.
 */
export interface NumericTable {
  /** The numeric rows, each as long as the file's row (ragged rows are kept; callers decide). */
  rows: Float64Array[];
  /** 1-based file line of each row, for messages. */
  lines: number[];
  /** The header cells, or null when the first row was numeric. */
  header: string[] | null;
  /**
   * When the header row also held numbers (a header such as `id,1,2,3`, or a
   * typo in the first data row), its first cell that is not a number; else null.
   */
  headerGuess: { line: number; column: number; text: string } | null;
  delimiter: Delimiter | null;
  /** Whether some number was written with a decimal comma (`1,5`), read as a dot. */
  decimalComma: boolean;
}

/** A column separator. */
export type Delimiter = ',' | '\t' | ';';
/** A separator by name, for messages. */
export type SeparatorName = CoreProblems['csv-cell-separator']['found'];

const SEPARATOR_NAMES: Record<Delimiter, SeparatorName> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A number with a decimal comma, as semicolon-separated files write it. */
const DECIMAL_COMMA = /^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$/;
const MISSING = /^(na|nan|n\/a|null|none|-|\?)$/i;
/** Characters no CSV text holds: C0 controls other than tab, line breaks and form feed, and U+FFFD (a byte that was not UTF-8). */
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/;
/** Largest float32: the models compute in 32-bit floats. */
const FLOAT32_MAX = 3.4028234663852886e38;

/** Throws `csv-binary-file` at the first character that no text file holds (looking at the first MB). */
function refuseBinary(text: string): void {
  const head = text.slice(0, 1 << 20);
  const at = head.search(NOT_TEXT);
  if (at < 0) return;
  const before = head.slice(0, at);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  fail('csv-binary-file', { line: (before.match(/\r\n|\n|\r/g)?.length ?? 0) + 1, column: at - lineStart + 1 });
}

/**
 * Parses `text` into numbers. Throws a `ProblemError` naming the line and
 * column of the first non-numeric or empty cell, or of a value beyond float32
 * (±3.4e38), or of the first character no text holds (a binary file such as a
 * PNG or a spreadsheet renamed to .csv), or when there is no data at all, or
 * when there are more than `maxRows` data rows.
 */
export function parseNumericTable(text: string, maxRows: number): NumericTable {
  refuseBinary(text);
  const rawLines = text.split(/\r\n|\n|\r/);
  const first = rawLines.find((l) => l.trim() !== '');
  if (first === undefined) fail('file-empty', {});
  const delimiter = delimiterOf(first);
  const table: NumericTable = { rows: [], lines: [], header: null, headerGuess: null, delimiter, decimalComma: false };
  const { rows, lines } = table;
  // Empty cells ending each data row: the fewest of them are no cells (a trailing separator); firstWith[j] is the first row ending in at least j.
  let fewestTrailing = Infinity;
  const firstWith: number[] = [];
  for (let li = 0; li < rawLines.length; li++) {
    const raw = rawLines[li];
    if (raw.trim() === '') continue;
    const cells = splitCells(raw, delimiter, table);
    // A line of separators only (",,,,": a spreadsheet's empty row) is a blank line.
    if (cells.every((c) => c.trim() === '')) continue;
    if (rows.length === 0 && table.header === null && cells.some((c) => c !== '' && !NUMBER.test(c))) {
      table.header = cells.slice(0, cells.length - trailingEmpty(cells));
      const text = cells.find((c) => c !== '' && !NUMBER.test(c))!;
      if (cells.some((c) => NUMBER.test(c))) table.headerGuess = { line: li + 1, column: cells.indexOf(text) + 1, text: clip(text) };
      continue;
    }
    if (rows.length >= maxRows) {
      fail('csv-too-many-rows', { max: maxRows });
    }
    const trailing = trailingEmpty(cells);
    fewestTrailing = Math.min(fewestTrailing, trailing);
    for (let j = trailing; j >= 1 && firstWith[j] === undefined; j--) firstWith[j] = rows.length;
    rows.push(toNumbers(cells.slice(0, cells.length - trailing), li + 1, delimiter));
    lines.push(li + 1);
  }
  if (rows.length === 0) fail('csv-header-only', {});
  const gap = firstWith[fewestTrailing + 1];
  if (gap !== undefined) fail('csv-cell-empty', { line: lines[gap], column: rows[gap].length + 1 });
  return table;
}

/** The separator of a file whose first line is `first`: tab, then semicolon (its commas are decimal marks), then comma, outside quotes; null for none. */
function delimiterOf(first: string): Delimiter | null {
  const bare = first.trim().replace(/"[^"]*"/g, '');
  return bare.includes('\t') ? '\t' : bare.includes(';') ? ';' : bare.includes(',') ? ',' : null;
}

/** How many cells end `cells` empty, leaving at least one. */
function trailingEmpty(cells: string[]): number {
  let n = 0;
  while (n < cells.length - 1 && cells[cells.length - 1 - n] === '') n++;
  return n;
}

/** The cells of `line`, unquoted; with semicolons, a number's decimal comma becomes a dot (noted in `table`). */
function splitCells(line: string, delimiter: Delimiter | null, table: NumericTable): string[] {
  const cells = (delimiter === null ? [line] : line.split(delimiter)).map((c) => unquote(c.trim()));
  if (delimiter !== ';') return cells;
  return cells.map((c) => {
    if (!DECIMAL_COMMA.test(c)) return c;
    table.decimalComma = true;
    return c.replace(',', '.');
  });
}

function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).trim() : cell;
}

function toNumbers(cells: string[], line: number, delimiter: Delimiter | null): Float64Array {
  const out = new Float64Array(cells.length);
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    const where = { line, column: c + 1 };
    if (cell === '') fail('csv-cell-empty', where);
    if (MISSING.test(cell)) fail('csv-cell-missing', { ...where, text: cell });
    if (!NUMBER.test(cell)) notNumber(cell, where, delimiter);
    out[c] = Number(cell);
    if (!(Math.abs(out[c]) <= FLOAT32_MAX)) fail('csv-cell-too-large', { ...where, text: clip(cell) });
  }
  return out;
}

/**
 * Throws for a cell that is not a number: `csv-cell-separator` when it holds
 * another separator than the file's (a line written with another one; a comma
 * that looks like a decimal mark does not count), else `csv-cell-not-number`.
 */
function notNumber(cell: string, where: { line: number; column: number }, delimiter: Delimiter | null): never {
  const other = (['\t', ';', ','] as const).find((d) => d !== delimiter && cell.includes(d) && !(d === ',' && DECIMAL_COMMA.test(cell)));
  if (other) fail('csv-cell-separator', { ...where, text: clip(cell), found: SEPARATOR_NAMES[other], separator: delimiter === null ? 'none' : SEPARATOR_NAMES[delimiter] });
  fail('csv-cell-not-number', { ...where, text: clip(cell) });
}

function clip(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}
