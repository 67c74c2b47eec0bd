/**
 * Smoke tests of the built app: home page, lesson list, offline second visit,
 * cross-origin isolation headers, and the dataset files served by the app.
 */
import { afterAll, describe, expect, inject, test } from 'vitest';
import { LESSONS } from '../src/lessons/registry';
import { closeBrowser, pageForTest, screenshot, setLanguage, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
const LESSON_CARDS = '[data-testid^="lesson-card-"]';

afterAll(closeBrowser);

/** New page for one test: closed when the test ends, screenshotted if it fails. */
const open = (name: string): Promise<TestPage> => pageForTest(baseUrl, name);

/** Ids of the lesson cards on the page, in page order. */
async function lessonCardIds(tp: TestPage): Promise<string[]> {
  await tp.page.locator(LESSON_CARDS).first().waitFor({ state: 'visible', timeout: 30_000 });
  return tp.page.$$eval(LESSON_CARDS, (cards) => cards.map((card) => card.getAttribute('data-testid') ?? ''));
}

describe('smoke', () => {
  test('home page loads with no console errors and lists every lesson', async () => {
    const tp = await open('home');
    const response = await tp.page.goto('/');
    expect(response?.status()).toBe(200);
    const ids = await lessonCardIds(tp);
    expect(ids).toHaveLength(LESSONS.length);
    expect(ids).toEqual(LESSONS.map((lesson) => `lesson-card-${lesson.id}`));
    // Let lazy chunks and the service worker settle before judging the console.
    await tp.page.waitForLoadState('networkidle');
    await screenshot(tp.page, 'home');
    expect(tp.errors).toEqual([]);
  });

  test('the home page links to the glossary, which shows the shared terms in both languages', async () => {
    const tp = await open('glossary');
    await tp.page.setViewportSize({ width: 390, height: 800 });
    await tp.page.goto('/');
    await tp.page.locator('[data-testid="glossary-link"]').click();
    const page = tp.page.locator('[data-testid="glossary-page"] .prose');
    await expect.poll(() => page.textContent(), { timeout: 30_000 }).toContain('false alarm');
    expect(await tp.page.title()).toMatch(/^Glossary · /);
    await setLanguage(tp.page, 'ja');
    await expect.poll(() => page.textContent(), { timeout: 30_000 }).toContain('誤検出');
    expect(await tp.page.title()).toMatch(/^用語集 · /);
    expect(await tp.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await screenshot(tp.page, 'glossary-ja-390');
    expect(tp.errors).toEqual([]);
  });

  test('a term in a lesson opens its glossary entry over the lesson, and from there the glossary at that entry', async () => {
    const tp = await open('glossary-peek');
    const { page } = tp;
    await page.goto('/#/lesson/ssim-ae');
    const link = page.locator('.prose a[href="#/glossary/pixel-auroc"]');
    await link.waitFor({ timeout: 30_000 });
    const before = await page.evaluate(() => location.hash);
    await link.click();
    const card = page.locator('[data-testid="glossary-peek"]');
    await expect.poll(() => card.locator('.prose').textContent(), { timeout: 10_000 }).toMatch(/^pixel AUROC \(画素 AUROC\): the AUC with every pixel/);
    expect(await page.evaluate(() => location.hash)).toBe(before);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#/glossary/pixel-auroc');
    await link.click();
    await card.locator('a[href="#/glossary/pixel-auroc"]').click();
    const entry = page.locator('[data-testid="glossary-page"] .term--target');
    await expect.poll(() => entry.textContent(), { timeout: 30_000 }).toMatch(/^pixel AUROC \(画素 AUROC\)/);
    const top = (await entry.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(page.viewportSize()!.height / 2);
    await page.goBack();
    await link.waitFor({ timeout: 30_000 });
    expect(tp.errors).toEqual([]);
  });

  test('responses carry COOP same-origin and COEP require-corp, so the page is cross-origin isolated', async () => {
    const tp = await open('headers');
    const response = await tp.page.goto('/');
    expect(response).not.toBeNull();
    const headers = response!.headers();
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(await tp.page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    expect(await tp.page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  });

  test('the app serves the MNIST manifest (class 9 has 1009 test images)', async () => {
    const tp = await open('manifest');
    await tp.page.goto('/');
    const result = await tp.page.evaluate(async () => {
      const response = await fetch('data/mnist/manifest.json');
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    });
    expect(result.status).toBe(200);
    expect(result.type).toMatch(/application\/json/);
    const manifest = JSON.parse(result.body) as { dataset: string; imageSide: number; counts: { train: number[]; test: number[] } };
    expect(manifest.dataset).toBe('mnist');
    expect(manifest.imageSide).toBe(28);
    expect(manifest.counts.test).toHaveLength(10);
    expect(manifest.counts.test[9]).toBe(1009);
    expect(manifest.counts.test.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  test('a second visit works offline (service worker)', async () => {
    const tp = await open('offline');
    const { page, context } = tp;
    await page.goto('/');
    await lessonCardIds(tp);
    const registered = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then((registration) => registration.active !== null),
        new Promise<string>((resolve) => setTimeout(() => resolve('no service worker became ready within 30 s'), 30_000)),
      ]),
    );
    expect(registered).toBe(true);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    // Wait until the worker has cached every app file this visit loaded.
    const pending = () =>
      page.evaluate(async () => {
        const urls = [
          new URL('./', location.href).href,
          ...performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((url) => {
              const { origin, pathname } = new URL(url);
              // offline-manifest.json is fetched fresh on purpose (the offline button's size check), never cached.
              return origin === location.origin && !pathname.includes('/data/') && !pathname.endsWith('/sw.js') && !pathname.endsWith('/offline-manifest.json');
            }),
        ];
        const missing: string[] = [];
        for (const url of new Set(urls)) if (!(await caches.match(url))) missing.push(url);
        return missing;
      });
    await expect.poll(pending, { timeout: 30_000, interval: 500 }).toEqual([]);

    await context.setOffline(true);
    try {
      // The network really is gone, for the page and for its service worker.
      const probe = await page.evaluate(() =>
        fetch(`offline-probe-${Date.now()}.js`).then(
          (r) => `answered ${r.status}`,
          () => 'failed',
        ),
      );
      expect(probe).toBe('failed');

      const response = await page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      const ids = await lessonCardIds(tp);
      expect(ids).toHaveLength(LESSONS.length);
      await screenshot(page, 'home-offline');
    } finally {
      await context.setOffline(false);
    }
  });
});
