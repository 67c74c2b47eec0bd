/*
 * Anomaly Lab service worker (registered only in production builds by
 * src/data/register-sw.ts). Makes a second visit work offline:
 *
 * - data/ files (datasets): cache-first in DATA_CACHE, the same cache the
 *   page-side dataset client (src/data/dataset-client.ts) writes to;
 * - everything else same-origin (app shell, built assets): network-first,
 *   falling back to SHELL_CACHE when offline.
 *
 * Responses are stored as received, headers included, so COOP/COEP and CORP
 * keep working when they are served from the cache. Lookups ignore Vary: the
 * preview server sends `Vary: Origin` and same-origin content never varies. Bump VERSION to drop the
 * shell cache; DATA_CACHE must equal DATA_CACHE_NAME in src/data/cached-fetch.ts and SHELL_CACHE
 * SHELL_CACHE_NAME in offline-cache.ts ("Make available offline" fills both caches from the page).
 */
const VERSION = 'v1';
const SHELL_CACHE = `anomaly-lab-shell-${VERSION}`;
const DATA_CACHE = 'anomaly-lab-data-v1';
const OWN_PREFIX = 'anomaly-lab-';
const SCOPE_URL = self.registration.scope;
const DATA_PATH = new URL('data/', SCOPE_URL).pathname;

/** True for same-origin URLs inside the scope; `data` selects the dataset files or the rest. */
function isOurs(url, data) {
  return url.origin === self.location.origin && url.href.startsWith(SCOPE_URL) && url.pathname.startsWith(DATA_PATH) === data;
}

/** Only complete, same-origin, non-redirected responses are worth keeping. */
function cacheable(response) {
  return response.ok && response.type === 'basic' && !response.redirected;
}

/** Fetches `url` and stores it in `cacheName`; failures are ignored (this is best effort). */
async function store(cacheName, url) {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (cacheable(response)) await (await caches.open(cacheName)).put(url, response);
    return response;
  } catch {
    return undefined;
  }
}

/** Caches the shell document and the scripts and styles it references. */
async function precacheShell() {
  const response = await store(SHELL_CACHE, SCOPE_URL);
  if (!response || !cacheable(response)) return;
  const html = await (await caches.open(SHELL_CACHE)).match(SCOPE_URL).then((r) => (r ? r.text() : ''));
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => new URL(m[1], SCOPE_URL))
    .filter((url) => isOurs(url, false));
  await Promise.all(urls.map((url) => store(SHELL_CACHE, url.href)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().finally(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(OWN_PREFIX) && name !== SHELL_CACHE && name !== DATA_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The page reports what it loaded before this worker controlled it. */
self.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'anomaly-lab:cache-urls' || !Array.isArray(message.urls)) return;
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) =>
      Promise.all(
        message.urls
          .map((href) => new URL(String(href), SCOPE_URL))
          .filter((url) => isOurs(url, false))
          .map(async (url) => ((await cache.match(url.href)) ? undefined : store(SHELL_CACHE, url.href))),
      ),
    ),
  );
});

async function cacheFirst(event) {
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(event.request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  if (cacheable(response)) event.waitUntil(cache.put(event.request, response.clone()).catch(() => undefined));
  return response;
}

async function networkFirst(event) {
  const { request } = event;
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (cacheable(response)) event.waitUntil(cache.put(request, response.clone()).catch(() => undefined));
    return response;
  } catch (error) {
    const navigate = request.mode === 'navigate';
    const cached =
      (await cache.match(request, { ignoreSearch: navigate, ignoreVary: true })) ||
      (navigate && (await cache.match(SCOPE_URL, { ignoreVary: true })));
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  const url = new URL(request.url);
  if (isOurs(url, true)) event.respondWith(cacheFirst(event));
  else if (isOurs(url, false)) event.respondWith(networkFirst(event));
});
