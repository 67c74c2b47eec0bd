import DOMPurify from 'dompurify';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { TERM_ANCHOR, termAnchorId } from './glossary-links';

/**
 * Markdown → HTML with KaTeX math, for the lessons' prose. The HTML is
 * sanitised with DOMPurify (`sanitizeHtml`), so raw HTML in the Markdown cannot
 * run script: `<script>`, event handler attributes and `javascript:` URLs are
 * removed, while KaTeX's HTML and MathML pass unchanged.
 *
 * Math syntax (Pandoc's rule, so prices stay text):
 * - `$$…$$` is display math: on its own lines as a block, or inline in a paragraph.
 * - `$…$` is inline math when the opening `$` is followed by a non-space, the
 *   closing `$` is preceded by a non-space and not followed by a digit.
 *   "costs $5 and $6" therefore stays text; `\$` is always a literal dollar.
 *
 * Math is tokenized before Markdown's emphasis, so `_` and `*` inside formulas
 * are safe; code spans and code blocks are left alone.
 *
 * An inline formula, the punctuation right after it (`$x$,` `$x$)。`) and an
 * opening bracket right before it (`($x$`, `（$x$`) are one `span.math-glue`:
 * prose.css keeps the punctuation on the formula's line, so no line starts
 * with it, while the formula itself still wraps where KaTeX allows.
 *
 * `{#name}` (lowercase letters and hyphens) marks a glossary entry (`glossary-links.ts`).
 */

interface MathToken extends Tokens.Generic {
  type: 'math';
  raw: string;
  tex: string;
  display: boolean;
  /** An opening bracket right before an inline formula, kept on its line. */
  lead?: string;
  /** Punctuation right after an inline formula, kept on its line. */
  trail?: string;
}

/** Opening brackets (Latin and Japanese) glued to the inline formula right after them; not `[`, which may open a link. */
const OPENING = '({“‘「『（【〔〈《';

const BLOCK_MATH = /^ {0,3}\$\$[ \t]*\n?((?:\\[\s\S]|[^\\$])+?)\n?[ \t]*\$\$[ \t]*(?:\n+|$)/;
const INLINE_DISPLAY_MATH = /^\$\$(?!\$)((?:\\[\s\S]|[^\\$])+?)\$\$/;
/** `(`lead`)$tex$(`trail`)`: trail is the closing punctuation (Latin and Japanese) right after the formula. */
const INLINE_MATH = /^([({“‘「『（【〔〈《]?)\$(?![\s$])((?:\\[\s\S]|[^\\$])+?)(?<!\s)\$(?!\d)([,.;:!?)}'"’”…、。，．：；！？）」』】〕〉》]*)/;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** KaTeX HTML for one formula; a malformed formula renders in red, never throws. */
export function renderMath(tex: string, display: boolean): string {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
  } catch {
    return `<code class="math-error">${escapeHtml(tex)}</code>`;
  }
}

const blockMath: TokenizerAndRendererExtension = {
  name: 'blockMath',
  level: 'block',
  start: (src) => src.match(/^ {0,3}\$\$/m)?.index,
  tokenizer(src): MathToken | undefined {
    const m = BLOCK_MATH.exec(src);
    return m ? { type: 'math', raw: m[0], tex: m[1].trim(), display: true } : undefined;
  },
};

/** An inline extension's `start`: where `marker` first occurs in the source, if it does. */
const startAt = (marker: string) => (src: string) => {
  const i = src.indexOf(marker);
  return i < 0 ? undefined : i;
};

/** Where inline math may start: the first `$`, or the opening bracket right before it (not an escaped one). */
function inlineMathStart(src: string): number | undefined {
  const i = src.indexOf('$');
  if (i < 0) return undefined;
  return i > 0 && OPENING.includes(src[i - 1]) && src[i - 2] !== '\\' ? i - 1 : i;
}

const inlineMath: TokenizerAndRendererExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: inlineMathStart,
  tokenizer(src): MathToken | undefined {
    const display = INLINE_DISPLAY_MATH.exec(src);
    if (display) return { type: 'math', raw: display[0], tex: display[1].trim(), display: true };
    const m = INLINE_MATH.exec(src);
    return m ? { type: 'math', raw: m[0], tex: m[2], display: false, lead: m[1], trail: m[3] } : undefined;
  },
};

const mathRenderer: TokenizerAndRendererExtension = {
  name: 'math',
  renderer: (token) => {
    const { tex, display, lead = '', trail = '' } = token as MathToken;
    const html = renderMath(tex, display);
    if (display) return `<div class="math-display">${html}</div>\n`;
    return lead || trail ? `<span class="math-glue">${escapeHtml(lead)}${html}${escapeHtml(trail)}</span>` : html;
  },
};

interface TermAnchorToken extends Tokens.Generic {
  type: 'termAnchor';
  raw: string;
  id: string;
}

/** `{#name}` marks a glossary entry: an empty `<span id="term-name">` that `#/glossary/name` links scroll to. */
const TERM_ANCHOR_AT_START = new RegExp(`^${TERM_ANCHOR.source}\\s*`);

const termAnchor: TokenizerAndRendererExtension = {
  name: 'termAnchor',
  level: 'inline',
  start: startAt('{#'),
  tokenizer(src): TermAnchorToken | undefined {
    const m = TERM_ANCHOR_AT_START.exec(src);
    return m ? { type: 'termAnchor', raw: m[0], id: m[1] } : undefined;
  },
  renderer: (token) => `<span id="${termAnchorId((token as TermAnchorToken).id)}" class="term-anchor"></span>`,
};

/** A table cell holding only numbers ("0.67 / 0.69 / 0.74", "**0.944**", "±0.02"): kept on one line. */
const NUMBERS_ONLY = /^[\s\d.,/–—\-−+±%×≈*~()]*\d[\s\d.,/–—\-−+±%×≈*~()]*$/;

const marked = new Marked({
  gfm: true,
  async: false,
  extensions: [blockMath, inlineMath, mathRenderer, termAnchor],
  renderer: {
    tablecell({ tokens, text, header, align }) {
      const type = header ? 'th' : 'td';
      const alignAttr = align ? ` align="${align}"` : '';
      const numClass = !header && NUMBERS_ONLY.test(text) ? ' class="prose-num"' : '';
      return `<${type}${alignAttr}${numClass}>${this.parser.parseInline(tokens)}</${type}>\n`;
    },
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const external = /^https?:\/\//i.test(href) ? ' target="_blank" rel="noopener noreferrer"' : '';
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titleAttr}${external}>${text}</a>`;
    },
  },
});

/**
 * KaTeX's MathML wraps each formula in `<semantics>` with the TeX source in an
 * `<annotation>` (for screen readers and copying); DOMPurify leaves these out
 * by default.
 */
const PURIFY_CONFIG = {
  ADD_TAGS: ['semantics', 'annotation'],
  ADD_ATTR: ['target', 'encoding'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
};

/**
 * Removes everything from `html` that could run script or submit data. Needs a
 * DOM (the browser, jsdom); without one (a Node script that only checks the
 * math), the HTML is returned as it is, as nothing can be injected there.
 */
export function sanitizeHtml(html: string): string {
  if (!DOMPurify.isSupported) return html;
  return DOMPurify.sanitize(html, PURIFY_CONFIG);
}

/** Renders lesson Markdown (with `$…$` / `$$…$$` math) to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }));
}
