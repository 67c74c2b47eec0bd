import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noSettings } from '../notebook/settings/lesson-settings';
import type { LessonEntry, LessonModule } from '../notebook/lesson-types';
import { setLang } from '../stores/settings-store';
import { App } from './app';

/** Generous waits: the suite shares the CPU with other test files. */
configure({ asyncUtilTimeout: 5000 });

const module: LessonModule = {
  cells: [{ id: 'only', title: { en: 'The only cell', ja: '唯一のセル' }, Body: () => <p>body</p> }],
  useStale: () => ({}),
  useBusy: () => false,
  runAll: () => Promise.resolve(),
  settings: noSettings(),
};

const LESSONS: LessonEntry[] = [
  {
    id: 'first',
    seed: '000',
    status: 'ready',
    title: { en: 'First lesson', ja: '最初のレッスン' },
    summary: { en: 'Ready to open.', ja: 'すぐに開けます。' },
    load: () => Promise.resolve(module),
  },
  {
    id: 'second',
    seed: '002',
    status: 'in-progress',
    title: { en: 'Second lesson', ja: '二つ目のレッスン' },
    summary: { en: 'Being written.', ja: '作成中です。' },
  },
  {
    id: 'third',
    seed: '004',
    status: 'planned',
    title: { en: 'Third lesson', ja: '三つ目のレッスン' },
    summary: { en: 'Later.', ja: 'あとで。' },
  },
];

function go(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const scrollTo = vi.fn();

beforeEach(() => {
  setLang('en');
  window.location.hash = '#/';
  scrollTo.mockClear();
  window.scrollTo = scrollTo as typeof window.scrollTo;
});
afterEach(cleanup);

describe('home page', () => {
  it('lists every lesson with title, summary, seed and status; only ready ones link', () => {
    render(<App lessons={LESSONS} proseSource={() => Promise.resolve(null)} />);
    const first = screen.getByTestId('lesson-card-first');
    expect(first.tagName).toBe('A');
    expect(first.getAttribute('href')).toBe('#/lesson/first');
    expect(first.querySelector('h3')?.textContent).toBe('First lesson');
    expect(first.textContent).toContain('Ready to open.');
    expect(first.textContent).toContain('Post 000');
    expect(first.querySelector('[data-status]')?.textContent).toBe('Ready');

    const second = screen.getByTestId('lesson-card-second');
    expect(second.tagName).toBe('DIV');
    expect(second.getAttribute('aria-disabled')).toBe('true');
    expect(second.querySelector('[data-status]')?.textContent).toBe('In progress');
    expect(screen.getByTestId('lesson-card-third').querySelector('[data-status]')?.textContent).toBe('Planned');
    expect(document.querySelectorAll('a[href^="#/lesson/"]')).toHaveLength(2);
    expect(document.title).toBe('Anomaly Lab');
  });

  it('switches the whole page to Japanese', () => {
    render(<App lessons={LESSONS} />);
    fireEvent.click(screen.getByTestId('lang-ja'));
    expect(screen.getByTestId('lesson-card-first').querySelector('h3')?.textContent).toBe('最初のレッスン');
    expect(screen.getByTestId('lesson-card-first').textContent).toContain('記事 000');
    expect(screen.getByTestId('lesson-card-third').querySelector('[data-status]')?.textContent).toBe('準備中');
    expect(document.querySelector('h1')?.textContent).toBe('「いつもと違う」を見つける方法を学ぼう。');
    expect(document.documentElement.lang).toBe('ja');
  });
});

describe('routing', () => {
  it('opens a lesson from its hash and goes back home', async () => {
    render(<App lessons={LESSONS} proseSource={() => Promise.resolve(null)} />);
    expect(scrollTo).not.toHaveBeenCalled();
    go('#/lesson/first');
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
    expect((await screen.findByTestId('cell-only')).querySelector('h2')?.textContent).toBe('The only cell');
    expect(document.title).toBe('First lesson · Anomaly Lab');
    go('#/');
    expect(screen.getByTestId('lesson-card-first')).toBeTruthy();
    expect(screen.queryByTestId('cell-only')).toBeNull();
  });

  it('shows a friendly not-found page with a link home for unknown paths and lessons', () => {
    render(<App lessons={LESSONS} />);
    for (const hash of ['#/nowhere', '#/lesson/missing']) {
      go(hash);
      const message = screen.getByTestId('message-page');
      expect(message.querySelector('h1')?.textContent).toBe('Nothing here');
      expect(message.querySelector('a')?.getAttribute('href')).toBe('#/');
    }
  });

  it('shows the glossary at #/glossary, linked from the home page, with a way back', async () => {
    render(<App lessons={LESSONS} />);
    go('#/');
    expect(screen.getByTestId('glossary-link').getAttribute('href')).toBe('#/glossary');
    go('#/glossary');
    const page = screen.getByTestId('glossary-page');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('#/');
    expect(document.title).toBe('Glossary · Anomaly Lab');
    await vi.waitFor(() => expect(page.querySelector('.prose h1')?.textContent).toBe('Glossary'), { timeout: 5000 });
  });

  it('shows a glossary entry at #/glossary/<entry>: scrolled to, marked and focused, again after a language switch', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    Element.prototype.scrollIntoView = scrollIntoView;
    render(<App lessons={LESSONS} />);
    go('#/glossary/pixel-auroc');
    const page = screen.getByTestId('glossary-page');
    await vi.waitFor(() => expect(page.querySelector('.term--target')).not.toBeNull(), { timeout: 5000 });
    const item = page.querySelector('.term--target')!;
    expect(item.tagName).toBe('LI');
    expect(item.querySelector('#term-pixel-auroc')).not.toBeNull();
    expect(item.textContent).toMatch(/^pixel AUROC \(画素 AUROC\): the AUC with every pixel/);
    await vi.waitFor(() => expect(document.activeElement).toBe(item));
    expect(scrolled.at(-1)).toBe(item);
    expect(page.querySelectorAll('.term--target')).toHaveLength(1);
    act(() => setLang('ja'));
    await vi.waitFor(() => expect(page.querySelector('.term--target')?.textContent).toMatch(/^画素 AUROC（pixel AUROC）/), { timeout: 5000 });
    expect(page.querySelectorAll('.term--target')).toHaveLength(1);
  });

  it('says a lesson that is not ready yet is not available', () => {
    render(<App lessons={LESSONS} />);
    go('#/lesson/third');
    expect(screen.getByTestId('message-page').querySelector('h1')?.textContent).toBe('Third lesson');
    expect(screen.getByTestId('message-page').textContent).toContain('This lesson is planned');
  });
});
