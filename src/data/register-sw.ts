/**
 * Registers `public/sw.js` (offline support) in production builds. In dev the
 * worker would cache Vite's modules and fight HMR, so it is never registered.
 */

/** Message the service worker understands: cache these already-loaded URLs. */
export const CACHE_URLS_MESSAGE = 'anomaly-lab:cache-urls';

/** Environment of {@link registerServiceWorker}; every field defaults to the real one. */
export interface RegisterEnv {
  /** Whether this is a production build (`import.meta.env.PROD`). */
  prod: boolean;
  /** App base URL (`import.meta.env.BASE_URL`); the worker is `{base}sw.js` with scope `{base}`. */
  baseUrl: string;
  /** The service worker container, undefined where unsupported. */
  serviceWorker: ServiceWorkerContainer | undefined;
  /** URLs the page loaded before the worker controlled it, handed to the worker for caching. */
  loadedUrls: () => string[];
}

function defaultEnv(): RegisterEnv {
  return {
    prod: import.meta.env.PROD,
    baseUrl: import.meta.env.BASE_URL,
    serviceWorker: typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined,
    loadedUrls: () => [
      ...(typeof location !== 'undefined' ? [location.href] : []),
      ...(typeof performance !== 'undefined' ? performance.getEntriesByType('resource').map((e) => e.name) : []),
    ],
  };
}

/**
 * Registers the offline service worker when running a production build in a
 * browser that supports it; otherwise does nothing. Never throws: failures are
 * logged and resolve to undefined. Once the worker is active it is sent the
 * page's already-loaded URLs so the first visit is cached too.
 */
export async function registerServiceWorker(env: Partial<RegisterEnv> = {}): Promise<ServiceWorkerRegistration | undefined> {
  const { prod, baseUrl, serviceWorker, loadedUrls } = { ...defaultEnv(), ...env };
  if (!prod || !serviceWorker) return undefined;
  try {
    const registration = await serviceWorker.register(`${baseUrl}sw.js`, { scope: baseUrl });
    serviceWorker.ready
      .then((ready) => ready.active?.postMessage({ type: CACHE_URLS_MESSAGE, urls: loadedUrls() }))
      .catch(() => undefined);
    return registration;
  } catch (error) {
    console.warn('Anomaly Lab: service worker registration failed; offline use is unavailable.', error);
    return undefined;
  }
}
