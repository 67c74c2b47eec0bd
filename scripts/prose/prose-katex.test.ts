import katex from 'katex';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '../../src/notebook/markdown';
import { allProseFiles } from './prose-files';

/** The formulas the app renders for one Markdown file (its own tokenizer decides what is math). */
function formulas(markdown: string): { tex: string; display: boolean }[] {
  const found: { tex: string; display: boolean }[] = [];
  const spy = vi.spyOn(katex, 'renderToString').mockImplementation((tex, options) => {
    found.push({ tex, display: options?.displayMode ?? false });
    return '';
  });
  try {
    renderMarkdown(markdown);
  } finally {
    spy.mockRestore();
  }
  return found;
}

/** KaTeX's strict-mode warnings (and parse errors) for one formula. */
function problems(tex: string, display: boolean): string[] {
  const out: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    out.push(args.map(String).join(' '));
  });
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'warn' });
  } catch (e) {
    out.push(`error: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    warn.mockRestore();
  }
  return out;
}

describe('KaTeX in the prose', () => {
  afterEach(() => vi.restoreAllMocks());
  const files = allProseFiles();

  it('finds the prose, with formulas in both languages', () => {
    expect(files.filter((f) => f.path.endsWith('.ja.md')).length).toBeGreaterThan(20);
    expect(files.filter((f) => f.path.endsWith('.en.md')).length).toBeGreaterThan(20);
    expect(formulas(files.find((f) => f.path === 'dense-ae/threshold.ja.md')?.markdown ?? '').length).toBeGreaterThan(2);
  });

  it('records a warning for Japanese inside \\mathrm (the check can fail)', () => {
    expect(problems('\\mathrm{適合率}', false).join('\n')).toMatch(/LaTeX-incompatible|unicode/i);
    expect(problems('\\text{適合率}', false)).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f.markdown]))('%s renders every formula without a warning', (_path, markdown) => {
    const bad = formulas(markdown).flatMap(({ tex, display }) => problems(tex, display).map((p) => `${tex} → ${p}`));
    expect(bad).toEqual([]);
  });
});
