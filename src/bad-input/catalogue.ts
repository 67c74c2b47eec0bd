/**
 * The bad-input catalogue (issue 16): what a learner or a script can get wrong
 * (fields, CSV files, addresses, stored data, `npm run eval` flags), and the
 * exact words the app answers with in English and Japanese. Each case applies
 * its input to a lesson that already shows results and reports what the app
 * says and whether the results (and what else the case names) are untouched.
 * `catalogue.test.tsx` runs every case.
 */
import { problemText } from '../notebook/settings/problem-text';
import type { Problem } from '../notebook/settings/problem';
import type { Intact } from './lessons';

/** Where the bad input comes in. */
export type Area = 'fields' | 'csv' | 'routes' | 'storage' | 'flags' | 'training';

/** What the app said, in both languages, and what changed that must not have (null: nothing). */
export interface Shown {
  en: string;
  ja: string;
  changed: string | null;
}

/** One bad input and the exact message expected for it. */
export interface BadInputCase {
  area: Area;
  /** The input, as a learner would describe it. */
  input: string;
  en: string;
  ja: string;
  run(): Shown | Promise<Shown>;
}

/** A problem as the app words it, with the check of what must be unchanged. */
export function shown(p: Problem | null | undefined, intact: Intact): Shown {
  if (!p) return { en: '(no message)', ja: '(no message)', changed: intact() };
  return { en: problemText(p, 'en'), ja: problemText(p, 'ja'), changed: intact() };
}
