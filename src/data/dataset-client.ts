/**
 * Browser side of the dataset pipeline: downloads class files and manifests
 * served by the app itself (`build/dataset-plugin.ts`), relative to
 * `import.meta.env.BASE_URL`, through the shared cached loader
 * (`cached-fetch.ts`): once per page, then from Cache Storage.
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
import { browserFetchDeps, createCachedLoader, type AppFetchDeps } from './cached-fetch';

/** What the client needs from its environment (injectable for tests). */
export type DatasetClientDeps = AppFetchDeps;

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
  const loader = createCachedLoader(deps);
  return {
    fetchClass(dataset, split, cls) {
      const url = loader.url(classFilePath(dataset, split, cls));
      return loader.load(url, (bytes) => {
        checkClassBytes(bytes, url);
        return bytes;
      });
    },
    fetchManifest(dataset) {
      const url = loader.url(manifestPath(dataset));
      return loader.load(url, (bytes) => {
        try {
          return assertManifest(JSON.parse(new TextDecoder().decode(bytes)), dataset);
        } catch (error) {
          throw new Error(`Dataset manifest ${url} is invalid: ${(error as Error).message}`);
        }
      });
    },
  };
}

let defaultClient: DatasetClient | undefined;

function client(): DatasetClient {
  defaultClient ??= createDatasetClient(browserFetchDeps());
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
