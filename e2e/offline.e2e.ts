/**
 * Offline for a whole class (issue 16): on the production build, press "Make
 * available offline" on the home page and wait until it says it is done; then
 * cut the network (`context.setOffline(true)`, which Chromium also applies to
 * the service worker: checked) and, from a fresh load each time, open every
 * ready lesson in English and Japanese with all its prose, and train tiny
 * models on every bundled dataset: MNIST and Fashion-MNIST (lesson 1), a
 * texture photo (SSIM autoencoder), plus the time-series and patch-VAE
 * lessons. No request fails, none goes to another origin, and the page logs
 * no error.
 */
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { LESSONS } from '../src/lessons/registry';
import { byTestId, closeBrowser, pageForTest, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const READY = LESSONS.filter((l) => l.status === 'ready' && l.load);

afterAll(closeBrowser);

/**
 * A tiny run per bundled dataset (and per lesson without one), as an address
 * query; `result` is an element the results show, `minAuc` what its `data-auc` must reach.
 */
const RUNS: { lesson: string; data: string; query: string; result: string; minAuc?: number }[] = [
  { lesson: 'dense-ae', data: 'MNIST', query: '?dataset=mnist&normal=1&anomaly=9&maxTrain=1000&epochs=3&patience=0&batch=64', result: 'auc-value', minAuc: 0.9 },
  { lesson: 'dense-ae', data: 'Fashion-MNIST', query: '?dataset=fashion&normal=7&anomaly=9&maxTrain=300&epochs=1&patience=0&batch=64', result: 'auc-value' },
  { lesson: 'ssim-ae', data: 'grass photo', query: '?texture=grass&cropSize=32&trainCount=64&validationCount=8&testCount=12&epochs=1&losses=l2&width=0.25&batch=16', result: 'maps-grid' },
  { lesson: 'timeseries-ae', data: 'generated series', query: '?normal.count=600&lowNoise.count=20&cos.count=20&epochs=1', result: 'auc-cos' },
  { lesson: 'patch-vae', data: 'MNIST patches', query: '?patches=500&epochs=1&batch=64', result: 'auc-old' },
];

/** Requests of the page that have not finished yet. */
const pending = new Set<Request>();

/** Waits until no request of the page is in flight (so leaving it aborts none). */
async function settled(page: Page): Promise<void> {
  for (let quiet = 0; quiet < 4; quiet = pending.size === 0 ? quiet + 1 : 0) await page.waitForTimeout(250);
}

/**
 * Loads `address` as a new document (served by the service worker when
 * offline), after the current one's requests finished, and waits for
 * `selector` (default: a lesson's first cell).
 */
async function openFresh(page: Page, address: string, selector = '[data-testid^="cell-"]'): Promise<void> {
  await settled(page);
  await page.goto('about:blank');
  await page.goto(new URL(address, baseUrl).href);
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 60_000 });
}

/**
 * Switches the language and waits until the page title is the lesson's in that
 * language and every cell's prose is shown in it (none loading or failed);
 * returns how many prose blocks there are.
 */
async function proseIn(page: Page, lang: 'en' | 'ja', title: string): Promise<number> {
  await page.locator(`${byTestId(`lang-${lang}`)}:visible`).first().click();
  await page.waitForFunction(
    ([l, t]) =>
      document.documentElement.lang === l &&
      document.title.startsWith(t) &&
      document.querySelectorAll('.prose--loading, .prose--pending, .prose--error').length === 0 &&
      document.querySelectorAll(`.prose:not([lang="${l}"])`).length === 0,
    [lang, title] as const,
    { timeout: 60_000, polling: 250 },
  );
  return page.locator(`.prose[lang="${lang}"]`).count();
}

async function runAll(page: Page, errors: string[]): Promise<void> {
  const button = page.locator(byTestId('run-all'));
  await button.click();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') === 'true', byTestId('run-all'), { timeout: 60_000 });
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') !== 'true', byTestId('run-all'), { timeout: 8 * 60_000, polling: 500 });
  const status = page.locator(byTestId('train-status')).first();
  const state = await status.getAttribute('data-state');
  if (state !== 'done') throw new Error(`training ended in "${state}": ${await status.textContent()}\n${errors.join('\n')}`);
}

