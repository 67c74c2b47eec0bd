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
  /** Sentences for the learner, e.g. "Skipped a header row." */
  notes: string[];
}

/** A problem with a file's size before reading it, or null. For the UI to refuse huge files early. */
export function csvSizeProblem(bytes: number, limits: CsvLimits = CSV_LIMITS): string | null {
  if (bytes > limits.maxBytes) {
    return `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1048576).toFixed(0)} MB. Cut it down or use a larger stride on a shorter export.`;
  }
  if (bytes === 0) return 'The file is empty.';
  return null;
}

/**
 * Turns CSV text into equal-length series. Throws an Error with a learner-facing
 * message for: an oversized file, ragged rows, non-numeric or empty cells,
 * too few or too many series, a window longer than the series, bad
 * length/stride/column settings. The text never leaves the caller.
 */
export function parseSeriesCsv(text: string, layout: CsvLayout, limits: CsvLimits = CSV_LIMITS): CsvSeries {
  const size = csvSizeProblem(text.length, limits);
  if (size) throw new Error(size);
  const maxRows = layout.kind === 'rows' ? limits.maxSeries : 10_000_000;
  const table = parseNumericTable(text, maxRows);
  const notes: string[] = [];
  if (table.header) notes.push(`Skipped the first line as a header (${table.header.length} names).`);
  const set = layout.kind === 'rows' ? fromRows(table.rows, table.lines, limits) : fromWindows(table.rows, table.header, layout, limits, notes);
  if (set.n < limits.minSeries) {
    throw new Error(`Only ${set.n} series; at least ${limits.minSeries} are needed to learn what is normal.`);
  }
  return { L: set.L, x: set.x, group: new Uint8Array(set.n), groupNames: ['unlabelled'], notes };
}

function fromRows(rows: Float64Array[], lines: number[], limits: CsvLimits): { L: number; x: Float32Array; n: number } {
  const L = rows[0].length;
  if (L < MIN_LENGTH) {
    throw new Error(`Each row is one series, but line ${lines[0]} has only ${L} value${L === 1 ? '' : 's'} (need at least ${MIN_LENGTH}). For one long series in a column, choose "one long series".`);
  }
  if (L > MAX_LENGTH) throw new Error(`Rows have ${L} values; series longer than ${MAX_LENGTH} steps are not supported.`);
  if (rows.length > limits.maxSeries) throw new Error(`${rows.length} series is more than the limit of ${limits.maxSeries.toLocaleString('en')}.`);
  const x = new Float32Array(rows.length * L);
  rows.forEach((r, i) => {
    if (r.length !== L) {
      throw new Error(`Line ${lines[i]} has ${r.length} values but line ${lines[0]} has ${L}. Every row must be a series of the same length.`);
    }
    x.set(r, i * L);
  });
  return { L, x, n: rows.length };
}

function fromWindows(
  rows: Float64Array[],
  header: string[] | null,
  layout: Extract<CsvLayout, { kind: 'windows' }>,
  limits: CsvLimits,
  notes: string[],
): { L: number; x: Float32Array; n: number } {
  const { length: L, stride } = layout;
  if (!Number.isInteger(L) || L < MIN_LENGTH || L > MAX_LENGTH) throw new Error(`The window length must be a whole number from ${MIN_LENGTH} to ${MAX_LENGTH} (got ${L}).`);
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`The stride must be a whole number ≥ 1 (got ${stride}).`);
  const series = longSeries(rows, header, layout.column ?? 0, notes);
  const N = series.length;
  if (N < L) throw new Error(`The series has ${N} values, fewer than one window of ${L}.`);
  const n = Math.floor((N - L) / stride) + 1;
  if (n > limits.maxSeries) {
    const need = Math.ceil((N - L) / (limits.maxSeries - 1));
    throw new Error(`That makes ${n.toLocaleString('en')} windows, more than the limit of ${limits.maxSeries.toLocaleString('en')}. Use a stride of at least ${need}.`);
  }
  const x = new Float32Array(n * L);
  for (let w = 0; w < n; w++) x.set(series.subarray(w * stride, w * stride + L), w * L);
  notes.push(`Cut ${N.toLocaleString('en')} values into ${n.toLocaleString('en')} windows of ${L} (stride ${stride}).`);
  return { L, x, n };
}

function longSeries(rows: Float64Array[], header: string[] | null, column: number, notes: string[]): Float64Array {
  if (rows.length === 1) return rows[0];
  const width = rows[0].length;
  if (!Number.isInteger(column) || column < 0 || column >= width) {
    throw new Error(`Column ${column + 1} does not exist: the rows have ${width} column${width === 1 ? '' : 's'}.`);
  }
  const out = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    if (r.length <= column) throw new Error(`Row ${i + 1} of the data has no column ${column + 1}.`);
    out[i] = r[column];
  });
  if (width > 1) notes.push(`Used column ${column + 1}${header?.[column] ? ` ("${header[column]}")` : ''} of ${width} as the series.`);
  return out;
}
