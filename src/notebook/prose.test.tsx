import { act, cleanup, configure, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../stores/settings-store';
import { loadGlossary, loadProse, prosePath, type ProseLoader } from './prose';
import { Prose } from './prose-view';

/** Generous waits: the suite shares the CPU with other test files. */
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const files = (entries: Record<string, string>): Record<string, ProseLoader> =>
  Object.fromEntries(Object.entries(entries).map(([path, text]) => [path, () => Promise.resolve(text)]));

describe('loadProse', () => {
  const source = files({
    '/lessons/demo/intro.en.md': 'Hello',
    '/lessons/demo/intro.ja.md': 'こんにちは',
    '/lessons/demo/data.en.md': 'Data',
  });

  it('loads the file of the requested language', async () => {
    expect(prosePath('demo', 'intro', 'ja')).toBe('/lessons/demo/intro.ja.md');
    expect(await loadProse('demo', 'intro', 'ja', source)).toBe('こんにちは');
    expect(await loadProse('demo', 'intro', 'en', source)).toBe('Hello');
  });

  it('falls back to English when the translation is missing, and to null without prose', async () => {
    expect(await loadProse('demo', 'data', 'ja', source)).toBe('Data');
    expect(await loadProse('demo', 'nothing', 'ja', source)).toBeNull();
  });
});

describe('loadGlossary', () => {
  it('loads the bundled glossary in either language, with the terms the interface uses', async () => {
    expect(await loadGlossary('en')).toContain('**false alarm** (誤検出)');
    expect(await loadGlossary('ja')).toContain('**誤検出**（false alarm）');
  });

  it('falls back to English, and to null without a glossary', async () => {
    expect(await loadGlossary('ja', files({ '/lessons/glossary.en.md': 'Terms' }))).toBe('Terms');
    expect(await loadGlossary('en', files({}))).toBeNull();
  });
});

describe('Prose', () => {
  it('renders the current language with KaTeX and follows a language switch', async () => {
    const texts: Record<string, string> = {
      en: 'The score is $e = \\lVert x - \\hat{x} \\rVert^2$.',
      ja: '異常度は $e = \\lVert x - \\hat{x} \\rVert^2$ です。',
    };
    const source = (_lesson: string, _cell: string, lang: 'en' | 'ja') => Promise.resolve(texts[lang]);
    const { container, rerender } = render(<Prose lessonId="prose-test" cellId="score" lang="en" source={source} />);
    await waitFor(() => expect(container.querySelector('.prose .katex')).not.toBeNull());
    expect(container.querySelector('.prose')?.textContent).toContain('The score is');
    expect(container.querySelector('annotation')?.textContent).toBe('e = \\lVert x - \\hat{x} \\rVert^2');

    act(() => setLang('ja'));
    rerender(<Prose lessonId="prose-test" cellId="score" lang="ja" source={source} />);
    await waitFor(() => expect(container.querySelector('.prose')?.textContent).toContain('異常度は'));
    expect(container.querySelector('.prose')?.getAttribute('lang')).toBe('ja');
    expect(container.querySelector('.prose .katex')).not.toBeNull();
  });

  it('renders nothing for a cell without prose and a message when loading fails', async () => {
    const none = render(<Prose lessonId="prose-test" cellId="none" lang="en" source={() => Promise.resolve(null)} />);
    await waitFor(() => expect(none.container.querySelector('.prose--loading')).toBeNull());
    expect(none.container.innerHTML).toBe('');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = render(<Prose lessonId="prose-test" cellId="broken" lang="en" source={() => Promise.reject(new Error('offline'))} />);
    await waitFor(() => expect(failing.container.querySelector('.prose--error')?.textContent).toContain('could not be loaded'));
    expect(logged).toHaveBeenCalled();
  });
});
