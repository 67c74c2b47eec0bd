import { useEffect, useId, useSyncExternalStore } from 'react';
import { browserOfflineDeps, requestPersistentStorage } from '../../data/offline-cache';
import { createOfflineController, type OfflineController, type OfflineState } from './offline-store';
import { useOfflineText } from './offline-text';
import './offline.css';

let pageController: OfflineController | undefined;

/** The page's one controller (created on first use). */
function defaultController(): OfflineController {
  pageController ??= createOfflineController(browserOfflineDeps, requestPersistentStorage);
  return pageController;
}

function useOfflineState(c: OfflineController): OfflineState {
  return useSyncExternalStore(c.store.subscribe, c.store.getState, c.store.getState);
}

export interface OfflineButtonProps {
  /** How many lessons are ready (the done message names them). */
  lessons: number;
  /** Shown only in a production build: the dev server has no service worker. */
  enabled?: boolean;
  controller?: OfflineController;
  /** Whether a service worker controls the page (it answers when offline). */
  controlled?: () => boolean;
}

function DownloadIcon({ done }: { done: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {done ? (
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13.5h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}

/**
 * "Make available offline": one button in the header that stores every
 * lesson, both languages' prose and every bundled dataset in the browser, with
 * the total size in its tooltip, a progress bar and a status line that says
 * when it is done or what went wrong (pressing it again continues).
 */
export function OfflineButton({ lessons, enabled = import.meta.env.PROD, controller, controlled }: OfflineButtonProps) {
  const c = controller ?? defaultController();
  const state = useOfflineState(c);
  const t = useOfflineText();
  const statusId = useId();
  useEffect(() => {
    if (enabled) void c.check();
  }, [c, enabled]);
  if (!enabled) return null;

  const { phase, progress, failure } = state;
  const stored = phase === 'stored' || phase === 'done';
  const isControlled = controlled ?? (() => typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller));
  let text: string | null = null;
  if (phase === 'saving' && progress) text = t.saving(progress);
  else if (phase === 'done' && progress) text = `${t.done(progress, lessons)}${isControlled() ? '' : ` ${t.reloadOnce}`}`;
  else if (phase === 'failed' && failure) text = t.failed(failure, progress);
  const showStatus = phase === 'saving' || (text !== null && !state.dismissed);

  return (
    <div className="offline" data-testid="offline" data-phase={phase}>
      <button
        type="button"
        className={stored ? 'btn btn--small btn--ghost offline__button offline__button--stored' : 'btn btn--small btn--ghost offline__button'}
        title={t.hint(progress?.totalBytes ?? null)}
        aria-describedby={showStatus ? statusId : undefined}
        aria-disabled={phase === 'saving'}
        data-testid="offline-button"
        onClick={() => void c.save()}
      >
        <DownloadIcon done={stored} />
        <span className="offline__label">{stored ? t.stored : t.button}</span>
      </button>
      <div className="offline__status" id={statusId} role="status" aria-live="polite" hidden={!showStatus} data-testid="offline-status" data-state={phase}>
        {phase === 'saving' && progress && <progress className="offline__progress" max={progress.totalBytes} value={progress.doneBytes} aria-label={t.progressLabel} />}
        {text && <p className="offline__text">{text}</p>}
        {phase !== 'saving' && (
          <button type="button" className="btn btn--small btn--ghost offline__close" onClick={c.dismiss}>
            {t.dismiss}
          </button>
        )}
      </div>
    </div>
  );
}
