/**
 * The strict Content-Security-Policy holds in use: every ready lesson opens in
 * both languages and lesson 1 trains (wasm threads, charts, math) with no CSP
 * violation in the page or any worker, no request to another origin, and the
 * policy and hardening headers on the page, the workers' scripts and the
 * WebAssembly binaries. The same on the dev server, whose policy adds only
 * what Vite's dev mode needs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { devContentSecurityPolicy, inlineScripts, productionHeaders, scriptHash } from '../build/security-headers';
import { LESSONS } from '../src/lessons/registry';
import { byTestId as id, closeBrowser, pageForTest, screenshot, setLanguage, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY = LESSONS.filter((l) => l.status === 'ready').map((l) => l.id);
const CSP_TEXT = /Content.Security.Policy|CSP violation|violates the following|Refused to/i;

afterAll(closeBrowser);

/** What a page recorded: CSP violations (page and workers), requests to other origins, and the CSP of key responses. */
interface Audit {
  violations: string[];
  foreign: string[];
  policies: Map<string, string | undefined>;
  websockets: string[];
}

/** Starts recording on `tp`'s page, which serves from `origin`. */
async function audit(tp: TestPage, origin: string): Promise<Audit> {
  const { page, context } = tp;
  const a: Audit = { violations: [], foreign: [], policies: new Map(), websockets: [] };
  // Violations in documents: the DOM event.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  // Violations in workers: the same event in each worker's scope, and Chromium's log, which also carries workers' entries.
  page.on('worker', (worker) => {
    void worker
      .evaluate(() => self.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation in a worker: ${e.violatedDirective} blocked ${e.blockedURI}`)))
      .catch(() => undefined);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Log.enable');
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (CSP_TEXT.test(entry.text)) a.violations.push(`${entry.source}: ${entry.text}`);
  });
  page.on('console', (m) => {
    if (CSP_TEXT.test(m.text())) a.violations.push(`console: ${m.text()}`);
  });
  // Requests from the page, its workers and the service worker.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) a.foreign.push(request.url());
  });
  page.on('websocket', (ws) => {
    a.websockets.push(ws.url());
    if (new URL(ws.url()).origin.replace(/^ws/, 'http') !== origin) a.foreign.push(ws.url());
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path === '/' || /\/(train-worker|csv-worker)(-[\w-]{8})?\.(js|ts)$|\.wasm$|^\/sw\.js$/.test(path)) a.policies.set(path.replace(/-[\w-]{8}\.js$/, '.js'), response.headers()['content-security-policy']);
  });
  return a;
}

/** Run all on lesson 1 with a tiny setting: wasm threads, Plotly charts, KaTeX prose. */
async function trainLessonOne(page: Page): Promise<void> {
  await page.goto('#/lesson/dense-ae?maxTrain=300&epochs=1&patience=0&batch=64');
  await page.locator(id('run-all')).waitFor({ timeout: 180_000 });
  await page.locator(id('run-all')).click();
  await page.waitForFunction((sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''), id('train-status'), {
    timeout: 8 * 60_000,
    polling: 500,
  });
  expect(await page.locator(id('train-status')).getAttribute('data-state')).toBe('done');
  await page.waitForFunction((sel) => /\d\.\d/.test(document.querySelector(sel)?.textContent ?? ''), id('auc-value'), { timeout: 120_000 });
  await page.locator('.js-plotly-plot').first().waitFor({ timeout: 60_000 });
  await page.locator('.katex').first().waitFor({ state: 'attached', timeout: 60_000 });
  expect((await page.locator(id('backend-badge')).innerText()).replace(/\s+/g, ' ')).toMatch(/WebAssembly/);
}

/** Opens every ready lesson in each of `langs`. */
async function visitLessons(page: Page, langs: readonly ('en' | 'ja')[]): Promise<void> {
  for (const lang of langs) {
    for (const lesson of READY) {
      await page.goto(`#/lesson/${lesson}`);
      await page.locator('[data-testid^="cell-"]').first().waitFor({ timeout: 120_000 });
      await setLanguage(page, lang);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
  }
}

describe('Content-Security-Policy', () => {
  test('preview build: every ready lesson in both languages and a lesson-1 training run give 0 violations and 0 requests to other origins', async () => {
    const tp = await pageForTest(baseUrl, 'csp');
    const a = await audit(tp, new URL(baseUrl).origin);
    await trainLessonOne(tp.page);
    await screenshot(tp.page, 'csp-lesson1-trained');
    await visitLessons(tp.page, ['en', 'ja']);

    expect(a.violations).toEqual([]);
    expect(a.foreign).toEqual([]);
    expect(tp.errors).toEqual([]);
    // The policy came with the page, the training worker's script (a worker takes its policy from its own response) and the wasm.
    const csp = productionHeaders()['Content-Security-Policy'];
    expect(a.policies.get('/')).toBe(csp);
    expect(a.policies.get('/assets/train-worker.js')).toBe(csp);
    expect([...a.policies.keys()].some((p) => p.endsWith('.wasm'))).toBe(true);
    for (const [path, value] of a.policies) expect(value, path).toBe(csp);
  });

  test('the preview server sends the hardening headers on pages, scripts and data', async () => {
    const expected = productionHeaders();
    for (const path of ['/', '/favicon.svg', '/data/mnist/manifest.json']) {
      const response = await fetch(new URL(path, baseUrl));
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  describe('dev server (npm start)', () => {
    let server: ViteDevServer | undefined;
    let devUrl = '';
    beforeAll(async () => {
      server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
      await server.listen();
      const address = server.httpServer?.address();
      if (!address || typeof address !== 'object') throw new Error('dev server has no address');
      devUrl = `http://127.0.0.1:${address.port}/`;
    });
    afterAll(async () => {
      await server?.close();
    });

    test('its policy differs only by React Refresh’s hash and blob: scripts; lesson 1 trains, hot reload connects, 0 violations', async () => {
      const response = await fetch(devUrl);
      const csp = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      expect(csp).toBe(devContentSecurityPolicy(inlineScripts(html).map(scriptHash)));
      expect(inlineScripts(html)).toHaveLength(1);
      for (const [name, value] of Object.entries(productionHeaders())) if (name !== 'Content-Security-Policy') expect(response.headers.get(name), name).toBe(value);

      const tp = await pageForTest(devUrl, 'csp-dev');
      const a = await audit(tp, new URL(devUrl).origin);
      await trainLessonOne(tp.page);
      await visitLessons(tp.page, ['en']);
      expect(a.websockets.length).toBeGreaterThan(0);
      expect(a.violations).toEqual([]);
      expect(a.foreign).toEqual([]);
      expect(tp.errors).toEqual([]);
      expect(a.policies.get('/')).toBe(csp);
    });
  });
});
