import { fail } from '../problem';

/**
 * Reads a small CSV dialect into rows of numbers, with problems a learner can
 * act on (`ProblemError`s). Delimiter: comma, tab or semicolon (taken from the
 * first line; a file without any is one column). Blank lines are skipped; one header row of text
 * is recognised and skipped; cells may be wrapped in double quotes.
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
  delimiter: ',' | '\t' | ';' | null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
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
  const delimiter = first.includes(',') ? ',' : first.includes('\t') ? '\t' : first.includes(';') ? ';' : null;
  const rows: Float64Array[] = [];
  const lines: number[] = [];
  let header: string[] | null = null;
  let headerGuess: NumericTable['headerGuess'] = null;
  for (let li = 0; li < rawLines.length; li++) {
    const raw = rawLines[li];
    if (raw.trim() === '') continue;
    const cells = splitCells(raw, delimiter);
    if (rows.length === 0 && header === null && cells.some((c) => c !== '' && !NUMBER.test(c))) {
      header = cells;
      const text = cells.find((c) => c !== '' && !NUMBER.test(c))!;
      if (cells.some((c) => NUMBER.test(c))) headerGuess = { line: li + 1, column: cells.indexOf(text) + 1, text: clip(text) };
      continue;
    }
    if (rows.length >= maxRows) {
      fail('csv-too-many-rows', { max: maxRows });
    }
    rows.push(toNumbers(cells, li + 1));
    lines.push(li + 1);
  }
  if (rows.length === 0) fail('csv-header-only', {});
  return { rows, lines, header, headerGuess, delimiter };
}

function splitCells(line: string, delimiter: string | null): string[] {
  const cells = (delimiter === null ? [line] : line.split(delimiter)).map((c) => unquote(c.trim()));
  if (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).trim() : cell;
}

function toNumbers(cells: string[], line: number): Float64Array {
  const out = new Float64Array(cells.length);
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    const where = { line, column: c + 1 };
    if (cell === '') fail('csv-cell-empty', where);
    if (MISSING.test(cell)) fail('csv-cell-missing', { ...where, text: cell });
    if (!NUMBER.test(cell)) fail('csv-cell-not-number', { ...where, text: clip(cell) });
    out[c] = Number(cell);
    if (!(Math.abs(out[c]) <= FLOAT32_MAX)) fail('csv-cell-too-large', { ...where, text: clip(cell) });
  }
  return out;
}

function clip(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}
