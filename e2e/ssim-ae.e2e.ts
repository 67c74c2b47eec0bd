/**
 * The SSIM-autoencoder lesson (post 001, first half) end to end: the live SSIM
 * explainer (two distortions with the same MSE, different SSIM; the window
 * slider), a tiny training of both losses on wasm, the anomaly maps and their
 * threshold slider, pixel AUROC and the pixel ROC of both models, then MVTec
 * AD folders written by the test itself: one with a missing mask, one good,
 * one with a corrupt PNG.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { en } from '../src/lessons/ssim-ae/text-en';
import { category, openFolder, tempFolders } from './mvtec-folder';
import { byTestId, canvasInk, closeBrowser, openLessonPage, plotData, screenshot, textOf, waitForTrainingDone } from './browser';

const baseUrl = inject('baseUrl');
const TINY = '?cropSize=32&trainCount=64&validationCount=8&testCount=24&epochs=1&batch=16&losses=both';
const { writeFolder, removeFolders } = tempFolders('ssim-ae-e2e-');

afterAll(async () => {
  await closeBrowser();
  removeFolders();
});

const value = async (page: Page, testId: string) => Number(await page.locator(byTestId(testId)).getAttribute('data-value'));

/** Fraction of white pixels of each segmentation image (the maps grid's last row). */
function segmentationWhite(page: Page): Promise<number[]> {
  return page.evaluate((sel) => {
    const rows = document.querySelectorAll(`${sel} tbody tr`);
    const last = rows[rows.length - 1];
    return Array.from(last.querySelectorAll('canvas'), (canvas) => {
      const ctx = canvas.getContext('2d')!;
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let white = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] > 127) white++;
      return white / (px.length / 4);
    });
  }, byTestId('maps-grid'));
}

