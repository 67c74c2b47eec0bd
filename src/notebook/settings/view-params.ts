/**
 * Address keys that say how a lesson page is shown (presenter mode: `present`,
 * the cell on screen, the one beside it, folded text), never what it computes.
 * They share the address with the lesson's settings, so the route takes them out
 * before the settings read the query, and the settings keep them when they
 * rewrite the address.
 */
export const VIEW_KEYS: readonly string[] = ['present', 'cell', 'pair', 'text'];

/** A query split into the lesson's settings and the view keys, each a query string ('' when empty). */
export function splitViewParams(query: string): { settings: string; view: string } {
  const settings = new URLSearchParams();
  const view = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(query)) (VIEW_KEYS.includes(key) ? view : settings).append(key, value);
  // Without view keys the query is left exactly as written.
  return view.size === 0 ? { settings: query, view: '' } : { settings: settings.toString(), view: view.toString() };
}

/** `#/path?query` → its path and query. */
function parts(hash: string): { path: string; query: string } {
  const at = hash.indexOf('?');
  return at < 0 ? { path: hash, query: '' } : { path: hash.slice(0, at), query: hash.slice(at + 1) };
}

/** The hash without its view keys (what a lesson's settings see). */
export function withoutViewParams(hash: string): string {
  const { path, query } = parts(hash);
  const { settings } = splitViewParams(query);
  return settings ? `${path}?${settings}` : path;
}

/** `hash` with the view keys of `view` (a query string) put after its settings, replacing any it had. */
export function withViewParams(hash: string, view: string): string {
  const { path, query } = parts(hash);
  const { settings } = splitViewParams(query);
  const q = [settings, view].filter(Boolean).join('&');
  return q ? `${path}?${q}` : path;
}

/** The view keys of a hash, as a query string. */
export function viewParamsOf(hash: string): string {
  return splitViewParams(parts(hash).query).view;
}
