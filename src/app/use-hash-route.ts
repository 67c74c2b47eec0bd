import { useSyncExternalStore } from 'react';
import { glossaryEntryOf } from '../notebook/glossary-links';
import { splitViewParams } from '../notebook/settings/view-params';

/** Where the app is: the lesson list, one lesson, or somewhere unknown. */
export type Route =
  | { name: 'home' }
  /** `entry`: the glossary entry to show (`#/glossary/<entry>`), if any. */
  | { name: 'glossary'; entry?: string }
  /** `query`: the lesson's settings; `view`: how the page is shown (presenter keys), left out when empty. */
  | { name: 'lesson'; id: string; query: string; view?: string }
  | { name: 'not-found'; path: string };

/** Link to the home page. */
export const HOME_HREF = '#/';

/** Link to the glossary page. */
export const GLOSSARY_HREF = '#/glossary';

/** Link to a lesson page. */
export function lessonHref(id: string): string {
  return `#/lesson/${encodeURIComponent(id)}`;
}

/**
 * Reads a location hash: `''`, `#` and `#/` are home, `#/glossary` the glossary (`#/glossary/<entry>`
 * one of its entries), `#/lesson/<id>` a lesson
 * (with its settings after `?`, e.g. `#/lesson/dense-ae?latent=8`, and presenter keys such as
 * `present=1&cell=train` split off into `view`), anything else not-found.
 */
export function parseHash(hash: string): Route {
  const [rawPath, ...rest] = hash.replace(/^#/, '').split('?');
  const { settings: query, view } = splitViewParams(rest.join('?'));
  const path = rawPath.replace(/\/+$/, '');
  if (path === '') return { name: 'home' };
  if (path === '/glossary') return { name: 'glossary' };
  const entry = glossaryEntryOf(path);
  if (entry) return { name: 'glossary', entry };
  const lesson = /^\/lesson\/([^/]+)$/.exec(path);
  if (lesson) {
    try {
      return { name: 'lesson', id: decodeURIComponent(lesson[1]), query, ...(view ? { view } : {}) };
    } catch {
      return { name: 'not-found', path };
    }
  }
  return { name: 'not-found', path };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * Replaces the address without a history entry (`history.replaceState`) and
 * tells the route, which `replaceState` alone does not.
 */
export function replaceHash(hash: string): void {
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const currentHash = () => window.location.hash;

/** The current route; re-renders on `hashchange` (links, back/forward, typed URLs). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseHash(hash);
}