describe('lesson 3: SSIM autoencoder on textures', () => {
  test('SSIM explainer → train tiny (both losses, wasm) → maps → slider → pixel ROC → MVTec folders', async () => {
    const tp = await openLessonPage(baseUrl, 'ssim-ae', 'ssim-ae', TINY);
    const { page } = tp;

    // 1. The explainer: same L2 error, different SSIM; the window slider changes SSIM.
    await page.locator(byTestId('ssim-table')).waitFor({ timeout: 30_000 });
    for (const kind of ['scramble', 'blur'] as const) {
      await page.locator(byTestId(`ssim-kind-${kind}`)).check();
      const mse = [await value(page, 'ssim-mse-shifted'), await value(page, 'ssim-mse-structural')];
      expect(mse[0]).toBeGreaterThan(1e-3);
      expect(Math.abs(mse[0] - mse[1])).toBeLessThan(1e-4);
      expect(await textOf(page, 'ssim-mse-shifted')).toBe(await textOf(page, 'ssim-mse-structural'));
      const ssim = [await value(page, 'ssim-mean-shifted'), await value(page, 'ssim-mean-structural')];
      expect(ssim[0]).toBeGreaterThan(0.9);
      expect(ssim[1]).toBeLessThan(ssim[0] - 0.1);
    }
    const before = await value(page, 'ssim-mean-structural');
    await page.locator(byTestId('ssim-window')).fill('15');
    expect(await page.locator(byTestId('ssim-grid')).getAttribute('data-window')).toBe('15');
    expect(await value(page, 'ssim-mean-structural')).not.toBe(before);
    await page.locator(byTestId('ssim-gaussian')).check();
    expect(await page.locator(byTestId('ssim-grid')).getAttribute('data-window')).toBe('gaussian');
    const ink = await canvasInk(page, byTestId('ssim-grid'));
    expect(ink.length).toBe(1 + 2 * 5);
    expect(ink.filter((c) => c.inked > 0).length).toBeGreaterThanOrEqual(9);
    await page.locator(byTestId('cell-ssim')).screenshot({ path: screenshotPath('ssim-ae-1-explainer') });

    // 2. Train both losses, tiny, on wasm.
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    await page.locator(byTestId('train-run')).click();
    await waitForTrainingDone(tp, 8 * 60_000);
    // Each kept model has its own loss chart: 1 − SSIM for one, a mean squared error for the other.
    const firstLoss = async (m: string) => Number((await plotData(page, byTestId(`model-curve-${m}`)))[0].y?.[0]);
    const [ssimLoss, l2Loss] = [await firstLoss('ssim'), await firstLoss('l2')];
    expect(ssimLoss).toBeGreaterThan(0);
    expect(l2Loss).toBeGreaterThan(0);
    expect(ssimLoss).not.toBe(l2Loss);

    // 3. The maps have ink, and the threshold slider changes the segmentation row.
    await page.locator(byTestId('maps-grid')).waitFor({ timeout: 60_000 });
    const maps = await canvasInk(page, byTestId('maps-grid'));
    expect(maps.length).toBe(6 * 8);
    expect(maps.filter((c) => c.inked > 0).length).toBeGreaterThan(24);
    const slider = page.locator(byTestId('threshold-slider'));
    const whiteSum = async () => (await segmentationWhite(page)).reduce((a, b) => a + b, 0);
    // Threshold at the lowest residual: every pixel is flagged (all 8 segmentations white); at the highest: almost none.
    await slider.fill(String(await slider.getAttribute('min')));
    await expect.poll(whiteSum, { timeout: 10_000 }).toBe(8);
    await slider.fill(String(await slider.getAttribute('max')));
    await expect.poll(whiteSum, { timeout: 10_000 }).toBeLessThan(0.1);
    await page.locator(byTestId('cell-maps')).screenshot({ path: screenshotPath('ssim-ae-2-maps') });

    // 4. Pixel AUROC of both models in [0, 1]; the pixel ROC has a curve per model.
    for (const m of ['ssim', 'l2']) {
      // The cell reads "0.734" or "0.734 (better)" (the winner's note for screen readers).
      const auc = Number(/^\d\.\d+/.exec(await textOf(page, `pixel-auroc-${m}`))?.[0]);
      expect(auc).toBeGreaterThanOrEqual(0);
      expect(auc).toBeLessThanOrEqual(1);
    }
    const roc = await plotData(page, byTestId('cell-metrics'));
    const curves = roc.filter((tr) => /SSIM|L2/.test(tr.name ?? ''));
    expect(curves.length).toBe(2);
    expect(curves.filter((tr) => tr.name?.includes('SSIM')).length).toBe(1);
    expect(curves.filter((tr) => /\bL2\b/.test(tr.name ?? '')).length).toBe(1);
    for (const tr of curves) expect((tr.x ?? []).length).toBeGreaterThan(2);

    // The default scoring divides by the normal residual at each pixel; the paper's raw maps give other figures, in both cells at once.
    const metricsCell = byTestId('cell-metrics');
    expect(await page.locator(`${metricsCell} ${byTestId('scoring-position')}`).getAttribute('aria-pressed')).toBe('true');
    const positionAuc = await textOf(page, 'pixel-auroc-ssim');
    await page.locator(`${metricsCell} ${byTestId('scoring-raw')}`).click();
    expect(await page.locator(`${byTestId('cell-maps')} ${byTestId('scoring-raw')}`).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => textOf(page, 'pixel-auroc-ssim')).not.toBe(positionAuc);
    await page.locator(`${metricsCell} ${byTestId('scoring-position')}`).click();
    await expect.poll(() => textOf(page, 'pixel-auroc-ssim')).toBe(positionAuc);
    await page.locator(metricsCell).screenshot({ path: screenshotPath('ssim-ae-2b-metrics') });

    // 5. MVTec folders. A missing mask is refused by name and the texture crops stay in use.
    const counts = await textOf(page, 'data-counts');
    const missing = category();
    delete missing['ground_truth/cut/001_mask.png'];
    expect(await openFolder(page, writeFolder('broken-mask', missing))).toBe('error');
    expect(await textOf(page, 'mvtec-error-title')).toBe(en.byo.failed('broken-mask'));
    expect(await page.locator(byTestId('mvtec-problem')).allTextContents()).toEqual([
      en.mvtec['mvtec-missing-mask']({ file: 'broken-mask/test/cut/001.png', mask: 'broken-mask/ground_truth/cut/001_mask.png' }),
    ]);
    expect(await textOf(page, 'data-counts')).toBe(counts);
    expect(await page.locator(byTestId('mvtec-in-use')).count()).toBe(0);

    // A good folder becomes the data: 4 training images, 1 held out, 3 test images, 2 with a defect.
    expect(await openFolder(page, writeFolder('tiny', category()))).toBe('ready');
    expect(await textOf(page, 'mvtec-in-use')).toBe(en.byo.inUse('tiny', 4, 1, 3, 2));
    // The data cell names the folder and its counts instead of the texture's.
    expect(await textOf(page, 'data-in-use')).toBe(en.byo.inUse('tiny', 4, 1, 3, 2));
    expect(await page.locator(byTestId('data-counts')).count()).toBe(0);
    expect(await page.locator(byTestId('cell-train')).getAttribute('data-stale')).toBe('true');

    // A corrupt PNG is refused by name, and the good folder stays in use.
    const corrupt = category();
    corrupt['train/good/002.png'] = corrupt['train/good/002.png'].slice(0, 60);
    expect(await openFolder(page, writeFolder('broken-png', corrupt))).toBe('error');
    expect(await page.locator(byTestId('mvtec-problem')).allTextContents()).toEqual([
      en.mvtec['mvtec-unreadable']({ file: 'broken-png/train/good/002.png', reason: 'corrupt' }),
    ]);
    expect(await textOf(page, 'mvtec-in-use')).toBe(en.byo.inUse('tiny', 4, 1, 3, 2));
    expect(await textOf(page, 'data-in-use')).toBe(en.byo.inUse('tiny', 4, 1, 3, 2));
    await page.locator(byTestId('cell-byo')).screenshot({ path: screenshotPath('ssim-ae-3-folder') });

    await screenshot(page, 'ssim-ae-6-page-en');

    // The same cells in Japanese.
    await page.locator(byTestId('lang-ja')).click();
    await page.locator(byTestId('cell-ssim')).screenshot({ path: screenshotPath('ssim-ae-4-explainer-ja') });
    await page.locator(byTestId('cell-byo')).screenshot({ path: screenshotPath('ssim-ae-5-folder-ja') });
    await page.locator(byTestId('cell-maps')).screenshot({ path: screenshotPath('ssim-ae-8-maps-ja') });
    await screenshot(page, 'ssim-ae-7-page-ja');
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(byTestId('cell-metrics')).screenshot({ path: screenshotPath('ssim-ae-9-metrics-ja-390') });
    if (desktop) await page.setViewportSize(desktop);

    // Back to the textures: the same crops as before the folder.
    await page.locator(byTestId('data-back')).click();
    await expect.poll(() => page.locator(byTestId('data-counts')).count(), { timeout: 30_000 }).toBe(1);
    await page.locator(byTestId('lang-en')).click();
    expect(await textOf(page, 'data-counts')).toBe(counts);

    expect(tp.errors).toEqual([]);
  });
});

/** Where an element screenshot `name` goes: beside the page screenshots (`e2e/screenshots/`, git-ignored). */
function screenshotPath(name: string): string {
  const dir = fileURLToPath(new URL('./screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}.png`;
}
