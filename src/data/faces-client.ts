/**
 * Browser side of the built-in faces: downloads
 * `{BASE_URL}data/faces/{style}-{variant}.u8` from the app itself (rendered by
 * `build/faces.ts`, served by the dataset plugin) through the shared cached
 * loader, so a file is fetched once per page and kept in Cache Storage for
 * later and offline visits. `npm run eval` reads the same bytes from
 * `build/faces.ts` directly.
 */
import { FACE_FILE_BYTES, faceDataFromBytes, faceFilePath, type FaceCounts } from '../core/faces/face-files';
import { fail } from '../core/problem';
import type { FaceData, FaceStyle, FaceVariant } from '../core/pipeline/conv-ae-pca-types';
import { browserFetchDeps, createCachedLoader, type AppFetchDeps, type CachedLoader } from './cached-fetch';

/** Fetches built-in faces; see {@link createFacesClient}. */
export interface FacesClient {
  /** The raw file (shared between callers, do not mutate). */
  fetchFaceBytes(style: FaceStyle, variant: FaceVariant): Promise<Uint8Array>;
  /** A run's images, labels and exact glasses masks (new arrays owned by the caller). */
  fetchFaceData(style: FaceStyle, variant: FaceVariant, counts: FaceCounts): Promise<FaceData>;
}

/** Creates a client with its own loader (memo and Cache Storage). */
export function createFacesClient(deps: AppFetchDeps): FacesClient {
  const loader: CachedLoader = createCachedLoader(deps);
  const fetchFaceBytes = (style: FaceStyle, variant: FaceVariant): Promise<Uint8Array> => {
    const url = loader.url(faceFilePath(style, variant));
    return loader.load(url, (bytes) => (bytes.length === FACE_FILE_BYTES ? bytes : fail('download-failed', { url, detail: `${bytes.length} B` })));
  };
  return {
    fetchFaceBytes,
    fetchFaceData: async (style, variant, counts) => faceDataFromBytes(await fetchFaceBytes(style, variant), style, variant, counts),
  };
}

let defaultClient: FacesClient | undefined;

/**
 * A run's built-in faces, downloaded from the app (then from Cache Storage).
 * @throws ProblemError `download-failed` naming the URL when the download fails or has the wrong size.
 */
export function fetchFaceData(style: FaceStyle, variant: FaceVariant, counts: FaceCounts): Promise<FaceData> {
  defaultClient ??= createFacesClient(browserFetchDeps());
  return defaultClient.fetchFaceData(style, variant, counts);
}
