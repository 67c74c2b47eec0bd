import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderMarkdown', () => {
  it('renders inline math with KaTeX, keeping the TeX as its annotation', () => {
    const root = dom(renderMarkdown('The error is $e = \\lVert x - \\hat{x} \\rVert^2$ per image.'));
    const math = root.querySelectorAll('p > .katex');
    expect(math).toHaveLength(1);
    expect(root.querySelector('.katex-display')).toBeNull();
    expect(math[0].querySelector('annotation[encoding="application/x-tex"]')?.textContent).toBe('e = \\lVert x - \\hat{x} \\rVert^2');
    expect(math[0].querySelector('.mord.accent')).not.toBeNull();
    expect(root.textContent).toContain('The error is');
    expect(root.textContent).toContain('per image.');
  });

  it('renders a $$ block as display math outside any paragraph', () => {
    const root = dom(renderMarkdown('Loss:\n\n$$\n\\mathcal{L} = \\frac{1}{n}\\sum_{i=1}^{n} (x_i - \\hat{x}_i)^2\n$$\n\nDone.'));
    const display = root.querySelector('div.math-display > .katex-display');
    expect(display).not.toBeNull();
    expect(display?.querySelector('.mfrac')).not.toBeNull();
    expect(display?.querySelector('annotation')?.textContent).toContain('\\sum_{i=1}^{n}');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('renders inline $$…$$ in a paragraph as display math', () => {
    const root = dom(renderMarkdown('so $$a^2 + b^2 = c^2$$ holds'));
    expect(root.querySelector('.katex-display annotation')?.textContent).toBe('a^2 + b^2 = c^2');
  });

  it('protects underscores and asterisks inside math from emphasis', () => {
    const html = renderMarkdown('Compare $x_1 * y_1$ and $x_2 * y_2$.');
    const root = dom(html);
    expect(root.querySelector('em, strong')).toBeNull();
    expect(root.querySelectorAll('.katex')).toHaveLength(2);
    expect([...root.querySelectorAll('annotation')].map((a) => a.textContent)).toEqual(['x_1 * y_1', 'x_2 * y_2']);
  });

  it('leaves prices as text: "costs $5 and $6"', () => {
    const root = dom(renderMarkdown('It costs $5 and $6 in total.'));
    expect(root.querySelector('.katex')).toBeNull();
    expect(root.textContent?.trim()).toBe('It costs $5 and $6 in total.');
  });

  it('does not treat "$ " or a closing $ followed by a digit as math', () => {
    expect(dom(renderMarkdown('Between $ 3 and 4 $ dollars.')).querySelector('.katex')).toBeNull();
    expect(dom(renderMarkdown('From $x to y$5 maybe.')).querySelector('.katex')).toBeNull();
  });

  it('keeps an escaped \\$ literal and leaves code spans and code blocks alone', () => {
    const root = dom(renderMarkdown('Pay \\$x$ now, run `echo $HOME$` and:\n\n```\nlet a = $b$;\n```'));
    expect(root.querySelector('.katex')).toBeNull();
    expect(root.querySelector('p')?.textContent).toContain('Pay $x$ now');
    expect(root.querySelector('p code')?.textContent).toBe('echo $HOME$');
    expect(root.querySelector('pre code')?.textContent).toBe('let a = $b$;\n');
  });

  it('shows a malformed formula as a KaTeX error instead of throwing', () => {
    const root = dom(renderMarkdown('Bad: $\\frac{1}{$ ok'));
    expect(root.querySelector('.katex-error')?.textContent).toContain('\\frac{1}{');
  });

  it('renders ordinary Markdown and opens external links in a new tab', () => {
    const root = dom(renderMarkdown('# Title\n\nSome **bold** text, a [paper](https://example.org/ae) and a [lesson](#/lesson/x).'));
    expect(root.querySelector('h1')?.textContent).toBe('Title');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    const [external, internal] = root.querySelectorAll('a');
    expect(external.getAttribute('target')).toBe('_blank');
    expect(external.getAttribute('rel')).toContain('noopener');
    expect(internal.getAttribute('href')).toBe('#/lesson/x');
    expect(internal.hasAttribute('target')).toBe(false);
  });

  it('marks table cells that hold only numbers, so they stay on one line, and keeps alignment', () => {
    const md = '| score | AUC | range |\n| --- | ---: | --- |\n| LOF | **0.944** | 0.67 / 0.69 / 0.74 |\n| kNN, 3 seeds | 0.90 | mean of 3 |';
    const root = dom(renderMarkdown(md));
    const cells = Array.from(root.querySelectorAll('td'), (td) => [td.textContent, td.className, td.getAttribute('align')]);
    expect(cells).toEqual([
      ['LOF', '', null],
      ['0.944', 'prose-num', 'right'],
      ['0.67 / 0.69 / 0.74', 'prose-num', null],
      ['kNN, 3 seeds', '', null],
      ['0.90', 'prose-num', 'right'],
      ['mean of 3', '', null],
    ]);
    expect(root.querySelector('th')?.className).toBe('');
  });

  describe('keeps an inline formula and the punctuation around it together', () => {
    /** The first paragraph's HTML with each formula as ⟨its TeX⟩. */
    function shape(markdown: string): string {
      const root = dom(renderMarkdown(markdown));
      for (const k of root.querySelectorAll('.katex')) {
        k.replaceWith(`⟨${k.querySelector('annotation')?.textContent}⟩`);
      }
      return root.querySelector('p')?.innerHTML ?? '';
    }

    it('glues the punctuation right after a formula, and a bracket right before it (English)', () => {
      expect(shape('Means $\\mu_x, \\mu_y$, so bright means different.')).toBe(
        'Means <span class="math-glue">⟨\\mu_x, \\mu_y⟩,</span> so bright means different.',
      );
      expect(shape('a window ($\\sigma = 1.5$), then $l$: luminance; ($x$).')).toBe(
        'a window <span class="math-glue">(⟨\\sigma = 1.5⟩),</span> then <span class="math-glue">⟨l⟩:</span> luminance; <span class="math-glue">(⟨x⟩).</span>',
      );
    });

    it('glues Japanese punctuation and brackets', () => {
      expect(shape('平均（$\\mu$）と$x$、$y$。「$z$」で')).toBe(
        '平均<span class="math-glue">（⟨\\mu⟩）</span>と<span class="math-glue">⟨x⟩、</span><span class="math-glue">⟨y⟩。</span><span class="math-glue">「⟨z⟩」</span>で',
      );
    });

    it('leaves a formula with spaces around it, display math, an escaped bracket and prices as before', () => {
      expect(shape('the $x$ axis and $y$ (here)')).toBe('the ⟨x⟩ axis and ⟨y⟩ (here)');
      expect(shape('Pay \\($x$ or ($5 and $6).')).toBe('Pay (⟨x⟩ or ($5 and $6).');
      const display = dom(renderMarkdown('so $$a^2$$, fine'));
      expect(display.querySelector('.math-glue')).toBeNull();
      expect(display.textContent?.trim().endsWith(', fine')).toBe(true);
    });
  });
});
