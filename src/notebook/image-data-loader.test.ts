import type { Problem } from './settings/problem';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ClassImages } from '../core/data/class-split';
import type { DatasetName } from '../core/data/dataset-files';
import { createImageDataLoader, fetchClassImages, firstTestIndices, type FetchClass, type ImageDataParams, type ImageDataState } from './image-data-loader';
import { storeAccess } from './lesson-store';

interface State {
  params: ImageDataParams & { seed: number };
  data: ImageDataState & { note: string | null };
}

const key = (p: ImageDataParams) => JSON.stringify([p.dataset, p.normal, p.anomaly]);

function setup(fetchClass: FetchClass, problem: () => Problem | undefined = () => undefined) {
  const store = createStore<State>(() => ({
    params: { dataset: 'mnist', normal: [1], anomaly: [9, 1], seed: 0 },
    data: { status: 'idle', error: null, split: null, key: null, note: null },
  }));
  const access = storeAccess(store);
  const builds: string[] = [];
  const loadData = createImageDataLoader(access, {
    fetchClass,
    dataKey: key,
    selectionProblem: problem,
    build: async (train: ClassImages, test: ClassImages) => {
      builds.push(`${[...train.keys()]}|${[...test.keys()]}`);
      return { split: null, note: `${train.size} train, ${test.size} test classes` };
    },
  });
  return { access, loadData, builds };
}

describe('image data loader', () => {
  it('fetches train images of the normals and test images of every chosen class once', async () => {
    const asked: string[] = [];
    const fetchClass: FetchClass = async (d: DatasetName, s, c) => (asked.push(`${d}/${s}-${c}`), Uint8Array.of(c));
    const { train, test } = await fetchClassImages(fetchClass, { dataset: 'fashion', normal: [7], anomaly: [9, 7] });
    expect(asked.sort()).toEqual(['fashion/test-7', 'fashion/test-9', 'fashion/train-7']);
    expect([...train.keys()]).toEqual([7]);
    expect(test.get(9)).toEqual(Uint8Array.of(9));
  });

  it('loads once per data key and keeps what the lesson builds', async () => {
    let fetches = 0;
    const { access, loadData, builds } = setup(async (_d, _s, c) => (fetches++, Uint8Array.of(c)));
    expect(await loadData()).toBe(true);
    expect(access.get().data).toEqual({ status: 'ready', error: null, split: null, note: '1 train, 2 test classes', key: key(access.get().params) });
    expect(await loadData()).toBe(true);
    expect(builds).toEqual(['1|1,9']);
    expect(fetches).toBe(3);
  });

  it('refuses a bad selection and reports a failed download', async () => {
    const refused = setup(async () => new Uint8Array(0), () => ({ code: 'no-anomaly' }));
    expect(await refused.loadData()).toBe(false);
    expect(refused.access.get().data).toMatchObject({ status: 'error', error: { code: 'no-anomaly' }, key: null });
    const offline = setup(async () => {
      throw new Error('offline');
    });
    expect(await offline.loadData()).toBe(false);
    expect(offline.access.get().data).toMatchObject({ status: 'error', error: { code: 'images-failed', values: { text: 'offline' } } });
  });

  it('drops a load whose settings changed while it ran', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { access, loadData } = setup(async (_d, _s, c) => (await gate, Uint8Array.of(c)));
    const pending = loadData();
    expect(access.get().data.status).toBe('loading');
    access.set({ params: { ...access.get().params, anomaly: [3] } });
    release();
    expect(await pending).toBe(false);
    expect(access.get().data.key).toBeNull();
  });
});

describe('firstTestIndices', () => {
  it('takes the first n of each group, fewer when a group is smaller (normals come first)', () => {
    expect(firstTestIndices({ testNormal: 5, testAnomaly: 2 }, 3)).toEqual({ normal: [0, 1, 2], anomaly: [5, 6] });
  });
});
