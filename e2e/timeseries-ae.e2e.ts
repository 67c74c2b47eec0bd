/**
 * Lesson 2 (time-series autoencoder, seed 002 second half) end to end: generate
 * the seed's 10,200 series and draw them, reveal the groups, train a small run on
 * wasm, set a two-sided threshold, read the region counts and the per-group ROC
 * curves, open a series in the viewer, and load a bad then a good CSV.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { byTestId as id, canvasInk, closeBrowser, integerOf, openLessonCells, plotData, screenshot, setParam, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
const CELL_IDS = ['data', 'preprocessing', 'model', 'train', 'histogram', 'viewer', 'roc', 'byo'] as const;

afterAll(closeBrowser);

const openLesson = (name: string): Promise<TestPage> => openLessonCells(baseUrl, 'timeseries-ae', name, CELL_IDS);

/** Region counts: [total, normal, low-noise, cos] of each region. */
async function regions(page: Page): Promise<Record<'low' | 'middle' | 'high', number[]>> {
  const row = async (r: string) => Promise.all([`region-${r}-total`, `region-${r}-normal`, `region-${r}-low-noise`, `region-${r}-cos`].map((t) => integerOf(page, t)));
  return { low: await row('low'), middle: await row('middle'), high: await row('high') };
}

describe('lesson 2: time-series autoencoder', () => {
  test('generate 10,200 series → reveal → train (small, wasm) → two-sided threshold → ROC → viewer → CSV', async () => {
    const tp = await openLesson('timeseries-ae');
    const { page } = tp;

    // 1. The seed's data: 10,000 + 100 + 100 series, all drawn on one canvas.
    await page.locator(id('data-generate')).click();
    await page.locator(id('series-count')).waitFor({ timeout: 30_000 });
    expect(await integerOf(page, 'series-count')).toBe(10_200);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'drawn', id('data-overlay'), { timeout: 30_000 });
    const [ink] = await canvasInk(page, id('data-overlay'));
    expect(ink.inked).toBeGreaterThan(ink.width * ink.height * 0.05);
    await screenshot(page, 'timeseries-ae-1-spot-them');
    await page.locator(id('data-reveal')).click();
    const counts = await page.locator(`${id('group-counts')} li`).allTextContents();
    expect(counts.map((c) => c.replace(/[^\d]/g, ''))).toEqual(['10000', '100', '100']);
    await screenshot(page, 'timeseries-ae-2-revealed');

    // Bad settings are refused next to the table, and generating is blocked.
    await setParam(page, 'cos.noise', 9);
    await page.locator(id('param-error-cos.noise')).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator(id('param-error-cos.noise')).textContent()).toMatch(/between 0–5/);
    await setParam(page, 'cos.noise', 0.5);
    await setParam(page, 'frequency.factor', 1);
    await page.locator(id('param-error-spec')).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator(id('data-generate')).isDisabled()).toBe(true);
    await setParam(page, 'frequency.factor', 2);

    // 2. A small run: 3,000 normal + 60 + 60 series, 4 epochs on wasm.
    await page.locator(id('backend-select')).selectOption('wasm');
    await setParam(page, 'normal.count', 3000);
    await setParam(page, 'lowNoise.count', 60);
    await setParam(page, 'cos.count', 60);
    await setParam(page, 'epochs', 4);
    await page.locator(id('run-all')).click();
    await page.waitForFunction((sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''), id('train-status'), {
      timeout: 8 * 60_000,
      polling: 500,
    });
    expect(await page.locator(id('train-status')).getAttribute('data-state'), (await page.locator(id('train-status')).textContent()) ?? '').toBe('done');
    await page.locator(id('region-table')).waitFor({ timeout: 60_000 });
    expect(await page.locator(id('cell-train')).getAttribute('data-stale')).toBe('false');
    await screenshot(page, 'timeseries-ae-3-trained');

    // 3. The suggested two-sided threshold finds both groups on their own tails.
    const r = await regions(page);
    expect(r.low[0] + r.middle[0] + r.high[0]).toBe(3120);
    expect(r.low[2]).toBe(60);
    expect(r.high[3]).toBe(60);
    expect(r.low[1] + r.high[1]).toBeLessThanOrEqual(30);
    // Regenerating hid the groups again: one bar trace until the learner reveals them.
    expect(await plotData(page, id('error-histogram'))).toHaveLength(1);
    await page.locator(id('hist-reveal')).check();
    await expect.poll(async () => (await plotData(page, id('error-histogram'))).length, { timeout: 10_000 }).toBe(3);
    const hist = await plotData(page, id('error-histogram'));
    const barTotal = hist.reduce((s, t) => s + (t.y ?? []).reduce<number>((a, v) => a + Number(v), 0), 0);
    expect(barTotal).toBe(3120);
    // Moving the low handle to its minimum empties (almost all of) the low tail.
    const lowSlider = page.locator(`${id('threshold-low')} input[type="range"]`);
    // The low handle flags what lies below it: its track is anomaly-coloured on the left, the high one on the right.
    const trackStart = (sel: string) =>
      page.locator(`${id(sel)} input[type="range"]`).evaluate((el) => {
        const css = getComputedStyle(el);
        const first = css.getPropertyValue('--track-bg').match(/color-mix\([^)]*\)/)?.[0] ?? '';
        const normal = css.getPropertyValue('--al-normal').trim();
        return first.includes(normal) ? 'normal' : 'anomaly';
      });
    expect(await trackStart('threshold-low')).toBe('anomaly');
    expect(await trackStart('threshold-high')).toBe('normal');
    await lowSlider.focus();
    await lowSlider.press('Home');
    await expect.poll(async () => (await regions(page)).low[0], { timeout: 10_000 }).toBeLessThanOrEqual(1);
    await page.locator(id('threshold-seed')).click();
    // Post 002's thresholds, also as MSE under each log₁₀ slider.
    await expect.poll(() => page.locator(`${id('threshold-low')} ${id('threshold-as-mse')}`).textContent()).toBe('that is, MSE ≤ 0.1');
    expect(await page.locator(`${id('threshold-high')} ${id('threshold-as-mse')}`).textContent()).toBe('that is, MSE ≥ 10');
    await screenshot(page, 'timeseries-ae-4-seed-thresholds');

    // 4. ROC per anomaly group: cos by MSE, low-noise by −MSE.
    for (const group of ['cos', 'low-noise']) {
      const auc = Number(await page.locator(id(`auc-${group}`)).getAttribute('data-auc'));
      expect(auc, group).toBeGreaterThanOrEqual(0.99);
      const traces = await plotData(page, id(`roc-${group}`));
      const curve = traces.find((t) => (t.x ?? []).length > 2)!;
      expect(Number(curve.x!.at(-1))).toBeCloseTo(1, 9);
      expect(Number(curve.y!.at(-1))).toBeCloseTo(1, 9);
    }

    // 5. Viewer: the low tail in orange-red; the first series and its reconstruction.
    await page.locator(id('viewer-region-low')).click();
    await page.locator(id('cell-viewer')).scrollIntoViewIfNeeded();
    // The chosen region looks chosen: its background differs from the other two, which match.
    const regionBackgrounds = await Promise.all(['low', 'middle', 'high'].map((r) => page.locator(id(`viewer-region-${r}`)).evaluate((el) => getComputedStyle(el).backgroundColor)));
    expect(regionBackgrounds[0]).not.toBe(regionBackgrounds[1]);
    expect(regionBackgrounds[1]).toBe(regionBackgrounds[2]);
    const recon = await plotData(page, id('recon-plot'));
    expect(recon).toHaveLength(2);
    expect(recon[0].y).toHaveLength(100);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'drawn', id('viewer-overlay'), { timeout: 30_000 });
    const [viewerInk] = await canvasInk(page, id('viewer-overlay'));
    expect(viewerInk.colors).toBeGreaterThan(10);
    await screenshot(page, 'timeseries-ae-5-viewer');

    // 6. Bring your own: a ragged file is refused with its line; a good one replaces the data.
    const input = page.locator(id('csv-file'));
    await input.setInputFiles({ name: 'ragged.csv', mimeType: 'text/csv', buffer: Buffer.from('1,2,3,4\n1,2,3\n') });
    await page.locator(id('csv-error')).waitFor({ timeout: 10_000 });
    expect(await page.locator(id('csv-error')).textContent()).toMatch(/Line 2 has 3 values but line 1 has 4/);
    const good = Array.from({ length: 50 }, (_, i) => Array.from({ length: 20 }, (_, j) => Math.sin(j / 3 + i / 7).toFixed(4)).join(',')).join('\n');
    await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.locator(id('csv-loaded')).waitFor({ timeout: 10_000 });
    expect(await page.locator(id('csv-loaded')).textContent()).toMatch(/50 series of length 20/);
    await screenshot(page, 'timeseries-ae-6-csv');

    expect(tp.errors).toEqual([]);
  });
});
