/**
 * What the core tells the learner is data, never a sentence: a code and the
 * values its text needs. The interface words it in the learner's language
 * (`src/i18n/core-text.ts`), as it does a `BackendNote`.
 *
 * Every code and the values it carries. Numbers are raw values (the interface
 * formats them); strings are names or text taken from the learner's input.
 */
export interface CoreProblems {
  // Data files.
  'class-out-of-range': { cls: number; max: number };
  /** A dataset file could not be downloaded; `detail` is the browser's or server's own words ("HTTP 404 Not Found"). */
  'download-failed': { url: string; detail: string };
  'file-unreadable': Empty;
  // Training settings (`validateTrainOptions`).
  'no-train-data': Empty;
  'epochs-invalid': { got: number };
  'batch-invalid': { got: number };
  'batch-over-data': { batch: number; n: number };
  'lr-invalid': { got: number };
  'patience-invalid': { got: number };
  'clip-invalid': { got: number };
  'no-done-event': Empty;
  'scoring-cancelled': Empty;
  // Models.
  'layer-widths': { got: string };
  'patch-size-multiple': { of: number; got: number };
  'latent-invalid': { got: number };
  'channels-invalid': { got: number };
  'variance-floor-range': { got: number };
  'bn-momentum-range': { got: number };
  'beta-negative': { got: number };
  'weights-mismatch': Empty;
  // Patches and windows.
  'no-images': Empty;
  'patch-size-range': { max: number; got: number };
  'patch-count-invalid': { got: number };
  'stride-invalid': { got: number };
  'patch-larger-than-image': { size: number; side: number };
  'no-held-out': Empty;
  'position-split': { scores: number; perImage: number };
  'no-new-score': Empty;
  // Time series: generator settings (`seriesSpecProblems`).
  'spec-length-range': { min: number; max: number; got: number };
  'spec-count-range': { group: string; min: number; max: number; got: number };
  'spec-amplitude-range': { group: string; max: number; got: number };
  'spec-noise-range': { group: string; max: number; got: number };
  'spec-spike-height': { max: number; got: number };
  'spec-level-shift': { max: number; got: number };
  'spec-frequency-factor': { max: number; got: number };
  'spec-dropout-fraction': { got: number };
  'spec-too-many-series': { total: number; max: number };
  'spec-too-much-data': { total: number; length: number; max: number };
  // Time series: training and thresholds.
  'series-length-mismatch': { length: number; values: number };
  'val-fraction-range': { max: number; got: number };
  'no-series-to-train': Empty;
  /** A training row index outside the `n` series (0-based `row`). */
  'series-row-out-of-range': { row: number; n: number };
  /** Series `series`, step `step` (both 0-based) is NaN or infinite. */
  'series-value-not-finite': { series: number; step: number };
  'clean-subset-empty': Empty;
  'scores-groups-mismatch': { scores: number; groups: number };
  'thresholds-not-finite': Empty;
  'thresholds-order': { low: number; high: number };
  'score-not-finite': { index: number };
  'group-out-of-range': { index: number; group: number; max: number };
  'too-few-errors': { min: number; got: number };
  'errors-not-positive': Empty;
  // CSV files (`csvSizeProblem`, `parseSeriesCsv`, `parseNumericTable`).
  'file-too-large': { megabytes: number; limit: number };
  'file-empty': Empty;
  'csv-header-only': Empty;
  'csv-too-many-rows': { max: number };
  'csv-cell-empty': { line: number; column: number };
  'csv-cell-missing': { line: number; column: number; text: string };
  'csv-cell-not-number': { line: number; column: number; text: string };
  /** A cell that is not a number holds a separator (`found`) other than the one the first line uses (`separator`; 'none': one column). */
  'csv-cell-separator': { line: number; column: number; text: string; found: 'comma' | 'semicolon' | 'tab'; separator: 'comma' | 'semicolon' | 'tab' | 'none' };
  'csv-cell-too-large': { line: number; column: number; text: string };
  'csv-row-too-short': { line: number; values: number; min: number };
  'csv-row-too-long': { values: number; max: number };
  'csv-too-many-series': { n: number; max: number };
  'csv-ragged': { line: number; values: number; firstLine: number; length: number };
  'csv-too-few-series': { n: number; min: number };
  'window-length-range': { min: number; max: number; got: number };
  'csv-shorter-than-window': { values: number; length: number };
  'csv-too-many-windows': { windows: number; max: number; stride: number };
  'csv-no-column': { column: number; width: number };
  'csv-row-without-column': { row: number; column: number };
  /** Not text: a control character or a byte that is not UTF-8 at `line`, `column` (1-based, in characters). */
  'csv-binary-file': { line: number; column: number };
  // Notes on what a CSV import assumed (not errors).
  'csv-header-skipped': { names: number };
  /** The first row mixed numbers and text; it was taken as a header because of this cell. */
  'csv-header-assumed': { line: number; column: number; text: string; names: number };
  /** Numbers written with a decimal comma (`1,5`) in a semicolon-separated file were read as 1.5. */
  'csv-decimal-comma': Empty;
  'csv-windows-cut': { values: number; windows: number; length: number; stride: number };
  'csv-column-used': { column: number; name: string; width: number };
}

/** No values. */
type Empty = Record<never, never>;

/** A code of `CoreProblems`. */
export type CoreCode = keyof CoreProblems;

/** One problem or note: a code and its values (optional when it has none). Plain data. */
export type CoreProblem = { [C in CoreCode]: Empty extends CoreProblems[C] ? { code: C; values?: CoreProblems[C] } : { code: C; values: CoreProblems[C] } }[CoreCode];

/** A problem from its code and values. */
export function problem<C extends CoreCode>(code: C, values: CoreProblems[C]): CoreProblem {
  return { code, values } as CoreProblem;
}

const PREFIX = 'problem:';

/**
 * An Error that carries a problem. Its message is the problem as text
 * (`problem:<code> <values as JSON>`), so a problem thrown in the worker
 * survives the trip to the page as a plain message; `problemOf` reads it back.
 */
export class ProblemError extends Error {
  constructor(readonly problem: CoreProblem) {
    super(`${PREFIX}${problem.code} ${JSON.stringify(problem.values ?? {})}`);
    this.name = 'ProblemError';
  }
}

/** Throws `problem(code, values)` as a `ProblemError`. */
export function fail<C extends CoreCode>(code: C, values: CoreProblems[C]): never {
  throw new ProblemError(problem(code, values));
}

/**
 * The problem a thrown value carries: a `ProblemError`, or an error (or its
 * message) that crossed the worker boundary. Null for anything else, such as a
 * browser's own error message.
 */
export function problemOf(e: unknown): CoreProblem | null {
  if (e instanceof ProblemError) return e.problem;
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : null;
  if (text === null || !text.startsWith(PREFIX)) return null;
  const space = text.indexOf(' ');
  const code = text.slice(PREFIX.length, space < 0 ? undefined : space);
  try {
    const values: unknown = space < 0 ? {} : JSON.parse(text.slice(space + 1));
    return typeof values === 'object' && values !== null ? ({ code, values } as CoreProblem) : null;
  } catch {
    return null;
  }
}
