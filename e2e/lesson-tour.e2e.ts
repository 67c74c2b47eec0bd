/**
 * Every ready lesson opens, in both languages, on one page (one training
 * worker for the app); memory stays bounded: after a warm-up tour of every
 * lesson, a second and third tour add less than 5 MB of JS heap (measured
 * after a forced garbage collection; the figure is printed).
 */
import { afterAll, describe, expect, inject, test } from 'vitest';
import { LESSONS } from '../src/lessons/registry';
import { byTestId, closeBrowser, pageForTest } from './browser';

const baseUrl = inject('baseUrl');
const READY = LESSONS.filter((l) => l.status === 'ready').map((l) => l.id);

afterAll(closeBrowser);

describe('a tour of every lesson', () => {
  test('opens every ready lesson in both languages; the heap stays flat across tours', async () => {
    const tp = await pageForTest(baseUrl, 'lesson-tour');
    const { page } = tp;
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    const tour = async () => {
      for (const lang of ['en', 'ja'] as const) {
        for (const id of READY) {
          await page.goto(`#/lesson/${id}`);
          await page.locator('[data-testid^="cell-"]').first().waitFor({ timeout: 60_000 });
          await page.locator(byTestId(`lang-${lang}`)).click();
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
          await page.waitForTimeout(300);
        }
      }
    };
    await page.goto('#/');
    await tour();
    const warm = await heap();
    await tour();
    await tour();
    const after = await heap();
    console.log(`lesson tour: JS heap ${(warm / 1048576).toFixed(1)} MB after the first tour, ${(after / 1048576).toFixed(1)} MB after two more (${READY.length} lessons × 2 languages each)`);
    expect(after - warm).toBeLessThan(5 * 1048576);
    expect(tp.errors).toEqual([]);
  });
});
