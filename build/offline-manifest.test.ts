import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertOfflineManifest } from '../src/data/offline-manifest';
import { buildOfflineManifest, publicFiles } from './offline-manifest';

describe('buildOfflineManifest', () => {
  it('lists every chunk and asset with its byte size, index.html as the page, public files but not the service worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'sw.js'), 'self;');
    mkdirSync(join(dir, 'icons'));
    writeFileSync(join(dir, 'icons', 'a.png'), new Uint8Array(3));
    const manifest = buildOfflineManifest(
      {
        'index.html': { type: 'asset', source: '<!doctype html>' },
        'assets/index-1.js': { type: 'chunk', code: 'const é = 1;' },
        'assets/index-1.js.map': { type: 'asset', source: '{}' },
        'assets/tfjs-backend-wasm-simd-2.wasm': { type: 'asset', source: new Uint8Array(10) },
        'data/mnist/train-1.u8': { type: 'asset', source: new Uint8Array(784 * 2) },
        'offline-manifest.json': { type: 'asset', source: '{}' },
      },
      publicFiles(dir),
    );
    expect(manifest.files).toEqual([
      { path: '', bytes: 15 },
      { path: 'assets/index-1.js', bytes: 13 },
      { path: 'assets/tfjs-backend-wasm-simd-2.wasm', bytes: 10 },
      { path: 'data/mnist/train-1.u8', bytes: 1568 },
      { path: 'favicon.svg', bytes: 6 },
      { path: 'icons/a.png', bytes: 3 },
    ]);
    expect(manifest.totalBytes).toBe(1615);
    expect(assertOfflineManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it('has no public files when the folder does not exist', () => {
    expect(publicFiles(join(tmpdir(), 'no-such-dir-offline'))).toEqual([]);
  });
});
