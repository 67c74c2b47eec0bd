import type { ClassImages, ClassSelection, ImageSplit } from '../core/data/class-split';
import type { DatasetName, Split } from '../core/data/dataset-files';
import { problemOf } from '../core/problem';
import { errorMessage, type StoreAccess } from './lesson-store';
import { problem, type Problem } from './settings/problem';

/** Downloads one class of a dataset split as raw bytes (the data client in the app, fixtures in tests). */
export type FetchClass = (dataset: DatasetName, split: Split, cls: number) => Promise<Uint8Array>;

/** The settings an image lesson loads its data for. */
export interface ImageDataParams extends ClassSelection {
  dataset: DatasetName;
}

/** Loaded image data and the data key it was loaded for. */
export interface ImageDataState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: Problem | null;
  split: ImageSplit | null;
  key: string | null;
}

/** Fetches the train images of the normal classes and the test images of every chosen class, in parallel. */
export async function fetchClassImages(fetchClass: FetchClass, p: ImageDataParams): Promise<{ train: ClassImages; test: ClassImages }> {
  const all = [...new Set([...p.normal, ...p.anomaly])];
  const train = new Map(await Promise.all(p.normal.map(async (c) => [c, await fetchClass(p.dataset, 'train', c)] as const)));
  const test = new Map(await Promise.all(all.map(async (c) => [c, await fetchClass(p.dataset, 'test', c)] as const)));
  return { train, test };
}

/** The indices of the first `n` test normals and the first `n` test anomalies of a split (its test normals come first). */
export function firstTestIndices(counts: Pick<ImageSplit['counts'], 'testNormal' | 'testAnomaly'>, n: number): { normal: number[]; anomaly: number[] } {
  const first = (count: number, from: number) => Array.from({ length: Math.min(n, count) }, (_, i) => from + i);
  return { normal: first(counts.testNormal, 0), anomaly: first(counts.testAnomaly, counts.testNormal) };
}

/** How an image lesson turns its settings into data. */
export interface ImageDataLoaderOptions<S extends { params: ImageDataParams; data: ImageDataState }> {
  fetchClass: FetchClass;
  /** What the data depends on (the lesson's data key). */
  dataKey(p: S['params']): string;
  /** Why the class selection cannot be loaded, if it cannot. */
  selectionProblem(): Problem | undefined;
  /** Builds the lesson's data (the split, and anything else it keeps) from the fetched bytes. */
  build(train: ClassImages, test: ClassImages, p: S['params']): Promise<Omit<S['data'], 'status' | 'error' | 'key'>>;
}

/**
 * An image lesson's "Load data" action. It returns true at once when the data
 * for the current settings is already loaded; refuses a bad class selection
 * with its message; drops a load whose settings changed while it ran (false);
 * and turns a failed download into an error status.
 */
export function createImageDataLoader<S extends { params: ImageDataParams; data: ImageDataState }>(
  access: StoreAccess<S>,
  options: ImageDataLoaderOptions<S>,
): () => Promise<boolean> {
  const { get } = access;
  const setData = (data: S['data']) => access.set({ data } as Partial<S>);
  return async function loadData(): Promise<boolean> {
    const p = get().params;
    const key = options.dataKey(p);
    if (get().data.key === key && get().data.status === 'ready') return true;
    const sel = options.selectionProblem();
    if (sel) {
      setData({ ...get().data, status: 'error', error: sel });
      return false;
    }
    setData({ ...get().data, status: 'loading', error: null });
    try {
      const { train, test } = await fetchClassImages(options.fetchClass, p);
      const built = await options.build(train, test, p);
      if (options.dataKey(get().params) !== key) return false;
      setData({ status: 'ready', error: null, ...built, key } as S['data']);
      return true;
    } catch (e) {
      setData({ ...get().data, status: 'error', error: (problemOf(e) as Problem | null) ?? problem('images-failed', { text: errorMessage(e) }) });
      return false;
    }
  };
}
