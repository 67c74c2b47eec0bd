import { describe, expect, it } from 'vitest';
import { DATA_CACHE_NAME } from './cached-fetch';
import { fakeCaches } from './fake-web';
import { fetchOfflineManifest, makeAvailableOffline, OfflineError, offlineStatus, SHELL_CACHE_NAME, type OfflineDeps, type OfflineProgress } from './offline-cache';
import { offlineManifestOf, type OfflineManifest } from './offline-manifest';

const BASE = 'https://lab.test/app/';

const MANIFEST: OfflineManifest = offlineManifestOf([
  { path: '', bytes: 5 },
  { path: 'assets/app-1.js', bytes: 3 },
  { path: 'assets/dense-ae.ja-2.js', bytes: 4 },
  { path: 'data/mnist/train-1.u8', bytes: 784 },
  { path: 'data/textures/grass.u8', bytes: 10 },
]);

/** A server for MANIFEST's files; `broken` paths answer 404, `short` ones one byte too few. */
function server(opts: { broken?: string[]; short?: string[]; manifest?: unknown } = {}) {
  const calls: string[] = [];
  const fetch = async (url: string): Promise<Response> => {
    calls.push(url);
    await new Promise((r) => setTimeout(r, 1));
    const path = url.slice(BASE.length);
    if (path === 'offline-manifest.json') return Response.json(opts.manifest ?? MANIFEST);
    const file = MANIFEST.files.find((f) => f.path === path);
    if (!file || opts.broken?.includes(path)) return new Response('no', { status: 404, statusText: 'Not Found' });
    return new Response(new Uint8Array(file.bytes - (opts.short?.includes(path) ? 1 : 0)).fill(7));
  };
  return { calls, fetch };
}

function deps(net: ReturnType<typeof server>, caches: CacheStorage | undefined, extra: Partial<OfflineDeps> = {}): OfflineDeps {
  return { fetch: net.fetch, caches, baseUrl: BASE, secure: true, freeBytes: async () => 1e9, parallel: 2, ...extra };
}

async function failureOf(p: Promise<unknown>): Promise<OfflineError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(OfflineError);
  return e as OfflineError;
}

describe('makeAvailableOffline', () => {
  it('stores every file of the manifest in the shell or data cache, reporting progress up to the total', async () => {
    const net = server();
    const caches = fakeCaches();
    const seen: OfflineProgress[] = [];
    const d = deps(net, caches);
    const done = await makeAvailableOffline(d, await fetchOfflineManifest(d), (p) => seen.push(p));
    expect(done).toEqual({ doneBytes: 806, totalBytes: 806, doneFiles: 5, totalFiles: 5 });
    expect(seen[0]).toEqual({ doneBytes: 0, totalBytes: 806, doneFiles: 0, totalFiles: 5 });
    expect(seen.map((p) => p.doneFiles)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...caches.stores.get(SHELL_CACHE_NAME)!.keys()].sort()).toEqual([BASE, `${BASE}assets/app-1.js`, `${BASE}assets/dense-ae.ja-2.js`]);
    expect([...caches.stores.get(DATA_CACHE_NAME)!.keys()].sort()).toEqual([`${BASE}data/mnist/train-1.u8`, `${BASE}data/textures/grass.u8`]);
    expect(net.calls.every((u) => u.startsWith(BASE))).toBe(true);
    expect(await offlineStatus(d, MANIFEST)).toEqual(done);
  });

  it('continues after a failure: files stored before it are not downloaded again, only the page is', async () => {
    const caches = fakeCaches();
    const first = server({ broken: ['data/textures/grass.u8'] });
    const e = await failureOf(makeAvailableOffline(deps(first, caches, { parallel: 1 }), MANIFEST, () => undefined));
    expect(e.failure).toEqual({ code: 'download-failed', path: 'data/textures/grass.u8', detail: 'HTTP 404 Not Found' });
    expect(e.progress).toEqual({ doneBytes: 796, totalBytes: 806, doneFiles: 4, totalFiles: 5 });

    const second = server();
    const done = await makeAvailableOffline(deps(second, caches), MANIFEST, () => undefined);
    expect(done.doneFiles).toBe(5);
    expect(second.calls).toEqual([BASE, `${BASE}data/textures/grass.u8`]);
  });

  it('refuses a file whose size is not the manifest’s, and stores nothing for it', async () => {
    const caches = fakeCaches();
    const e = await failureOf(makeAvailableOffline(deps(server({ short: ['data/mnist/train-1.u8'] }), caches), MANIFEST, () => undefined));
    expect(e.failure).toEqual({ code: 'download-failed', path: 'data/mnist/train-1.u8', detail: '783 B ≠ 784 B' });
    expect(caches.stores.get(DATA_CACHE_NAME)?.has(`${BASE}data/mnist/train-1.u8`) ?? false).toBe(false);
  });

  it('says when the free storage is too small, before downloading anything', async () => {
    const net = server();
    const e = await failureOf(makeAvailableOffline(deps(net, fakeCaches(), { freeBytes: async () => 100 }), MANIFEST, () => undefined));
    expect(e.failure).toEqual({ code: 'quota', neededBytes: 806, freeBytes: 100 });
    expect(net.calls).toEqual([]);
  });

  it('reports a refused write, an insecure address and a browser without Cache Storage', async () => {
    const put = await failureOf(makeAvailableOffline(deps(server(), fakeCaches(true), { parallel: 1 }), MANIFEST, () => undefined));
    expect(put.failure).toMatchObject({ code: 'store-failed', path: '', detail: 'Quota exceeded' });
    expect((await failureOf(makeAvailableOffline(deps(server(), fakeCaches(), { secure: false }), MANIFEST, () => undefined))).failure).toEqual({ code: 'insecure' });
    expect((await failureOf(makeAvailableOffline(deps(server(), undefined), MANIFEST, () => undefined))).failure).toEqual({ code: 'no-cache-storage' });
  });
});

describe('fetchOfflineManifest', () => {
  it('refuses a manifest that points outside the app or whose total is wrong', async () => {
    const outside = offlineManifestOf([{ path: 'https://cdn.example/x.js', bytes: 1 }]);
    const e1 = await failureOf(fetchOfflineManifest(deps(server({ manifest: outside }), fakeCaches())));
    expect(e1.failure).toEqual({ code: 'manifest-failed', detail: 'bad path "https://cdn.example/x.js"' });
    const e2 = await failureOf(fetchOfflineManifest(deps(server({ manifest: { ...MANIFEST, totalBytes: 1 } }), fakeCaches())));
    expect(e2.failure).toEqual({ code: 'manifest-failed', detail: "total 1 does not match the files' 806 bytes" });
    for (const path of ['../secret', '/etc/passwd', 'a/../../b', '//cdn.example/x.js']) {
      const bad = offlineManifestOf([{ path, bytes: 1 }]);
      expect((await failureOf(fetchOfflineManifest(deps(server({ manifest: bad }), fakeCaches())))).failure.code).toBe('manifest-failed');
    }
  });
});
