import { lazy, Suspense, useEffect, useMemo, useRef, type ComponentType } from 'react';
import { CLASSROOM_TEXT, useClassroomText } from '../../i18n/classroom-text';
import type { Lang } from '../../i18n/lang';
import { useT } from '../../i18n/strings';
import { LIVE_VIEWS } from '../../lessons/live-views';
import { CellErrorBoundary } from '../../notebook/cell-error-boundary';
import type { CellDef, LessonEntry, LessonModule } from '../../notebook/lesson-types';
import { Prose, type ProseSource } from '../../notebook/prose-view';
import { LanguageToggle } from '../language-toggle';
import type { PresenterState } from './presenter-state';
import './presenter.css';

/** The id of a lesson's live view among its cells. */
export const LIVE_ID = 'live';

const liveBodies = new Map<string, ComponentType>();

/** A lesson's live view as a cell (lazily loaded), or null when it has none. */
function liveCell(lessonId: string): CellDef | null {
  const load = LIVE_VIEWS[lessonId];
  if (!load) return null;
  let Body = liveBodies.get(lessonId);
  if (!Body) {
    Body = lazy(() => load().then((View) => ({ default: View })));
    liveBodies.set(lessonId, Body);
  }
  return { id: LIVE_ID, title: { en: CLASSROOM_TEXT.en.liveView, ja: CLASSROOM_TEXT.ja.liveView }, Body };
}

/** The cells presenter mode steps through: the lesson's, then its live view. */
export function presenterCells(entry: LessonEntry, module: LessonModule): CellDef[] {
  const live = liveCell(entry.id);
  return live ? [...module.cells, live] : module.cells;
}

interface PresenterCellProps {
  lessonId: string;
  cell: CellDef;
  index: number;
  lang: Lang;
  text: boolean;
  stale: boolean;
  proseSource?: ProseSource;
  subscribe?: (onChange: () => void) => () => void;
}

/** One cell on the stage: number and title, its text unless folded, and its body. */
function PresenterCell({ lessonId, cell, index, lang, text, stale, proseSource, subscribe }: PresenterCellProps) {
  const t = useT();
  const { Body } = cell;
  const titleId = `presenter-title-${cell.id}`;
  return (
    <article className="presenter-cell" data-cell-id={cell.id} data-testid={`presenter-cell-${cell.id}`} data-stale={stale ? 'true' : 'false'} aria-labelledby={titleId}>
      <header className="presenter-cell__head">
        <span className="cell__num">{String(index).padStart(2, '0')}</span>
        <h2 className="presenter-cell__title" id={titleId}>
          {cell.title[lang]}
        </h2>
        {stale ? (
          <span className="cell__stale" title={t.staleHint}>
            {t.stale}
          </span>
        ) : null}
      </header>
      {text ? <Prose lessonId={lessonId} cellId={cell.id} lang={lang} source={proseSource} /> : null}
      <div className="presenter-cell__body">
        <CellErrorBoundary message={t.cellCrashed} retryLabel={t.cellRetry} subscribe={subscribe}>
          <Suspense fallback={null}>
            <Body />
          </Suspense>
        </CellErrorBoundary>
      </div>
    </article>
  );
}

/** Props of `PresenterView`. */
export interface PresenterViewProps {
  entry: LessonEntry;
  module: LessonModule;
  state: PresenterState;
  lang: Lang;
  proseSource?: ProseSource;
  /** Moves to another state (a cell, its pair, folded text); `history` as in `goPresenter`. */
  onChange(next: PresenterState, history: 'push' | 'replace'): void;
  onRunCell(cellId: string): void;
  onExit(): void;
}

/**
 * Presenter mode: one cell, or a chosen pair side by side, filling the screen
 * in large type, with a bar to step through the cells, pair one, fold the text
 * away, run the cell and leave. The stage takes the focus on entry; the
 * current cell is announced when it changes.
 */
