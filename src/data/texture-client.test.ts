import { describe, expect, it } from 'vitest';
import { problem, ProblemError } from '../core/problem';
import { generateCarpet } from '../core/textures/carpet';
import { DATA_CACHE_NAME } from './cached-fetch';
import { fakeCaches, fakeFetch } from './fake-web';
import { createTextureClient } from './texture-client';

const PAGE = 'https://lab.test/app/index.html';
const SIDE = 512;

const texture = (value: number, bytes = SIDE * SIDE): Response =>
  new Response(new Uint8Array(bytes).fill(value), { headers: { 'Content-Type': 'application/octet-stream' } });

describe('fetchTexture', () => {
  it('downloads {base}data/textures/{name}.u8 once and returns a fresh 512² image each time', async () => {
    const net = fakeFetch(() => texture(51));
    const client = createTextureClient({ fetch: net.fetch, baseUrl: '/app/', pageUrl: PAGE });
    const [a, b] = await Promise.all([client.fetchTexture('gravel'), client.fetchTexture('gravel')]);
    expect(net.calls).toEqual(['https://lab.test/app/data/textures/gravel.u8']);
    expect([a.width, a.height, a.data.length]).toEqual([512, 512, 512 * 512]);
    expect(a.data[12345]).toBe(Math.fround(0.2));
    expect(a.data).not.toBe(b.data);
    a.data[0] = 9;
    expect((await client.fetchTexture('gravel')).data[0]).toBe(Math.fround(0.2));
    expect(net.calls).toHaveLength(1);
  });

  it('makes the generated textures from their seed without downloading', async () => {
    const net = fakeFetch(() => texture(0));
    const client = createTextureClient({ fetch: net.fetch, baseUrl: '/', pageUrl: PAGE });
    const carpet = await client.fetchTexture('carpet', 4);
    expect(carpet.data[777]).toBe(generateCarpet(4).data[777]);
    expect((await client.fetchTexture('leather')).width).toBe(512);
    expect(net.calls).toHaveLength(0);
  });

  it('names the URL when a download fails or has the wrong size, and retries later', async () => {
    let reply: Response | Error = new Response('no', { status: 404, statusText: 'Not Found' });
    const net = fakeFetch(() => {
      if (reply instanceof Error) throw reply;
      return reply;
    });
    const client = createTextureClient({ fetch: net.fetch, baseUrl: '/', pageUrl: PAGE });
    const url = 'https://lab.test/data/textures/brick.u8';
    await expect(client.fetchTexture('brick')).rejects.toThrow(new ProblemError(problem('download-failed', { url, detail: 'HTTP 404 Not Found' })));
    reply = new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
    await expect(client.fetchTexture('brick')).rejects.toThrow(new ProblemError(problem('download-failed', { url, detail: 'Content-Type text/html' })));
    reply = new Response(new Uint8Array(15));
    await expect(client.fetchTexture('brick')).rejects.toThrow(new ProblemError(problem('download-failed', { url, detail: '15 B' })));
    reply = new TypeError('offline');
    await expect(client.fetchTexture('brick')).rejects.toThrow(new ProblemError(problem('download-failed', { url, detail: 'offline' })));
    reply = texture(3);
    expect((await client.fetchTexture('brick')).data[0]).toBe(Math.fround(3 / 255));
    expect(net.calls).toHaveLength(5);
  });

  it('keeps downloads in the data cache and serves a later session from it, dropping a bad entry', async () => {
    const storage = fakeCaches();
    const first = fakeFetch(() => texture(7));
    await createTextureClient({ fetch: first.fetch, baseUrl: '/', pageUrl: PAGE, caches: storage }).fetchTexture('grass');
    const url = 'https://lab.test/data/textures/grass.u8';
    expect([...storage.stores.get(DATA_CACHE_NAME)!.keys()]).toEqual([url]);
    const offline = fakeFetch(() => {
      throw new TypeError('offline');
    });
    const later = await createTextureClient({ fetch: offline.fetch, baseUrl: '/', pageUrl: PAGE, caches: storage }).fetchTexture('grass');
    expect(later.data[0]).toBe(Math.fround(7 / 255));
    expect(offline.calls).toHaveLength(0);
    storage.stores.get(DATA_CACHE_NAME)!.set(url, new Response(new Uint8Array(10)));
    const refetch = fakeFetch(() => texture(8));
    expect((await createTextureClient({ fetch: refetch.fetch, baseUrl: '/', pageUrl: PAGE, caches: storage }).fetchTexture('grass')).data[0]).toBe(Math.fround(8 / 255));
    expect(refetch.calls).toEqual([url]);
  });
});
