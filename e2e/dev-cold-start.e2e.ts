/**
 * A fresh clone's first Run is never lost: `npm start` on a cold dependency
 * cache used to find the worker's tfjs backends only when Run was pressed,
 * re-optimise and reload the page (issue "one lesson shape"). This starts the
 * dev server with an empty cache directory, presses Run all as soon as the
 * lesson shows, and checks that the page never reloads and training finishes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byTestId, closeBrowser, openLessonPage, waitForTrainingDone } from './browser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let server: ViteDevServer;
let cacheDir: string;
let baseUrl: string;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'anomaly-lab-vite-cache-'));
  server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), cacheDir, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn', optimizeDeps: { force: true } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object') throw new Error('dev server has no address');
  baseUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await closeBrowser();
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('dev server from a cold cache', () => {
  test('the first Run all trains without a reload', async () => {
    const tp = await openLessonPage(baseUrl, 'dense-ae', 'dev-cold-start', '?maxTrain=300&epochs=1&patience=0&batch=64');
    const { page } = tp;
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await page.evaluate(() => ((window as unknown as { coldMarker: number }).coldMarker = 1));
    await page.locator(byTestId('run-all')).click();
    await waitForTrainingDone(tp, 8 * 60_000);
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { coldMarker?: number }).coldMarker)).toBe(1);
    expect(await page.locator(byTestId('auc-value')).textContent()).toMatch(/\d\.\d/);
  });
});
