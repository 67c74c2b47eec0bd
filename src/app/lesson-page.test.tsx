import { noSettings } from '../notebook/settings/lesson-settings';
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { CellDef, LessonEntry, LessonModule } from '../notebook/lesson-types';
import { setLang } from '../stores/settings-store';
import { LessonPage } from './lesson-page';
import { resetBusyLessons, setLessonBusy } from '../notebook/busy-lessons';

/** Generous waits: the suite shares the CPU with other test files. */
configure({ asyncUtilTimeout: 5000 });

/** A controllable fake lesson for the shell's tests: `finish()` ends a pending Run all. */
function fakeLesson(id: string, cells: CellDef[], stale: Record<string, boolean> = {}) {
  const store = create(() => ({ busy: false, stale }));
  let finish: (error?: Error) => void = () => undefined;
  const module: LessonModule = {
    cells,
    useStale: () => store((s) => s.stale),
    useBusy: () => store((s) => s.busy),
    settings: noSettings(),
    runAll: () => {
      store.setState({ busy: true });
      return new Promise<void>((resolve, reject) => {
        finish = (error) => {
          store.setState({ busy: false, stale: error ? store.getState().stale : {} });
          if (error) reject(error);
          else resolve();
        };
      });
    },
  };
  const entry: LessonEntry = {
    id,
    seed: '042',
    status: 'ready',
    title: { en: `Lesson ${id}`, ja: `レッスン ${id}` },
    summary: { en: 'A lesson for tests.', ja: 'テスト用のレッスン。' },
    load: () => Promise.resolve(module),
  };
  return { entry, module, store, finish: (error?: Error) => finish(error) };
}

/** A cell whose body is a fixed text. */
function textCell(id: string, en: string, ja: string, body = `body of ${id}`): CellDef {
  return { id, title: { en, ja }, Body: () => <p data-testid={`body-${id}`}>{body}</p> };
}

