import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from './markdown';

/** Every lesson's prose, as the app loads it. */
const PROSE = import.meta.glob<string>('/lessons/**/*.md', { query: '?raw', import: 'default', eager: true });

afterEach(() => vi.restoreAllMocks());

describe('lesson math', () => {
  it('finds the prose of every lesson in both languages', () => {
    const paths = Object.keys(PROSE);
    expect(paths.filter((p) => p.endsWith('.en.md')).length).toBeGreaterThan(20);
    expect(paths.filter((p) => p.endsWith('.ja.md')).length).toBeGreaterThan(20);
  });

  it.each(Object.keys(PROSE))('%s renders its math without a KaTeX warning or error', (path) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const html = renderMarkdown(PROSE[path]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
    expect(html).not.toContain('katex-error');
    expect(html).not.toContain('math-error');
  });

  it('would catch Japanese text set as math, as the F1 formula once had it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderMarkdown('$$F_1 = \\frac{2\\,\\mathrm{適合率}\\cdot\\mathrm{再現率}}{\\mathrm{適合率} + \\mathrm{再現率}}$$');
    expect(warn).toHaveBeenCalled();
    warn.mockClear();
    renderMarkdown('$$F_1 = \\frac{2\\,\\text{適合率}\\cdot\\text{再現率}}{\\text{適合率} + \\text{再現率}}$$');
    expect(warn).not.toHaveBeenCalled();
  });
});
