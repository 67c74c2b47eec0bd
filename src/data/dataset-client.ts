/**
 * Browser side of the dataset pipeline: downloads class files and manifests
 * served by the app itself (`build/dataset-plugin.ts`), relative to
 * `import.meta.env.BASE_URL`. Each file is fetched at most once per page
 * (concurrent calls share one request), kept in memory, and stored in Cache
 * Storage so later visits — and offline ones — skip the network.
 */
import {
  PIXELS_PER_IMAGE,
  assertManifest,
  classFilePath,
  manifestPath,
  type DatasetManifest,
  type DatasetName,
  type Split,
} from '../core/data/dataset-files';
import { fail } from '../core/problem';

/** Cache Storage name for data files; `public/sw.js` uses the same name, bump both together. */
export const DATA_CACHE_NAME = 'anomaly-lab-data-v1';

/** What the client needs from its environment (injectable for tests). */
export interface DatasetClientDeps {
  fetch: (url: string) => Promise<Response>;
  /** App base URL, e.g. `import.meta.env.BASE_URL` (`/` or `/sub/`). */
  baseUrl: string;
  /** Cache Storage, or undefined where it does not exist (insecure context, old browser). */
  caches?: CacheStorage;
  /** Page URL used to make request URLs absolute; defaults to `location.href` when present. */
  pageUrl?: string;
}

/** Fetches dataset files; see {@link createDatasetClient}. */
export interface DatasetClient {
  /**
   * All images of one class: raw N×784 uint8 (0..255), rows in file order.
   * The array is shared with every other caller: do not mutate it.
   */
  fetchClass(dataset: DatasetName, split: Split, cls: number): Promise<Uint8Array>;
  /** The manifest of a dataset (class names, counts per split per class). */
  fetchManifest(dataset: DatasetName): Promise<DatasetManifest>;
}

/** Throws unless `bytes` is a non-empty whole number of 28×28 images. */
function checkClassBytes(bytes: Uint8Array, url: string): void {
  if (bytes.length === 0 || bytes.length % PIXELS_PER_IMAGE !== 0) {
    throw new Error(`Dataset file ${url} has ${bytes.length} bytes, expected a non-zero multiple of ${PIXELS_PER_IMAGE}`);
  }
}

/** Creates a client with its own in-memory memo. */
export function createDatasetClient(deps: DatasetClientDeps): DatasetClient {
  const memo = new Map<string, Promise<unknown>>();
  let cachePromise: Promise<Cache | null> | undefined;

  const openCache = (): Promise<Cache | null> => {
    cachePromise ??= deps.caches ? deps.caches.open(DATA_CACHE_NAME).catch(() => null) : Promise.resolve(null);
    return cachePromise;
  };

  const resolveUrl = (path: string): string => {
    const page = deps.pageUrl ?? globalThis.location?.href;
    return page ? new URL(deps.baseUrl + path, page).href : deps.baseUrl + path;
  };

  /** Reads `url` from Cache Storage or the network; `decode` validates and converts the bytes. */
  async function load<T>(url: string, decode: (bytes: Uint8Array) => T): Promise<T> {
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
    if ((response.headers.get('Content-Type') ?? '').includes('text/html')) {
      throw new Error(`Dataset file ${url} came back as an HTML page; is the dataset plugin in vite.config.ts?`);
    }
    const copy = cache ? response.clone() : undefined;
    const value = decode(new Uint8Array(await response.arrayBuffer()));
    if (cache && copy) await cache.put(url, copy).catch(() => undefined);
    return value;
  }

  /** Shares one in-flight or finished load per URL; a failed load is forgotten so it can be retried. */
  function once<T>(url: string, make: () => Promise<T>): Promise<T> {
    let entry = memo.get(url) as Promise<T> | undefined;
    if (!entry) {
      entry = make();
      memo.set(url, entry);
      entry.catch(() => memo.delete(url));
    }
    return entry;
  }

  return {
    fetchClass(dataset, split, cls) {
      const url = resolveUrl(classFilePath(dataset, split, cls));
      return once(url, () =>
        load(url, (bytes) => {
          checkClassBytes(bytes, url);
          return bytes;
        }),
      );
    },
    fetchManifest(dataset) {
      const url = resolveUrl(manifestPath(dataset));
      return once(url, () =>
        load(url, (bytes) => {
          try {
            return assertManifest(JSON.parse(new TextDecoder().decode(bytes)), dataset);
          } catch (error) {
            throw new Error(`Dataset manifest ${url} is invalid: ${(error as Error).message}`);
          }
        }),
      );
    },
  };
}

let defaultClient: DatasetClient | undefined;

function client(): DatasetClient {
  defaultClient ??= createDatasetClient({
    fetch: (url) => fetch(url),
    baseUrl: import.meta.env.BASE_URL,
    caches: typeof caches === 'undefined' ? undefined : caches,
  });
  return defaultClient;
}

/**
 * Downloads all images of one class from the app (`{BASE_URL}data/{dataset}/{split}-{cls}.u8`).
 *
 * @returns Raw N×784 uint8 pixels, rows in file order; shared between callers, do not mutate.
 * @throws Error naming the URL if the download fails or the length is not a multiple of 784.
 */
export function fetchClass(dataset: DatasetName, split: Split, cls: number): Promise<Uint8Array> {
  return client().fetchClass(dataset, split, cls);
}

/**
 * Downloads a dataset's manifest (`{BASE_URL}data/{dataset}/manifest.json`).
 *
 * @throws Error naming the URL if the download fails or the manifest is malformed.
 */
export function fetchManifest(dataset: DatasetName): Promise<DatasetManifest> {
  return client().fetchManifest(dataset);
}
