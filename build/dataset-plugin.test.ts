import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Plugin, ResolvedConfig } from 'vite';
import type { DatasetManifest, DatasetName, Split } from '../src/core/data/dataset-files';
import type { RealTextureName } from '../src/core/textures/texture-files';
import { datasetPlugin } from './dataset-plugin';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => void;

/** A fake loader: class `c` of split `s` has c+1 (train) or c+2 (test) images filled with the class label. */
const fakeLoad = async (_d: DatasetName, split: Split, cls: number): Promise<Uint8Array> =>
  new Uint8Array((cls + (split === 'train' ? 1 : 2)) * 784).fill(cls);
/** A fake texture loader: every texture is 512×512 bytes filled with its name's length. */
const fakeTexture = async (name: RealTextureName): Promise<Uint8Array> => new Uint8Array(512 * 512).fill(name.length);
/** A fake face loader: 3 bytes filled with the style name's length. */
const fakeFaces = async (style: string): Promise<Uint8Array> => new Uint8Array(3).fill(style.length);
const fakeManifest = async (dataset: DatasetName): Promise<DatasetManifest> => ({
  dataset,
  imageSide: 28,
  classNames: [],
  counts: { train: [], test: [] },
  source: 'fake',
});

function setup(base = '/'): { plugin: Plugin; dev: Middleware; preview: Middleware } {
  const plugin = datasetPlugin({ loadClass: fakeLoad, datasetManifest: fakeManifest, loadTexture: fakeTexture, loadFaces: fakeFaces });
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base, build: {} } as ResolvedConfig);
  const grab = (hook: unknown): Middleware => {
    let mw: Middleware | undefined;
    (hook as (s: unknown) => void)({ middlewares: { use: (fn: Middleware) => (mw = fn) } });
    return mw!;
  };
  return { plugin, dev: grab(plugin.configureServer), preview: grab(plugin.configurePreviewServer) };
}

interface Reply {
  status?: number;
  headers: Record<string, string>;
  body?: Buffer;
  next: boolean;
}

function call(mw: Middleware, url: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const reply: Reply = { headers: {}, next: false };
    const res = {
      setHeader: (k: string, v: string) => (reply.headers[k.toLowerCase()] = v),
      writeHead: (status: number, headers: Record<string, string>) => {
        reply.status = status;
        for (const [k, v] of Object.entries(headers)) reply.headers[k.toLowerCase()] = v;
      },
      end: (body?: Uint8Array | string) => {
        reply.body = body === undefined ? undefined : Buffer.from(body);
        resolve(reply);
      },
    } as unknown as ServerResponse;
    mw({ url, method } as IncomingMessage, res, (e) => (e ? reject(e) : resolve({ ...reply, next: true })));
  });
}

describe('datasetPlugin dev middleware', () => {
  it('serves class bytes with octet-stream and CORP headers', async () => {
    const reply = await call(setup().dev, '/data/mnist/train-3.u8?v=1');
    expect(reply.status).toBe(200);
    expect(reply.body?.length).toBe(4 * 784);
    expect(reply.body?.[0]).toBe(3);
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(reply.headers['content-length']).toBe(String(4 * 784));
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('serves the manifest as JSON and honours the base', async () => {
    const reply = await call(setup('/lab/').dev, '/lab/data/fashion/manifest.json');
    expect(reply.headers['content-type']).toBe('application/json');
    expect(JSON.parse(reply.body!.toString()).dataset).toBe('fashion');
    expect((await call(setup('/lab/').dev, '/data/fashion/manifest.json')).next).toBe(true);
  });

  it('404s unknown names with a helpful text and passes other paths on', async () => {
    const reply = await call(setup().dev, '/data/mnist/train-12.u8');
    expect(reply.status).toBe(404);
    expect(reply.body?.toString()).toMatch(/Unknown dataset file "data\/mnist\/train-12.u8". Expected data\/\{mnist\|fashion\}/);
    expect((await call(setup().dev, '/src/main.tsx')).next).toBe(true);
    expect((await call(setup().dev, '/data/mnist/train-1.u8', 'POST')).next).toBe(true);
  });

  it('answers HEAD without a body', async () => {
    const reply = await call(setup().dev, '/data/mnist/test-0.u8', 'HEAD');
    expect(reply.headers['content-length']).toBe(String(2 * 784));
    expect(reply.body).toBeUndefined();
  });
});

describe('datasetPlugin textures', () => {
  it('serves a texture as octet-stream bytes in dev, and only the three real ones', async () => {
    const reply = await call(setup('/lab/').dev, '/lab/data/textures/brick.u8');
    expect(reply.status).toBe(200);
    expect(reply.body?.length).toBe(512 * 512);
    expect(reply.body?.[1000]).toBe(5);
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect((await call(setup().dev, '/data/textures/carpet.u8')).status).toBe(404);
    expect((await call(setup().dev, '/data/textures/grass.png')).status).toBe(404);
    expect((await call(setup().preview, '/data/textures/grass.u8')).headers['content-type']).toBe('application/octet-stream');
  });

  it('serves the committed photos by default (decoded from data/textures/*.png)', async () => {
    const plugin = datasetPlugin({ loadClass: fakeLoad, datasetManifest: fakeManifest });
    (plugin.configResolved as (c: ResolvedConfig) => void)({ base: '/', build: {} } as ResolvedConfig);
    let mw: Middleware | undefined;
    (plugin.configureServer as (s: unknown) => void)({ middlewares: { use: (fn: Middleware) => (mw = fn) } });
    const reply = await call(mw!, '/data/textures/grass.u8');
    expect(reply.body?.length).toBe(512 * 512);
    expect(reply.body?.[0]).toBe(113);
    expect(reply.body?.[511]).toBe(173);
  });
});

describe('datasetPlugin preview middleware', () => {
  it('adds headers for known files, 404s unknown ones', async () => {
    const ok = await call(setup().preview, '/data/fashion/test-9.u8');
    expect(ok.next).toBe(true);
    expect(ok.headers['content-type']).toBe('application/octet-stream');
    expect(ok.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect((await call(setup().preview, '/data/fashion/x.u8')).status).toBe(404);
  });

  it('serves a face file from its loader and 404s an unknown style', async () => {
    const reply = await call(setup().dev, '/data/faces/lorelei-hard.u8');
    expect(reply.status).toBe(200);
    expect([...(reply.body ?? [])]).toEqual([7, 7, 7]);
    expect((await call(setup().dev, '/data/faces/avataaars-normal.u8')).status).toBe(404);
  });
});

describe('datasetPlugin build', () => {
  it('emits every class file, both manifests, the three textures and the six face files under data/', async () => {
    const { plugin } = setup();
    const emitted = new Map<string, Uint8Array | string>();
    const ctx = { emitFile: (f: { fileName: string; source: Uint8Array | string }) => emitted.set(f.fileName, f.source) };
    await (plugin.generateBundle as (this: unknown) => Promise<void>).call(ctx);
    expect(emitted.size).toBe(51);
    expect(emitted.get('data/faces/open-peeps-hard.u8')).toEqual(new Uint8Array(3).fill(10));
    expect((emitted.get('data/textures/gravel.u8') as Uint8Array).length).toBe(512 * 512);
    expect((emitted.get('data/textures/gravel.u8') as Uint8Array)[0]).toBe(6);
    expect((emitted.get('data/mnist/test-9.u8') as Uint8Array).length).toBe(11 * 784);
    expect((emitted.get('data/fashion/train-0.u8') as Uint8Array).length).toBe(784);
    expect(JSON.parse(emitted.get('data/mnist/manifest.json') as string).dataset).toBe('mnist');
  });
});
