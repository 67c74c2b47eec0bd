import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMath, sanitizeHtml } from './markdown';

/** Every lesson's prose, as the app loads it. */
const PROSE = import.meta.glob<string>('/lessons/**/*.md', { query: '?raw', import: 'default', eager: true });

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

/** Every element and attribute name, and every URL-bearing attribute value, in `html`. */
function inventory(html: string): { tags: string[]; attrs: string[]; urls: string[] } {
  const all = [...dom(html).querySelectorAll('*')];
  return {
    tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
    attrs: [...new Set(all.flatMap((e) => [...e.attributes].map((a) => a.name)))],
    urls: all.flatMap((e) => ['href', 'src', 'xlink:href', 'action', 'formaction'].flatMap((n) => e.getAttribute(n) ?? [])),
  };
}

describe('renderMarkdown sanitises raw HTML', () => {
  it('removes <script> blocks, inline and with a src', () => {
    const html = renderMarkdown('Before\n\n<script>window.pwned = 1</script>\n\nText <script src="https://evil.example/x.js"></script> after.');
    const found = inventory(html);
    expect(found.tags).not.toContain('script');
    expect(html).not.toMatch(/pwned|evil\.example/);
    expect(dom(html).textContent).toContain('Before');
    expect(dom(html).textContent).toContain('after.');
  });

  it('removes event handler attributes (onerror=, onclick=, onload=) and keeps the harmless element', () => {
    const html = renderMarkdown('An image <img src="x.png" onerror="alert(1)" alt="x"> and <a href="#/ok" onclick="alert(2)">a link</a>.\n\n<svg onload="alert(3)"><circle r="1"/></svg>');
    const found = inventory(html);
    expect(found.attrs.filter((a) => a.startsWith('on'))).toEqual([]);
    expect(html).not.toContain('alert(');
    expect(dom(html).querySelector('img')?.getAttribute('src')).toBe('x.png');
    expect(dom(html).querySelector('a')?.getAttribute('href')).toBe('#/ok');
  });

  it('removes javascript: and data: URLs from Markdown links and raw anchors, keeping the link text', () => {
    const html = renderMarkdown(
      '[click](javascript:alert(1)) and [enc](JaVaScRiPt&colon;alert(2)) and <a href=" javascript:alert(3)">raw</a> and <a href="data:text/html,<script>alert(4)</script>">data</a> and <iframe src="javascript:alert(5)"></iframe>',
    );
    const found = inventory(html);
    // What the browser would follow: every remaining URL resolves to this origin.
    expect(found.urls.map((u) => new URL(u, 'https://app.example/').protocol)).toEqual(found.urls.map(() => 'https:'));
    expect(found.urls.length).toBeGreaterThan(0);
    expect(found.tags).not.toContain('iframe');
    expect(html).not.toMatch(/alert\((1|3|4|5)\)/);
    expect(dom(html).textContent).toContain('click');
    expect(dom(html).textContent).toContain('raw');
  });

  it('removes <style>, forms and <object> that could restyle or spoof the page', () => {
    const html = renderMarkdown('<style>body{display:none}</style>\n\n<form action="https://evil.example"><input name="p"><button>Go</button></form>\n\n<object data="x.swf"></object> ok');
    expect(inventory(html).tags.filter((t) => ['style', 'form', 'input', 'button', 'object'].includes(t))).toEqual([]);
    expect(dom(html).textContent).toContain('ok');
  });

  it('leaves KaTeX output exactly as KaTeX made it: HTML with inline styles, MathML with its TeX annotation', () => {
    const formulas: [string, boolean][] = [
      ['e = \\lVert x - \\hat{x} \\rVert^2', false],
      ['\\mathcal{L} = \\frac{1}{n}\\sum_{i=1}^{n} (x_i - \\hat{x}_i)^2', true],
      ['\\begin{aligned} a &= b + c \\\\ d &= \\sqrt{e} \\end{aligned}', true],
      ['\\color{red} x \\text{ 適合率 } \\operatorname{AUC}', false],
      ['\\frac{1}{', false],
    ];
    for (const [tex, display] of formulas) {
      const raw = renderMath(tex, display);
      const clean = sanitizeHtml(raw);
      expect(dom(clean).isEqualNode(dom(raw)), tex).toBe(true);
    }
    const root = dom(renderMarkdown('Loss $\\hat{x}_i$ here.'));
    expect(root.querySelector('annotation[encoding="application/x-tex"]')?.textContent).toBe('\\hat{x}_i');
    expect(root.querySelector('.katex-html [style]')).not.toBeNull();
  });

  it('removes nothing from any lesson’s bundled prose (both languages)', () => {
    expect(Object.keys(PROSE).length).toBeGreaterThan(40);
    for (const [path, markdown] of Object.entries(PROSE)) {
      renderMarkdown(markdown);
      // DOMPurify lists what its last call removed.
      expect(DOMPurify.removed, path).toEqual([]);
    }
    renderMarkdown('<img src=x onerror=alert(1)>');
    expect(DOMPurify.removed).toHaveLength(1);
  });
});
