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

/** `[text](#/glossary/name)`: group 1 is the text, group 2 the entry's name. */
export const GLOSSARY_LINK = /\[([^\]]+)\]\(#\/glossary\/([a-z][a-z-]*)\)/g;

/** `{#name}`: group 1 is the entry's name. */
export const TERM_ANCHOR = /\{#([a-z][a-z-]*)\}/g;

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
