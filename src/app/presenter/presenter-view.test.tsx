import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellDef, LessonEntry, LessonModule } from '../../notebook/lesson-types';
import { noSettings } from '../../notebook/settings/lesson-settings';
import { setLang } from '../../stores/settings-store';
import { App } from '../app';

/** A lesson of three cells; the middle one has its own action (`data-cell-run`). Loaded modules are cached by id: one id per test. */
function lesson(id: string): { entry: LessonEntry; runs: string[] } {
  const runs: string[] = [];
  const cell = (id: string, withAction = false): CellDef => ({
    id,
    title: { en: `Cell ${id}`, ja: `セル ${id}` },
    Body: () =>
      withAction ? (
        <button type="button" data-cell-run="" onClick={() => runs.push(id)}>
          act
        </button>
      ) : (
        <p>body {id}</p>
      ),
  });
  const module: LessonModule = {
    cells: [cell('a'), cell('b', true), cell('c')],
    useStale: () => ({}),
    useBusy: () => false,
    settings: noSettings(),
    runAll: async () => void runs.push('all'),
  };
  const entry: LessonEntry = { id, seed: '000', status: 'ready', title: { en: 'Demo', ja: 'デモ' }, summary: { en: 'Demo.', ja: 'デモ。' }, load: () => Promise.resolve(module) };
  return { entry, runs };
}

const key = (k: string, target: Element | Document = document, init: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(target, { key: k, ...init }));
const stage = () => screen.getByTestId('presenter-stage');

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('presenter mode', () => {
  it('opens from the address, steps with the arrow keys, runs the cell, folds the text and leaves with Escape', async () => {
    const { entry, runs } = lesson('demo1');
    window.location.hash = '#/lesson/demo1?present=1&cell=a';
    render(<App lessons={[entry]} proseSource={() => Promise.resolve(null)} />);
    await screen.findByTestId('presenter-stage');
    expect(stage().getAttribute('data-cell')).toBe('a');
    // The stage takes the focus in an effect after it mounts (late on a loaded machine).
    await waitFor(() => expect(document.activeElement).toBe(stage()));
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    expect(screen.queryByTestId('cell-a')).toBeNull();

    key('ArrowRight', stage());
    expect(stage().getAttribute('data-cell')).toBe('b');
    expect(window.location.hash).toBe('#/lesson/demo1?present=1&cell=b');
    expect(stage().getAttribute('aria-label')).toBe('Cell 2 of 3: Cell b');
    // Enter on the stage presses the cell's own action; a cell without one runs the notebook.
    key('Enter', stage());
    key('ArrowRight', stage());
    key(' ', stage());
    expect(runs).toEqual(['b', 'all']);
    key('ArrowRight', stage());
    expect(stage().getAttribute('data-cell')).toBe('c');
    key('t', stage());
    expect(window.location.hash).toBe('#/lesson/demo1?present=1&cell=c&text=0');

    key('Escape', stage());
    expect(screen.queryByTestId('presenter-stage')).toBeNull();
    expect(screen.getByTestId('cell-a')).toBeTruthy();
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
    expect(document.activeElement).toBe(screen.getByTestId('presenter-toggle'));
  });

  it('P opens it at the cell holding the focus, and a pair shows two cells', async () => {
    const { entry } = lesson('demo2');
    window.location.hash = '#/lesson/demo2';
    render(<App lessons={[entry]} proseSource={() => Promise.resolve(null)} />);
    const button = (await screen.findByTestId('cell-b')).querySelector('button')!;
    button.focus();
    key('p', button);
    // Turning presenter mode on adds a history entry: the route hears of it asynchronously.
    expect((await screen.findByTestId('presenter-stage')).getAttribute('data-cell')).toBe('b');
    act(() => void fireEvent.change(screen.getByTestId('presenter-pair'), { target: { value: 'c' } }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-cell-id'))).toEqual(['b', 'c']);
  });

  it('Shift+Enter runs the cell that holds the focus: its own action, else the notebook', async () => {
    const { entry, runs } = lesson('demo3');
    window.location.hash = '#/lesson/demo3';
    render(<App lessons={[entry]} proseSource={() => Promise.resolve(null)} />);
    const button = (await screen.findByTestId('cell-b')).querySelector('button')!;
    key('Enter', button, { shiftKey: true });
    const cellA = screen.getByTestId('cell-a');
    cellA.setAttribute('tabindex', '-1');
    key('Enter', cellA, { shiftKey: true });
    expect(runs).toEqual(['b', 'all']);
  });

  it('? lists the keyboard shortcuts', async () => {
    const { entry } = lesson('demo4');
    window.location.hash = '#/lesson/demo4';
    render(<App lessons={[entry]} proseSource={() => Promise.resolve(null)} />);
    await screen.findByTestId('cell-a');
    key('?');
    expect(screen.getByTestId('shortcuts-dialog').hasAttribute('open')).toBe(true);
    expect(screen.getByTestId('shortcuts-dialog').textContent).toContain('Shift + Enter');
  });
});
