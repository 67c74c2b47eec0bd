import type { Lang } from '../i18n/lang';

/** Loads one prose file's text. */
export type ProseLoader = () => Promise<string>;

/**
 * Every lesson's prose, `lessons/<lesson>/<cellId>.<lang>.md` from the repo
 * root, each its own lazily loaded chunk.
 */
const PROSE_FILES: Record<string, ProseLoader> = import.meta.glob<string>('/lessons/**/*.md', {
  query: '?raw',
  import: 'default',
});

/** Glob key of one prose file. */
export function prosePath(lessonId: string, cellId: string, lang: Lang): string {
  return `/lessons/${lessonId}/${cellId}.${lang}.md`;
}

/**
 * The Markdown of a cell in `lang`, falling back to English when that
 * translation is missing; null when the cell has no prose at all.
 */
export async function loadProse(
  lessonId: string,
  cellId: string,
  lang: Lang,
  files: Record<string, ProseLoader> = PROSE_FILES,
): Promise<string | null> {
  const load = files[prosePath(lessonId, cellId, lang)] ?? files[prosePath(lessonId, cellId, 'en')];
  return load ? load() : null;
}

/** The glossary (`lessons/glossary.<lang>.md`), English when a translation is missing. */
export async function loadGlossary(lang: Lang, files: Record<string, ProseLoader> = PROSE_FILES): Promise<string | null> {
  const load = files[`/lessons/glossary.${lang}.md`] ?? files['/lessons/glossary.en.md'];
  return load ? load() : null;
}