export function PresenterView({ entry, module, state, lang, proseSource, onChange, onRunCell, onExit }: PresenterViewProps) {
  const c = useClassroomText();
  const stale = module.useStale();
  const cells = useMemo(() => presenterCells(entry, module), [entry, module]);
  const ids = cells.map((cell) => cell.id);
  const at = Math.max(0, state.cell === null ? 0 : ids.indexOf(state.cell));
  const current = cells[at];
  const pair = state.pair !== null && state.pair !== current.id ? cells.find((cell) => cell.id === state.pair) ?? null : null;
  const stage = useRef<HTMLElement>(null);
  const name = c.cellOf(at + 1, cells.length, current.title[lang]);

  useEffect(() => {
    // Large type for the whole page (rem-based sizes) and larger charts (--al-chart-scale), while presenting.
    document.documentElement.classList.add('presenting');
    stage.current?.focus({ preventScroll: true });
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  const go = (index: number) => onChange({ ...state, cell: ids[Math.min(ids.length - 1, Math.max(0, index))] }, 'replace');
  const shown = pair ? [current, pair] : [current];
  return (
    <div className="presenter" data-testid="presenter">
      <div className="presenter__bar" role="group" aria-label={c.presenterControls}>
        <button type="button" className="btn btn--small" data-testid="presenter-prev" aria-disabled={at === 0 || undefined} aria-keyshortcuts="ArrowLeft" onClick={() => at > 0 && go(at - 1)}>
          <span aria-hidden="true">←</span> {c.previousCell}
        </button>
        <span className="presenter__where" data-testid="presenter-where">
          {at + 1} / {cells.length}
        </span>
        <button type="button" className="btn btn--small" data-testid="presenter-next" aria-disabled={at === cells.length - 1 || undefined} aria-keyshortcuts="ArrowRight" onClick={() => at < cells.length - 1 && go(at + 1)}>
          {c.nextCell} <span aria-hidden="true">→</span>
        </button>
        <label className="presenter__pair">
          <span>{c.pairWith}</span>
          <select data-testid="presenter-pair" value={pair?.id ?? ''} onChange={(e) => onChange({ ...state, pair: e.target.value || null }, 'replace')}>
            <option value="">{c.pairNone}</option>
            {cells
              .filter((cell) => cell.id !== current.id)
              .map((cell) => (
                <option key={cell.id} value={cell.id}>
                  {cell.title[lang]}
                </option>
              ))}
          </select>
        </label>
        <button type="button" className="btn btn--small" aria-pressed={state.text} aria-keyshortcuts="T" data-testid="presenter-text" onClick={() => onChange({ ...state, text: !state.text }, 'replace')}>
          {c.showText}
        </button>
        <button type="button" className="btn btn--small btn--primary" data-testid="presenter-run" aria-keyshortcuts="Enter" onClick={() => onRunCell(current.id)}>
          {c.runCell}
        </button>
        <span className="presenter__exit">
          <LanguageToggle />
        </span>
        <button type="button" className="btn btn--small btn--ghost" data-testid="presenter-exit" aria-keyshortcuts="Escape" onClick={onExit}>
          {c.exitPresent} <span aria-hidden="true">✕</span>
        </button>
      </div>
      <section
        ref={stage}
        className={`presenter__stage${pair ? ' presenter__stage--pair' : ''}`}
        tabIndex={-1}
        aria-label={name}
        data-testid="presenter-stage"
        data-cell={current.id}
      >
        {shown.map((cell) => (
          <PresenterCell
            key={cell.id}
            lessonId={entry.id}
            cell={cell}
            index={ids.indexOf(cell.id) + 1}
            lang={lang}
            text={state.text}
            stale={stale[cell.id] === true}
            proseSource={proseSource}
            subscribe={module.subscribe}
          />
        ))}
      </section>
      <p className="sr-only" role="status" data-testid="presenter-announce">
        {name}
      </p>
    </div>
  );
}