const noProse = () => Promise.resolve(null);

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('LessonPage', () => {
  it('warns, under the header, while another lesson trains, and links to it', async () => {
    const lesson = fakeLesson('calm', [textCell('intro', 'Intro', '導入')]);
    render(<LessonPage entry={lesson.entry} number={2} proseSource={noProse} />);
    expect(screen.queryByTestId('busy-elsewhere')).toBeNull();
    act(() => setLessonBusy('dense-ae', true));
    const note = screen.getByTestId('busy-elsewhere');
    expect(note.textContent).toContain('“Dense autoencoder: MNIST 1 vs 9” is still training. One model trains at a time: a run started here stops it');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('#/lesson/dense-ae');
    act(() => setLessonBusy('dense-ae', false));
    expect(screen.queryByTestId('busy-elsewhere')).toBeNull();
    resetBusyLessons();
  });

  it('shows a loading state, then every cell in order with its number, title and stale state', async () => {
    const lesson = fakeLesson('cells', [textCell('intro', 'Intro', '導入'), textCell('train', 'Train', '学習')], { train: true });
    let release: () => void = () => undefined;
    const entry: LessonEntry = { ...lesson.entry, load: () => new Promise((resolve) => (release = () => resolve(lesson.module))) };
    const { container } = render(<LessonPage entry={entry} number={3} proseSource={noProse} />);
    expect(screen.getByTestId('lesson-loading').textContent).toContain('Loading the lesson');
    expect(screen.getByTestId('run-all').getAttribute('aria-disabled')).toBe('true');

    await act(async () => release());
    const cells = [...container.querySelectorAll('section.cell')];
    expect(cells.map((c) => c.getAttribute('data-testid'))).toEqual(['cell-intro', 'cell-train']);
    expect(cells.map((c) => c.querySelector('.cell__num')?.textContent)).toEqual(['01', '02']);
    expect(cells.map((c) => c.querySelector('h2')?.textContent)).toEqual(['Intro', 'Train']);
    expect(screen.getByTestId('cell-intro').getAttribute('data-stale')).toBe('false');
    expect(screen.getByTestId('cell-train').getAttribute('data-stale')).toBe('true');
    expect(screen.queryByTestId('stale-intro')).toBeNull();
    expect(screen.getByTestId('stale-train').textContent).toBe('stale — re-run');
    expect(screen.getByTestId('body-train').textContent).toBe('body of train');
    expect(container.querySelector('.eyebrow')?.textContent).toContain('Lesson 3 · Post 042 · Glossary');
    expect(screen.getByTestId('lesson-glossary-link').getAttribute('href')).toBe('#/glossary');
  });

  it('disables Run all while the lesson is busy and clears stale markers after the run', async () => {
    const lesson = fakeLesson('busy', [textCell('train', 'Train', '学習')], { train: true });
    render(<LessonPage entry={lesson.entry} number={1} proseSource={noProse} />);
    await screen.findByTestId('cell-train');
    const button = screen.getByTestId('run-all') as HTMLButtonElement;
    const unavailable = () => button.getAttribute('aria-disabled') === 'true';
    expect(unavailable()).toBe(false);
    expect(button.textContent).toBe('Run all');

    fireEvent.click(button);
    expect(unavailable()).toBe(true);
    expect(button.textContent).toBe('Running…');
    fireEvent.click(button);

    await act(async () => lesson.finish());
    expect(unavailable()).toBe(false);
    expect(screen.getByTestId('cell-train').getAttribute('data-stale')).toBe('false');
  });

  it('reports a failed Run all in a dismissible banner', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lesson = fakeLesson('fails', [textCell('train', 'Train', '学習')]);
    render(<LessonPage entry={lesson.entry} number={1} proseSource={noProse} />);
    await screen.findByTestId('cell-train');
    fireEvent.click(screen.getByTestId('run-all'));
    await act(async () => lesson.finish(new Error('the worker ran out of memory')));
    expect(screen.getByTestId('run-all-error').textContent).toContain('Run all stopped: the worker ran out of memory');
    fireEvent.click(screen.getByText('Dismiss'));
    expect(screen.queryByTestId('run-all-error')).toBeNull();
  });

  it('explains a load failure and loads on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lesson = fakeLesson('flaky', [textCell('intro', 'Intro', '導入')]);
    const load = vi
      .fn<() => Promise<LessonModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(lesson.module);
    render(<LessonPage entry={{ ...lesson.entry, load }} number={1} proseSource={noProse} />);
    const failure = await screen.findByTestId('lesson-load-error');
    expect(failure.textContent).toContain('This lesson could not be loaded');
    expect(failure.textContent).toContain('Failed to fetch dynamically imported module');
    fireEvent.click(screen.getByTestId('lesson-retry'));
    expect((await screen.findByTestId('cell-intro')).querySelector('h2')?.textContent).toBe('Intro');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the other cells alive when one cell throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const Exploding = () => {
      if (broken) throw new Error('x is undefined');
      return <p data-testid="body-bad">recovered</p>;
    };
    const cells = [textCell('a', 'A', 'A'), { id: 'bad', title: { en: 'Bad', ja: '不具合' }, Body: Exploding }, textCell('c', 'C', 'C')];
    const lesson = fakeLesson('crash', cells);
    render(<LessonPage entry={lesson.entry} number={1} proseSource={noProse} />);
    const bad = await screen.findByTestId('cell-bad');
    expect(bad.querySelector('[role="alert"]')?.textContent).toContain('x is undefined');
    expect(bad.querySelector('h2')?.textContent).toBe('Bad');
    expect(screen.getByTestId('body-a').textContent).toBe('body of a');
    expect(screen.getByTestId('body-c').textContent).toBe('body of c');
    broken = false;
    fireEvent.click(screen.getByText('Reload cell'));
    expect(screen.getByTestId('body-bad').textContent).toBe('recovered');
  });

  it('switches cell titles, labels and prose language with the toggle', async () => {
    const lesson = fakeLesson('i18n', [textCell('intro', 'Intro', '導入')], { intro: true });
    const prose = (_l: string, _c: string, lang: 'en' | 'ja') => Promise.resolve(lang === 'en' ? 'Loss $L$ here.' : '損失 $L$ です。');
    render(<LessonPage entry={lesson.entry} number={1} proseSource={prose} />);
    const cell = await screen.findByTestId('cell-intro');
    await waitFor(() => expect(cell.querySelector('.prose')?.textContent).toContain('Loss'));
    expect(cell.querySelector('.prose .katex annotation')?.textContent).toBe('L');
    fireEvent.click(screen.getByTestId('lang-ja'));
    expect(cell.querySelector('h2')?.textContent).toBe('導入');
    expect(screen.getByTestId('run-all').textContent).toBe('すべて実行');
    expect(screen.getByTestId('stale-intro').textContent).toContain('再実行');
    await waitFor(() => expect(cell.querySelector('.prose')?.textContent).toContain('損失'));
    expect(cell.querySelector('.prose .katex')).not.toBeNull();
  });

  it('shows a message instead of a notebook for a lesson that is not ready', () => {
    const lesson = fakeLesson('later', []);
    render(<LessonPage entry={{ ...lesson.entry, status: 'planned', load: undefined }} number={4} />);
    const message = screen.getByTestId('message-page');
    expect(message.querySelector('h1')?.textContent).toBe('Lesson later');
    expect(message.textContent).toContain('This lesson is planned');
    expect(message.querySelector('a')?.getAttribute('href')).toBe('#/');
    expect(screen.queryByTestId('run-all')).toBeNull();
  });
});
