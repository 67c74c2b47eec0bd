/**
 * Shared by the dataset and texture clients: downloads files served by the app
 * itself, relative to `import.meta.env.BASE_URL`. Each URL is fetched at most
 * once per loader (concurrent calls share one request), kept in memory, and
 * stored in Cache Storage so later visits — and offline ones — skip the network.
 */
import { fail } from '../core/problem';

/** Cache Storage name for data files; `public/sw.js` uses the same name, bump both together. */
export const DATA_CACHE_NAME = 'anomaly-lab-data-v1';

/** What a client needs from its environment (injectable for tests). */
export interface AppFetchDeps {
  fetch: (url: string) => Promise<Response>;
  /** App base URL, e.g. `import.meta.env.BASE_URL` (`/` or `/sub/`). */
  baseUrl: string;
  /** Cache Storage, or undefined where it does not exist (insecure context, old browser). */
  caches?: CacheStorage;
  /** Page URL used to make request URLs absolute; defaults to `location.href` when present. */
  pageUrl?: string;
}

/** Loads app files through a memo and Cache Storage; see {@link createCachedLoader}. */
export interface CachedLoader {
  /** The absolute URL of a path below the app's base URL. */
  url(path: string): string;
  /**
   * The file at `url`, checked and converted by `decode` (which throws on bad
   * bytes). A cached copy that `decode` refuses is dropped and downloaded again;
   * only a download that `decode` accepts is cached. One load per URL is shared
   * by every caller; a failed one is forgotten so it can be retried.
   * @throws ProblemError `download-failed` when the network or the server fails, or
   *   the server answers with an HTML page (the dev server without the dataset plugin).
   */
  load<T>(url: string, decode: (bytes: Uint8Array) => T): Promise<T>;
}

/** Creates a loader with its own in-memory memo. */
export function createCachedLoader(deps: AppFetchDeps): CachedLoader {
  const memo = new Map<string, Promise<unknown>>();
  let cachePromise: Promise<Cache | null> | undefined;

  const openCache = (): Promise<Cache | null> => {
    cachePromise ??= deps.caches ? deps.caches.open(DATA_CACHE_NAME).catch(() => null) : Promise.resolve(null);
    return cachePromise;
  };

  async function download<T>(url: string, decode: (bytes: Uint8Array) => T): Promise<T> {
    const cache = await openCache();
    const hit = cache ? await cache.match(url, { ignoreVary: true }).catch(() => undefined) : undefined;
    if (hit && cache) {
      try {
        return decode(new Uint8Array(await hit.arrayBuffer()));
      } catch {
        await cache.delete(url).catch(() => false);
      }
    }
    let response: Response;
    try {
      response = await deps.fetch(url);
    } catch (error) {
      fail('download-failed', { url, detail: (error as Error).message });
    }
    if (!response.ok) fail('download-failed', { url, detail: `HTTP ${response.status} ${response.statusText}`.trim() });
    if ((response.headers.get('Content-Type') ?? '').includes('text/html')) fail('download-failed', { url, detail: 'Content-Type text/html' });
    const copy = cache ? response.clone() : undefined;
    const value = decode(new Uint8Array(await response.arrayBuffer()));
    if (cache && copy) await cache.put(url, copy).catch(() => undefined);
    return value;
  }

  return {
    url(path) {
      const page = deps.pageUrl ?? globalThis.location?.href;
      return page ? new URL(deps.baseUrl + path, page).href : deps.baseUrl + path;
    },
    load<T>(url: string, decode: (bytes: Uint8Array) => T): Promise<T> {
      let entry = memo.get(url) as Promise<T> | undefined;
      if (!entry) {
        entry = download(url, decode);
        memo.set(url, entry);
        entry.catch(() => memo.delete(url));
      }
      return entry;
    },
  };
}

/** The browser's own fetch, the app's base URL and Cache Storage where it exists. */
export function browserFetchDeps(): AppFetchDeps {
  return {
    fetch: (url) => fetch(url),
    baseUrl: import.meta.env.BASE_URL,
    caches: typeof caches === 'undefined' ? undefined : caches,
  };
}
