/** How long a page that comes back may take to grow tall enough for its old place (lesson cells load). */
const RESTORE_WAIT_MS = 5000;
const POLL_MS = 50;

/** The scroll position kept in the current history entry when the page was left by an in-app link, if any. */
export function keptScroll(): number | null {
  const y = (window.history.state as { scrollY?: unknown } | null)?.scrollY;
  return typeof y === 'number' && Number.isFinite(y) ? y : null;
}

/**
 * Before an in-app link (`href="#/…"`) is followed by a plain click, keeps the page's scroll
 * position in the history entry being left, so Back can return there. Returns the unsubscribe.
 */
export function keepScrollOnLinks(): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
    if (!link) return;
    const state = (window.history.state as Record<string, unknown> | null) ?? {};
    window.history.replaceState({ ...state, scrollY: window.scrollY }, '');
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}

/**
 * Scrolls to `y` once the page is tall enough to get there (its lesson's cells load after the
 * route changes), or to as far as it got after a few seconds. Returns a cancel function.
 */
export function scrollWhenTall(y: number): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const tall = document.documentElement.scrollHeight >= y + window.innerHeight;
    if (tall || Date.now() - started >= RESTORE_WAIT_MS) {
      window.scrollTo({ top: y });
      return;
    }
    timer = setTimeout(attempt, POLL_MS);
  };
  attempt();
  return () => clearTimeout(timer);
}
