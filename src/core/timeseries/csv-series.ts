import { fail, problem, ProblemError, type CoreProblem } from '../problem';
import type { SeriesSet } from './generate-series';
import { parseNumericTable } from './csv-table';

/**
 * How a CSV holds series: one series per row (every row the same length), or one
 * long series (a single column or a single row, or the chosen column of a table)
 * cut into windows of `length` steps every `stride` steps.
 */
export type CsvLayout = { kind: 'rows' } | { kind: 'windows'; length: number; stride: number; column?: number };

/** Size limits of "bring your own" data. */
export interface CsvLimits {
  /** Largest file, in bytes (checked on the text length too). Default 50 MB. */
  maxBytes: number;
  /** Most series (rows or windows). Default 200,000. */
  maxSeries: number;
  /** Fewest series to train on. Default 10. */
  minSeries: number;
}

export const CSV_LIMITS: CsvLimits = { maxBytes: 50 * 1024 * 1024, maxSeries: 200_000, minSeries: 10 };

const MIN_LENGTH = 4;
const MAX_LENGTH = 1000;

/** Series read from a CSV (every group 0, 'unlabelled') plus notes on what was assumed. */
export interface CsvSeries extends SeriesSet {
  /** What was assumed, for the learner (`csv-header-skipped` or `csv-header-assumed`, `csv-decimal-comma`, `csv-windows-cut`, `csv-column-used`). */
  notes: CoreProblem[];
}

/** A problem with a file's size before reading it, or null. For the UI to refuse huge files early. */
export function csvSizeProblem(bytes: number, limits: CsvLimits = CSV_LIMITS): CoreProblem | null {
  if (bytes > limits.maxBytes) return problem('file-too-large', { megabytes: Math.round(bytes / 104857.6) / 10, limit: Math.round(limits.maxBytes / 1048576) });
  if (bytes === 0) return problem('file-empty', {});
  return null;
}

/**
 * Turns CSV text into equal-length series. Throws a `ProblemError` for: an
 * oversized file, ragged rows, non-numeric or empty cells, too few or too many
 * series, a window longer than the series, bad length/stride/column settings. The text never leaves the caller.
 */
export function parseSeriesCsv(text: string, layout: CsvLayout, limits: CsvLimits = CSV_LIMITS): CsvSeries {
  const size = csvSizeProblem(text.length, limits);
  if (size) throw new ProblemError(size);
  const maxRows = layout.kind === 'rows' ? limits.maxSeries : 10_000_000;
  const table = parseNumericTable(text, maxRows);
  const notes: CoreProblem[] = [];
  if (table.headerGuess) notes.push(problem('csv-header-assumed', { ...table.headerGuess, names: table.header!.length }));
  else if (table.header) notes.push(problem('csv-header-skipped', { names: table.header.length }));
  if (table.decimalComma) notes.push(problem('csv-decimal-comma', {}));
  const set = layout.kind === 'rows' ? fromRows(table.rows, table.lines, limits) : fromWindows(table.rows, table.header, layout, limits, notes);
  if (set.n < limits.minSeries) fail('csv-too-few-series', { n: set.n, min: limits.minSeries });
  return { L: set.L, x: set.x, group: new Uint8Array(set.n), groupNames: ['unlabelled'], notes };
}

function fromRows(rows: Float64Array[], lines: number[], limits: CsvLimits): { L: number; x: Float32Array; n: number } {
  const L = rows[0].length;
  if (L < MIN_LENGTH) fail('csv-row-too-short', { line: lines[0], values: L, min: MIN_LENGTH });
  if (L > MAX_LENGTH) fail('csv-row-too-long', { values: L, max: MAX_LENGTH });
  if (rows.length > limits.maxSeries) fail('csv-too-many-series', { n: rows.length, max: limits.maxSeries });
  const x = new Float32Array(rows.length * L);
  rows.forEach((r, i) => {
    if (r.length !== L) fail('csv-ragged', { line: lines[i], values: r.length, firstLine: lines[0], length: L });
    x.set(r, i * L);
  });
  return { L, x, n: rows.length };
}

function fromWindows(
  rows: Float64Array[],
  header: string[] | null,
  layout: Extract<CsvLayout, { kind: 'windows' }>,
  limits: CsvLimits,
  notes: CoreProblem[],
): { L: number; x: Float32Array; n: number } {
  const { length: L, stride } = layout;
  if (!Number.isInteger(L) || L < MIN_LENGTH || L > MAX_LENGTH) fail('window-length-range', { min: MIN_LENGTH, max: MAX_LENGTH, got: L });
  if (!Number.isInteger(stride) || stride < 1) fail('stride-invalid', { got: stride });
  const series = longSeries(rows, header, layout.column ?? 0, notes);
  const N = series.length;
  if (N < L) fail('csv-shorter-than-window', { values: N, length: L });
  const n = Math.floor((N - L) / stride) + 1;
  if (n > limits.maxSeries) fail('csv-too-many-windows', { windows: n, max: limits.maxSeries, stride: Math.ceil((N - L) / (limits.maxSeries - 1)) });
  const x = new Float32Array(n * L);
  for (let w = 0; w < n; w++) x.set(series.subarray(w * stride, w * stride + L), w * L);
  notes.push(problem('csv-windows-cut', { values: N, windows: n, length: L, stride }));
  return { L, x, n };
}

function longSeries(rows: Float64Array[], header: string[] | null, column: number, notes: CoreProblem[]): Float64Array {
  if (rows.length === 1) return rows[0];
  const width = rows[0].length;
  if (!Number.isInteger(column) || column < 0 || column >= width) fail('csv-no-column', { column: column + 1, width });
  const out = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    if (r.length <= column) fail('csv-row-without-column', { row: i + 1, column: column + 1 });
    out[i] = r[column];
  });
  if (width > 1) notes.push(problem('csv-column-used', { column: column + 1, name: header?.[column] ?? '', width }));
  return out;
}
