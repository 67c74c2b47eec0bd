import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../core/problem';
import { DATA_CACHE_NAME } from './cached-fetch';
import { fakeCaches, fakeFetch } from './fake-web';
import { createDatasetClient } from './dataset-client';

const PAGE = 'https://lab.test/app/index.html';

const images = (n: number): Response =>
  new Response(new Uint8Array(n * 784).fill(7), { headers: { 'Content-Type': 'application/octet-stream' } });

describe('fetchClass', () => {
  it('requests {base}data/{dataset}/{split}-{cls}.u8 and shares concurrent calls', async () => {
    const net = fakeFetch(() => images(3));
    const client = createDatasetClient({ fetch: net.fetch, baseUrl: '/app/', pageUrl: PAGE });
    const [a, b] = await Promise.all([client.fetchClass('mnist', 'test', 9), client.fetchClass('mnist', 'test', 9)]);
    expect(net.calls).toEqual(['https://lab.test/app/data/mnist/test-9.u8']);
    expect(a).toBe(b);
    expect(a.length).toBe(3 * 784);
    expect(a[100]).toBe(7);
    await client.fetchClass('mnist', 'test', 9);
    expect(net.calls).toHaveLength(1);
  });

  it('rejects a length that is not a multiple of 784, naming the URL, and retries later', async () => {
    let bytes = 785;
    const net = fakeFetch(() => new Response(new Uint8Array(bytes)));
    const client = createDatasetClient({ fetch: net.fetch, baseUrl: '/', pageUrl: PAGE });
    await expect(client.fetchClass('fashion', 'train', 2)).rejects.toThrow(
      'Dataset file https://lab.test/data/fashion/train-2.u8 has 785 bytes, expected a non-zero multiple of 784',
    );
    bytes = 784 * 2;
    expect((await client.fetchClass('fashion', 'train', 2)).length).toBe(1568);
    expect(net.calls).toHaveLength(2);
  });

  it('reports HTTP errors and HTML fallbacks with the URL', async () => {
    const client = createDatasetClient({
      fetch: fakeFetch((url) =>
        url.endsWith('-1.u8') ? new Response('nope', { status: 404, statusText: 'Not Found' }) : new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
      ).fetch,
      baseUrl: '/',
      pageUrl: PAGE,
    });
    await expect(client.fetchClass('mnist', 'train', 1)).rejects.toThrow(new ProblemError(problem('download-failed', { url: 'https://lab.test/data/mnist/train-1.u8', detail: 'HTTP 404 Not Found' })));
    await expect(client.fetchClass('mnist', 'train', 2)).rejects.toThrow(new ProblemError(problem('download-failed', { url: 'https://lab.test/data/mnist/train-2.u8', detail: 'Content-Type text/html' })));
    expect(() => client.fetchClass('mnist', 'train', 10)).toThrow(new ProblemError(problem('class-out-of-range', { cls: 10, max: 9 })));
  });

  it('stores downloads in Cache Storage and serves later sessions from it', async () => {
    const storage = fakeCaches();
    const first = fakeFetch(() => images(2));
    await createDatasetClient({ fetch: first.fetch, baseUrl: '/', pageUrl: PAGE, caches: storage }).fetchClass('mnist', 'train', 0);
    expect([...storage.stores.get(DATA_CACHE_NAME)!.keys()]).toEqual(['https://lab.test/data/mnist/train-0.u8']);
    expect(storage.stores.get(DATA_CACHE_NAME)!.get('https://lab.test/data/mnist/train-0.u8')!.headers.get('Content-Type')).toBe('application/octet-stream');

    const offline = fakeFetch(() => {
      throw new Error('offline');
    });
    const again = await createDatasetClient({ fetch: offline.fetch, baseUrl: '/', pageUrl: PAGE, caches: storage }).fetchClass('mnist', 'train', 0);
    expect(again.length).toBe(2 * 784);
    expect(offline.calls).toHaveLength(0);
  });

  it('replaces a corrupt cache entry and works when Cache Storage fails to open', async () => {
    const storage = fakeCaches();
    const cache = await storage.open(DATA_CACHE_NAME);
    await cache.put('https://lab.test/data/mnist/test-1.u8', new Response(new Uint8Array(10)));
    const net = fakeFetch(() => images(1));
    const data = await createDatasetClient({ fetch: net.fetch, baseUrl: '/', pageUrl: PAGE, caches: storage }).fetchClass('mnist', 'test', 1);
    expect(data.length).toBe(784);
    expect(net.calls).toHaveLength(1);
    expect((await (await cache.match('https://lab.test/data/mnist/test-1.u8'))!.arrayBuffer()).byteLength).toBe(784);

    const broken = { open: () => Promise.reject(new Error('SecurityError')) } as unknown as CacheStorage;
    const viaNet = createDatasetClient({ fetch: fakeFetch(() => images(1)).fetch, baseUrl: '/', pageUrl: PAGE, caches: broken });
    expect((await viaNet.fetchClass('mnist', 'test', 1)).length).toBe(784);
  });
});

describe('fetchManifest', () => {
  const manifest = {
    dataset: 'fashion',
    imageSide: 28,
    classNames: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'],
    counts: { train: new Array(10).fill(6000), test: new Array(10).fill(1000) },
    source: 'x',
  };

  it('fetches and validates the manifest', async () => {
    const net = fakeFetch(() => new Response(JSON.stringify(manifest)));
    const client = createDatasetClient({ fetch: net.fetch, baseUrl: '/app/', pageUrl: PAGE });
    expect((await client.fetchManifest('fashion')).counts.test[9]).toBe(1000);
    expect(net.calls).toEqual(['https://lab.test/app/data/fashion/manifest.json']);
    await expect(client.fetchManifest('mnist')).rejects.toThrow(
      'Dataset manifest https://lab.test/app/data/mnist/manifest.json is invalid: Invalid mnist manifest: dataset is "fashion"',
    );
  });
});