describe('offline', () => {
  test('after "Make available offline", every lesson opens in both languages and trains on every bundled dataset without a network', async () => {
    const tp = await pageForTest(baseUrl, 'offline');
    const { page, context } = tp;
    const failed: string[] = [];
    const foreign: string[] = [];
    const onFailed = (r: Request) => failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
    const onResponse = (r: Response) => {
      if (r.status() >= 400) failed.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
    };
    const onRequest = (r: Request) => {
      if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    };
    context.on('request', onRequest);
    page.on('request', (r) => pending.add(r));
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));

    await page.goto('#/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const manifest = (await page.evaluate(() => fetch('offline-manifest.json').then((r) => r.json()))) as { totalBytes: number; files: { path: string }[] };
    const megabytes = (manifest.totalBytes / 1e6).toFixed(1);
    // The button reads the size from the same manifest when it mounts, asynchronously.
    await expect.poll(() => page.locator(byTestId('offline-button')).getAttribute('title'), { timeout: 30_000 }).toContain(`(${megabytes} MB)`);

    const started = Date.now();
    await page.locator(byTestId('offline-button')).click();
    await page.waitForFunction((sel) => ['done', 'failed'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''), byTestId('offline-status'), {
      timeout: 5 * 60_000,
      polling: 250,
    });
    const said = (await page.locator(`${byTestId('offline-status')} p`).textContent()) ?? '';
    console.log(`[offline] stored ${manifest.files.length} files, ${megabytes} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s: ${said}`);
    expect(said).toBe(
      `Available offline: all ${READY.length} lessons in English and Japanese, with MNIST, Fashion-MNIST and the texture photos (${megabytes} MB, ${manifest.files.length} files). This browser now opens and trains them without a network.`,
    );
    await screenshot(page, 'offline-done');

    await context.setOffline(true);
    // The network is really cut, for the page and for its service worker: a file it never stored fails.
    expect(await page.evaluate(() => fetch('favicon.svg?not-stored=1').then((r) => `HTTP ${r.status}`, () => 'failed'))).toBe('failed');
    tp.errors.length = 0;
    page.on('requestfailed', onFailed);
    page.on('response', onResponse);

    await openFresh(page, '#/', byTestId('offline-button'));
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-phase') === 'stored', byTestId('offline'), { timeout: 30_000 });
    expect(await page.locator(byTestId('offline-button')).textContent()).toBe('Available offline');
    let blocks = 0;
    for (const entry of READY) {
      await openFresh(page, `#/lesson/${entry.id}`);
      const en = await proseIn(page, 'en', entry.title.en);
      const ja = await proseIn(page, 'ja', entry.title.ja);
      console.log(`[offline] ${entry.id}: ${en} prose blocks in English, ${ja} in Japanese`);
      expect(ja).toBe(en);
      blocks += ja;
      await proseIn(page, 'en', entry.title.en);
    }
    expect(blocks).toBeGreaterThan(READY.length);
    for (const run of RUNS) {
      await openFresh(page, `#/lesson/${run.lesson}${run.query}`);
      const t0 = Date.now();
      await runAll(page, tp.errors);
      const result = page.locator(byTestId(run.result)).first();
      await result.waitFor({ timeout: 60_000 });
      const auc = Number((await result.getAttribute('data-auc')) ?? NaN);
      console.log(`[offline] ${run.lesson} on ${run.data}: trained in ${((Date.now() - t0) / 1000).toFixed(0)} s${Number.isNaN(auc) ? '' : `, AUC ${auc.toFixed(4)}`}`);
      if (run.minAuc !== undefined) expect(auc).toBeGreaterThan(run.minAuc);
    }
    await settled(page);
    await screenshot(page, 'offline-trained');
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
    expect(tp.errors).toEqual([]);
    await context.setOffline(false);
  });
});
