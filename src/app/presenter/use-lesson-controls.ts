import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonEntry, LessonModule } from '../../notebook/lesson-types';
import { goPresenter, PRESENTER_OFF, readPresenter, stepCell, type PresenterState } from './presenter-state';
import { presenterCells } from './presenter-view';

/**
 * Runs a cell: presses its own action (`[data-cell-run]`: Load data, Train,
 * Generate…) when it has one and it is available; a cell without one runs the
 * notebook (`runAll`), which is what makes its output.
 */
export function runCellElement(cell: Element | null, runAll: () => void): void {
  const button = cell?.querySelector<HTMLButtonElement>('[data-cell-run]');
  if (!button) return runAll();
  if (!button.disabled && button.getAttribute('aria-disabled') !== 'true') button.click();
}

/** An element where typing goes (arrow and letter keys belong to it). */
function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Controls that use the arrow keys themselves: sliders, the class picker, chart toolbars, segmented choices. */
const OWNS_ARROWS = 'input[type="range"], .nb-class-picker, [role="toolbar"], [role="radiogroup"], .al-grid--scrolls';

/** What the lesson page's keyboard shortcuts and presenter bar need. */
export interface LessonControls {
  presenter: PresenterState;
  togglePresenter(): void;
  exitPresenter(): void;
  setPresenter(next: PresenterState, history: 'push' | 'replace'): void;
  runCell(cellId: string): void;
  shortcutsOpen: boolean;
  openShortcuts(): void;
  closeShortcuts(): void;
}

/**
 * Presenter mode (from the address's view keys) and the lesson page's keyboard
 * shortcuts: `?` lists them, `P` toggles presenter mode, Shift+Enter runs the
 * cell holding the focus; in presenter mode ← → / Page Up / Page Down step
 * through the cells, Space or Enter on the stage runs the cell, `T` folds the
 * text, Escape leaves (the focus goes back to the presenter switch).
 */
export function useLessonControls(entry: LessonEntry, module: LessonModule | null, view: string | undefined, runAll: () => void): LessonControls {
  const presenter = readPresenter(view);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const live = useRef({ presenter, module, runAll, shortcutsOpen });
  live.current = { presenter, module, runAll, shortcutsOpen };

  const setPresenter = useCallback((next: PresenterState, history: 'push' | 'replace') => goPresenter(next, history), []);
  const exitPresenter = useCallback(() => goPresenter(PRESENTER_OFF, 'replace'), []);
  const togglePresenter = useCallback(() => {
    if (live.current.presenter.on) return goPresenter(PRESENTER_OFF, 'replace');
    // Start at the cell that holds the focus, if any.
    const cell = document.activeElement?.closest('[data-cell-id]')?.getAttribute('data-cell-id') ?? null;
    goPresenter({ on: true, cell, pair: null, text: true }, 'push');
  }, []);
  const runCell = useCallback((cellId: string) => {
    runCellElement(document.querySelector(`[data-cell-id="${cellId.replace(/["\\]/g, '\\$&')}"]`), live.current.runAll);
  }, []);

  // Leaving presenter mode gives the focus back to its switch in the header.
  const wasOn = useRef(presenter.on);
  useEffect(() => {
    if (wasOn.current && !presenter.on) document.querySelector<HTMLElement>('[data-testid="presenter-toggle"]')?.focus();
    wasOn.current = presenter.on;
  }, [presenter.on]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { presenter: p, module: m, shortcutsOpen: listOpen } = live.current;
      if (!m || e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || listOpen) return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (target.closest('dialog[open], details[open]')) return;
      const typing = isTextEntry(target);
      const handled = () => e.preventDefault();
      if (e.key === '?' && !typing) return handled(), setShortcutsOpen(true);
      if (e.key === 'Enter' && e.shiftKey && !(target instanceof HTMLTextAreaElement)) {
        const cell = target.closest('[data-cell-id]')?.getAttribute('data-cell-id') ?? (p.on ? document.querySelector('[data-testid="presenter-stage"]')?.getAttribute('data-cell') : null);
        if (cell) return handled(), runCell(cell);
        return;
      }
      if ((e.key === 'p' || e.key === 'P') && !typing) return handled(), togglePresenter();
      if (!p.on) return;
      if (e.key === 'Escape') return handled(), exitPresenter();
      if ((e.key === 't' || e.key === 'T') && !typing) return handled(), goPresenter({ ...p, text: !p.text }, 'replace');
      const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[e.key];
      if (step !== undefined && !typing && !target.closest(OWNS_ARROWS)) {
        const ids = presenterCells(entry, m).map((c) => c.id);
        handled();
        return goPresenter({ ...p, cell: stepCell(ids, p.cell, step) }, 'replace');
      }
      const onStage = target.matches('[data-testid="presenter-stage"], body');
      if ((e.key === ' ' || e.key === 'Enter') && onStage) {
        const cell = document.querySelector('[data-testid="presenter-stage"]')?.getAttribute('data-cell');
        if (cell) return handled(), runCell(cell);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [entry, exitPresenter, runCell, togglePresenter]);

  return {
    presenter,
    togglePresenter,
    exitPresenter,
    setPresenter,
    runCell,
    shortcutsOpen,
    openShortcuts: useCallback(() => setShortcutsOpen(true), []),
    closeShortcuts: useCallback(() => setShortcutsOpen(false), []),
  };
}
