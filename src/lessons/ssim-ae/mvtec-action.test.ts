import { describe, expect, it } from 'vitest';
import type { MvtecImages } from '../../core/textures/mvtec-load';
import type { TrainingClient } from '../../worker/training-client';
import { dataKey, trainKey } from './keys';
import type { MvtecDecodeResult, MvtecRequest } from '../../notebook/mvtec/mvtec-request';
import { loadedKey, mvtecInUse } from './mvtec-action';
import { createSsimAeStore } from './store';

const neverTrains = { run: () => { throw new Error('no training in this test'); } } as unknown as Pick<TrainingClient, 'run'>;

function small() {
  const s = createSsimAeStore({ fetchTexture: () => Promise.reject(new Error('no photos here')), client: neverTrains, backendPreference: () => 'cpu', onBackendReport: () => undefined });
  s.actions.setParams({ texture: 'carpet', cropSize: '32', trainCount: 64, validationCount: 8, testCount: 12 });
  return s;
}

/** A category at `size`²: `nTrain` good images of value `v`, one good and two defective test images. */
function images(size: number, nTrain: number, v: number): MvtecImages {
  const area = size * size;
  const masks = new Uint8Array(3 * area);
  masks.fill(1, area, area + 10);
  masks.fill(1, 2 * area + 5, 2 * area + 20);
  return {
    size,
    train: new Float32Array(nTrain * area).fill(v),
    test: new Float32Array(3 * area).fill(v),
    masks,
    labels: Uint8Array.of(0, 1, 1),
    defects: ['good', 'cut', 'hole'],
    names: { train: Array.from({ length: nTrain }, (_, i) => `train/good/${i}.png`), test: ['test/good/0.png', 'test/cut/0.png', 'test/hole/0.png'] },
  };
}

/** A folder whose decode resolves when the test says so, recording its signal and size. */
function pending(name: string) {
  let resolve!: (r: MvtecDecodeResult) => void;
  const seen: { size?: number; signal?: AbortSignal } = {};
  const request: MvtecRequest = {
    name,
    decode: (size, options) => {
      seen.size = size;
      seen.signal = options.signal;
      options.onProgress?.(1, 4);
      return new Promise((r) => (resolve = r));
    },
  };
  return { request, seen, resolve: (r: MvtecDecodeResult) => resolve(r) };
}

describe('SSIM-AE store: an MVTec AD folder', () => {
  it('makes a good folder the data, decoded at the crop size, with a fifth of train/good held out', async () => {
    const s = small();
    const a = pending('carpet');
    const done = s.actions.loadMvtec(a.request);
    expect(s.store.getState().mvtec).toMatchObject({ status: 'reading', attempt: 'carpet', name: null, done: 1, total: 4 });
    a.resolve({ ok: true, images: images(32, 10, 0.25) });
    expect(await done).toBe(true);
    const st = s.store.getState();
    expect(a.seen.size).toBe(32);
    expect(st.mvtec).toMatchObject({ status: 'ready', name: 'carpet', attempt: null, problems: [] });
    expect(st.data.dataset?.source).toBe('mvtec');
    expect(st.data.dataset?.train.length).toBe(8 * 32 * 32);
    expect(st.data.dataset?.validation.length).toBe(2 * 32 * 32);
    expect(st.data.dataset?.kindNames).toEqual(['cut', 'hole']);
    expect(mvtecInUse(st)).toBe(true);
    expect(loadedKey(st)).toBe(st.data.key);
    expect(trainKey(st.params, loadedKey(st))).not.toBe(trainKey(st.params));
  });

  it('the newest folder wins: an older one still decoding is aborted and its result dropped', async () => {
    const s = small();
    const a = pending('old');
    const b = pending('new');
    const first = s.actions.loadMvtec(a.request);
    const second = s.actions.loadMvtec(b.request);
    expect(a.seen.signal?.aborted).toBe(true);
    expect(b.seen.signal?.aborted).toBe(false);
    b.resolve({ ok: true, images: images(32, 5, 0.75) });
    expect(await second).toBe(true);
    a.resolve({ ok: true, images: images(32, 5, 0.1) });
    expect(await first).toBe(false);
    const st = s.store.getState();
    expect(st.mvtec.name).toBe('new');
    expect(st.data.dataset?.test[0]).toBe(0.75);
    // A failure of the older request after the newer one started says nothing either.
    const c = pending('late-fail');
    const d = pending('newest');
    const third = s.actions.loadMvtec(c.request);
    const fourth = s.actions.loadMvtec(d.request);
    d.resolve({ ok: true, images: images(32, 5, 0.5) });
    await fourth;
    c.resolve({ ok: false, problems: [{ code: 'mvtec-no-train', values: {} }] });
    expect(await third).toBe(false);
    expect(s.store.getState().mvtec).toMatchObject({ status: 'ready', name: 'newest', problems: [] });
  });

  it('a bad folder keeps the current data and names the problem files', async () => {
    const s = small();
    expect(await s.actions.loadData()).toBe(true);
    const before = s.store.getState().data;
    expect(before.dataset?.source).toBe('texture');
    const bad = pending('broken');
    const problems = [
      { code: 'mvtec-missing-mask', values: { file: 'broken/test/cut/000.png', mask: 'broken/ground_truth/cut/000_mask.png' } },
      { code: 'mvtec-unreadable', values: { file: 'broken/train/good/001.png', reason: 'corrupt' } },
    ] as const;
    const done = s.actions.loadMvtec(bad.request);
    bad.resolve({ ok: false, problems: [...problems] });
    expect(await done).toBe(false);
    const st = s.store.getState();
    expect(st.data).toBe(before);
    expect(st.mvtec).toMatchObject({ status: 'error', name: null, attempt: 'broken', problems });
    // A decode that throws is kept as an error too, and the data still stays.
    const throwing: MvtecRequest = { name: 'gone', decode: () => Promise.reject(new Error('disk removed')) };
    expect(await s.actions.loadMvtec(throwing)).toBe(false);
    expect(s.store.getState().mvtec.error).toEqual({ code: 'failed', values: { text: 'disk removed' } });
    expect(s.store.getState().data).toBe(before);
  });

  it('texture settings do not replace a folder in use; going back to textures does', async () => {
    const s = small();
    const a = pending('leather');
    const done = s.actions.loadMvtec(a.request);
    const texture = s.actions.loadData();
    a.resolve({ ok: true, images: images(32, 10, 0.25) });
    await done;
    expect(await texture).toBe(true);
    expect(s.store.getState().data.dataset?.source).toBe('mvtec');
    s.actions.setParams({ texture: 'leather', testCount: 24 });
    expect(await s.actions.loadData()).toBe(true);
    expect(s.store.getState().data.dataset?.source).toBe('mvtec');
    expect(await s.actions.backToTextures()).toBe(true);
    const st = s.store.getState();
    expect(st.data.dataset?.source).toBe('texture');
    expect(st.data.key).toBe(dataKey(st.params));
    expect(st.mvtec.name).toBeNull();
    expect(loadedKey(st)).toBeNull();
  });
});
