import { withViewParams } from '../../notebook/settings/view-params';
import { replaceHash } from '../use-hash-route';

/** Presenter mode as the address holds it: `present=1&cell=train&pair=roc&text=0`. */
export interface PresenterState {
  on: boolean;
  /** The cell on screen (null: the first). */
  cell: string | null;
  /** A second cell shown beside it, or null. */
  pair: string | null;
  /** The cells' text is shown (`text=0` folds it away). */
  text: boolean;
}

/** Presenter mode off. */
export const PRESENTER_OFF: PresenterState = { on: false, cell: null, pair: null, text: true };

/** Reads the view keys of a lesson address (see `splitViewParams`). */
export function readPresenter(view = ''): PresenterState {
  const q = new URLSearchParams(view);
  if (q.get('present') !== '1') return PRESENTER_OFF;
  return { on: true, cell: q.get('cell') || null, pair: q.get('pair') || null, text: q.get('text') !== '0' };
}

/** The view keys of a presenter state ('' when off). */
export function presenterView(s: PresenterState): string {
  if (!s.on) return '';
  const q = new URLSearchParams({ present: '1' });
  if (s.cell) q.set('cell', s.cell);
  if (s.pair) q.set('pair', s.pair);
  if (!s.text) q.set('text', '0');
  return q.toString();
}

/** The id `step` places after `current` in `ids`, stopping at both ends (an unknown current counts as the first). */
export function stepCell(ids: readonly string[], current: string | null, step: number): string | null {
  if (ids.length === 0) return null;
  const at = Math.max(0, current === null ? 0 : ids.indexOf(current));
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}

/**
 * Puts a presenter state into the address. Turning presenter mode on or off
 * adds a history entry (Back leaves it); moving between cells replaces it.
 */
export function goPresenter(next: PresenterState, history: 'push' | 'replace'): void {
  const hash = withViewParams(window.location.hash, presenterView(next));
  if (hash === window.location.hash) return;
  if (history === 'push') window.location.hash = hash;
  else replaceHash(hash);
}
