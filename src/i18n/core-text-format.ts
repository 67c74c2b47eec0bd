import type { CoreCode, CoreProblems } from '../core/problem';
import type { Lang } from './lang';

/** The words of some core codes, in every language: (values, language) → text. */
export type Wordings<C extends CoreCode> = { [K in C]: Record<Lang, (v: CoreProblems[K], lang: Lang) => string> };

/** A number as the learner's locale writes it (digit grouping, at most 6 decimals). */
export function num(v: number, lang: Lang): string {
  return v.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 6 });
}
