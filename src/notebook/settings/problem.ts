import type { Localized } from '../../i18n/lang';
import { problemOf } from '../../core/problem';

/** A value a problem's text names: a number, a word, or a label in every language. */
export type ProblemValue = number | string | Localized;

/**
 * Something wrong with the settings or the data, as a code and the values its
 * text needs. The UI words it in the learner's language (`problemText`).
 */
export interface Problem {
  code: string;
  values?: Record<string, ProblemValue>;
}

/** A problem with values. */
export function problem(code: string, values?: Record<string, ProblemValue>): Problem {
  return values ? { code, values } : { code };
}

/**
 * Any thrown value as a problem: a core `ProblemError` (also after it crossed
 * the worker boundary) is its problem; an error that carries a string `code` (such
 * as the training client's worker failures) keeps it, with its message as
 * `text` and its string `by` (the job of the run that superseded it), if
 * any; anything else is `failed`, its message shown as it is.
 */
export function failure(e: unknown): Problem {
  const carried = problemOf(e);
  if (carried) return carried as Problem;
  const text = e instanceof Error ? e.message : String(e);
  const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : null;
  const by = typeof e === 'object' && e !== null && 'by' in e && typeof e.by === 'string' ? e.by : null;
  return problem(code ?? 'failed', by === null ? { text } : { text, by });
}
