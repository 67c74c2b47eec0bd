/**
 * Lesson 4 (patch VAE, seed 004) end to end on WebAssembly: train a small model
 * in the browser, check that every test window was scored in one batched job,
 * that the heatmaps are drawn, that the ROC plot holds the old and the new
 * score with the AUCs shown, and that a picture from "Try it" gets scored.
 */
import { afterAll, describe, expect, inject, test } from 'vitest';
import { barTotal, byTestId as id, canvasInk, closeBrowser, integerOf, openLessonCells, plotData, screenshot, setParam, trapezoid } from './browser';

const baseUrl = inject('baseUrl');
const CELL_IDS = ['data', 'patches', 'model', 'train', 'latent', 'scoring', 'compare', 'try'] as const;

afterAll(closeBrowser);

describe('lesson 4: patch VAE', () => {
  test('wasm, 4,000 patches, 2 epochs — trains, scores every window in batches, draws heatmaps, old vs new ROC, try it', async () => {
    const tp = await openLessonCells(baseUrl, 'patch-vae', 'patch-vae-wasm', CELL_IDS);
    const { page } = tp;
    await screenshot(page, 'patch-vae-1-opened');

    // Lesson defaults: seed 004's protocol and model; the new score floors σ² at 0.01.
    expect(await page.locator(id('normal-digit-1')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(id('anomaly-digit-9')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(id('param-patches')).inputValue()).toBe('100000');
    expect(await page.locator(id('param-stride')).inputValue()).toBe('2');
    expect(await page.locator(id('variance-pixel')).isChecked()).toBe(true);
    expect(await page.locator(id('window-count')).textContent()).toContain('121 windows per image');

    await page.locator(id('backend-select')).selectOption('wasm');
    await setParam(page, 'patches', 4000);
    await setParam(page, 'epochs', 2);
    await page.locator(id('run-all')).click();
    // While training nothing animates: a never-ending animation keeps a GPU-less machine drawing
    // frames and took ~40 % of the worker's speed (a spinner and the progress bar's transition did).
    const animating = await page.waitForFunction(
      (sel) =>
        document.querySelector(sel)?.getAttribute('data-state') === 'running' &&
        document.getAnimations().filter((a) => a.playState === 'running').map((a) => String((a.effect as KeyframeEffect | null)?.target?.className ?? '?')),
      id('train-status'),
      { timeout: 120_000, polling: 50 },
    );
    expect(await animating.jsonValue()).toEqual([]);
    await page.waitForFunction(
      (sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
      id('train-status'),
      { timeout: 8 * 60_000, polling: 500 },
    );
    const state = await page.locator(id('train-status')).getAttribute('data-state');
    expect(state, `${await page.locator(id('train-status')).textContent()}\n${tp.errors.join('\n')}`).toBe('done');
    await page.locator(id('scoring-summary')).waitFor({ timeout: 60_000 });
    await screenshot(page, 'patch-vae-2-trained');

    // Every window of every test image: 1,135 + 1,009 images × 11 × 11 windows.
    const nTest = (await integerOf(page, 'count-test-normal')) + (await integerOf(page, 'count-test-anomaly'));
    expect(nTest).toBe(2144);
    const summary = page.locator(id('scoring-summary'));
    expect(Number(await summary.getAttribute('data-windows'))).toBe(2144 * 121);
    expect(Number(await summary.getAttribute('data-seconds'))).toBeGreaterThan(0);
    expect(await summary.textContent()).toContain('259,424 windows');
    expect(await page.locator(id('patch-grid')).count()).toBe(1);

    // Heatmaps: 8 images × 5 rows (image, μ, σ², old map, new map), all drawn.
    const ink = await canvasInk(page, id('heatmap-grid'));
    expect(ink).toHaveLength(40);
    for (const canvas of ink) expect(canvas.width * canvas.height).toBe(784);
    expect(ink.filter((c) => c.inked > 0).length).toBeGreaterThanOrEqual(32);
    const latent = await canvasInk(page, id('latent-grid'));
    expect(latent).toHaveLength(1);
    expect(latent[0].inked).toBeGreaterThan(0);

    // Old vs new: both AUCs shown, both curves on one ROC plot, each with the area it claims.
    const aucOld = Number(await page.locator(id('auc-old')).getAttribute('data-auc'));
    const aucNew = Number(await page.locator(id('auc-new')).getAttribute('data-auc'));
    expect(aucOld).toBeGreaterThan(0.5);
    expect(aucOld).toBeLessThanOrEqual(1);
    expect(aucNew).toBeGreaterThan(0.5);
    const roc = (await plotData(page, id('roc-plot'))).filter((t) => (t.x?.length ?? 0) > 2);
    expect(roc).toHaveLength(2);
    for (const [curve, auc] of [
      [roc[0], aucOld],
      [roc[1], aucNew],
    ] as const) {
      const xs = (curve.x ?? []).map(Number);
      const ys = (curve.y ?? []).map(Number);
      expect(xs.at(-1)).toBeCloseTo(1, 9);
      expect(ys.at(-1)).toBeCloseTo(1, 9);
      expect(Math.abs(trapezoid(xs, ys) - auc)).toBeLessThan(0.01);
    }
    expect(roc[0].name).toContain('old');
    expect(roc[1].name).toContain('new');
    expect(barTotal(await plotData(page, id('score-histogram')))).toBe(nTest);
    await page.locator(id('score-kind-old')).click();
    expect(barTotal(await plotData(page, id('score-histogram')))).toBe(nTest);
    expect(await page.locator(id('score-floor-0.01')).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'patch-vae-3-compare');

    // The σ² floor of the new score switches instantly (every floor was scored in the same pass).
    await page.locator(id('score-floor-0')).click();
    expect(await page.locator(id('score-floor-0')).getAttribute('aria-pressed')).toBe('true');
    const chip = (await page.locator(id('score-floor-0')).textContent()) ?? '';
    const aucRaw = Number(await page.locator(id('auc-new')).getAttribute('data-auc'));
    expect(chip).toContain(aucRaw.toFixed(3));
    expect(barTotal(await plotData(page, id('score-histogram')))).toBe(nTest);
    await page.locator(id('score-floor-0.01')).click();

    // The new score's windows compared with the same place on the held-out tenth of the train
    // normals (default), or as they are; the old score stays the seed's either way.
    expect(await integerOf(page, 'count-val')).toBe(674);
    expect(await integerOf(page, 'count-train')).toBe(6742 - 674);
    expect(await page.locator(id('position-norm-on')).getAttribute('aria-pressed')).toBe('true');
    const placeNew = Number(await page.locator(id('auc-new')).getAttribute('data-auc'));
    await page.locator(id('position-norm-off')).click();
    const asIsNew = Number(await page.locator(id('auc-new')).getAttribute('data-auc'));
    expect(Number(await page.locator(id('auc-old')).getAttribute('data-auc'))).toBe(aucOld);
    expect((await page.locator(id('position-norm-off')).textContent()) ?? '').toContain(asIsNew.toFixed(3));
    expect((await page.locator(id('position-norm-on')).textContent()) ?? '').toContain(placeNew.toFixed(3));
    expect(barTotal(await plotData(page, id('score-histogram')))).toBe(nTest);
    await page.locator(id('position-norm-on')).click();
    expect(Number(await page.locator(id('auc-new')).getAttribute('data-auc'))).toBe(placeNew);

    // Try it: a test anomaly, scored by the trained model in the worker.
    await page.locator(id('try-from-anomaly')).click();
    await page.locator(id('try-score')).click();
    await page.locator(id('try-result')).waitFor({ timeout: 60_000 });
    const oldScore = Number(await page.locator(id('try-old')).getAttribute('data-score'));
    const newScore = Number(await page.locator(id('try-new')).getAttribute('data-score'));
    expect(oldScore).toBeGreaterThan(0);
    expect(newScore).toBeGreaterThan(0);
    const tryInk = await canvasInk(page, id('try-result'));
    expect(tryInk).toHaveLength(5);
    // A blank picture, then one stroke: releasing the mouse scores the picture again, higher.
    await page.locator(id('try-clear')).click();
    await page.locator(id('try-score')).click();
    await expect.poll(async () => Number(await page.locator(id('try-old')).getAttribute('data-score')), { timeout: 60_000 }).toBeLessThan(oldScore);
    const blank = Number(await page.locator(id('try-old')).getAttribute('data-score'));
    const box = (await page.locator(id('draw-canvas')).boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y + 30, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => Number(await page.locator(id('try-old')).getAttribute('data-score')), { timeout: 60_000 })
      .toBeGreaterThan(blank);
    await page.locator(id('cell-try')).scrollIntoViewIfNeeded();
    await screenshot(page, 'patch-vae-4-try');

    // A different variance model makes the trained model stale.
    await page.locator(id('variance-floor')).check();
    await expect.poll(() => page.locator(id('cell-train')).getAttribute('data-stale'), { timeout: 10_000 }).toBe('true');

    expect(tp.errors).toEqual([]);
  });
});
