/**
 * Links from the lessons' prose to glossary entries. An entry is marked in the glossary's
 * Markdown with `{#name}` (lowercase letters and hyphens); prose links to it as
 * `[term](#/glossary/name)`.
 */

/** The element id of glossary entry `name`. */
export function termAnchorId(name: string): string {
  return `term-${name}`;
}

/** The address of glossary entry `name`. */
export function glossaryEntryHref(name: string): string {
  return `#/glossary/${name}`;
}

/** An entry's name: lowercase letters and hyphens. */
const NAME = '[a-z][a-z-]*';

/** `[text](#/glossary/name)`: group 1 is the text, group 2 the entry's name. */
export const GLOSSARY_LINK = new RegExp(`\\[([^\\]]+)\\]\\(#/glossary/(${NAME})\\)`, 'g');

/** `{#name}`: group 1 is the entry's name. */
export const TERM_ANCHOR = new RegExp(`\\{#(${NAME})\\}`, 'g');

const ENTRY_PATH = new RegExp(`^#?/glossary/(${NAME})$`);

/** The entry a glossary address names (`#/glossary/name` or `/glossary/name`), or null. */
export function glossaryEntryOf(path: string): string | null {
  return ENTRY_PATH.exec(path)?.[1] ?? null;
}

/** What an entry is on the page: the list item or paragraph that holds its anchor. */
export function entryBlock(anchor: HTMLElement): HTMLElement {
  return anchor.closest<HTMLElement>('li, p') ?? anchor;
}

/** Markdown with its glossary links turned into their plain text (for a notebook that leaves the app). */
export function stripGlossaryLinks(markdown: string): string {
  return markdown.replace(GLOSSARY_LINK, '$1');
}

/** The entry names `markdown` links to, in order of first link. */
export function linkedEntries(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(GLOSSARY_LINK)].map((m) => m[2]))];
}

/** The entry names `markdown` (a glossary) defines. */
export function definedEntries(markdown: string): string[] {
  return [...markdown.matchAll(TERM_ANCHOR)].map((m) => m[1]);
}
