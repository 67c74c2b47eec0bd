import type { Lang } from '../i18n/lang';
import { entryBlock, termAnchorId } from '../notebook/glossary-links';
import { loadGlossary } from '../notebook/prose';

/** The rendered glossary of each language, parsed once. */
const documents = new Map<Lang, Promise<DocumentFragment | null>>();

function glossaryDocument(lang: Lang): Promise<DocumentFragment | null> {
  let doc = documents.get(lang);
  if (!doc) {
    // The Markdown renderer is the prose's own chunk, already loaded on a lesson page.
    doc = Promise.all([loadGlossary(lang), import('../notebook/markdown')]).then(([markdown, { renderMarkdown }]) => {
      if (markdown === null) return null;
      const template = document.createElement('template');
      template.innerHTML = renderMarkdown(markdown);
      return template.content;
    });
    doc.catch(() => documents.delete(lang));
    documents.set(lang, doc);
  }
  return doc;
}

/**
 * The sanitised HTML of glossary entry `entry` in `lang`: the list item (or paragraph) that holds
 * its `{#entry}` mark, without the mark; null when the glossary has no such entry.
 */
export async function glossaryEntryHtml(entry: string, lang: Lang): Promise<string | null> {
  const doc = await glossaryDocument(lang);
  const anchor = doc?.getElementById(termAnchorId(entry));
  if (!anchor) return null;
  const item = entryBlock(anchor).cloneNode(true) as HTMLElement;
  item.querySelectorAll('.term-anchor').forEach((a) => a.remove());
  return item.innerHTML;
}
