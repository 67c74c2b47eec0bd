/**
 * Lesson 1 (dense autoencoder, MNIST 1 vs 9) end to end: train in the browser on
 * the wasm and WebGPU backends, check every result the notebook draws, and
 * check that bad parameters are refused next to the control.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { barTotal, byTestId as id, canvasInk, closeBrowser, integerOf, openLessonCells, plotData, screenshot, setParam, textOf, trapezoid, waitForTrainingDone, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
const CELL_IDS = ['data', 'model', 'train', 'reconstructions', 'scores', 'threshold', 'roc'] as const;

afterAll(closeBrowser);

const openLesson = (name: string): Promise<TestPage> => openLessonCells(baseUrl, 'dense-ae', name, CELL_IDS);

/** What the backend badge shows (rendered text only, not a closed popover's notes). */
async function badgeText(page: Page): Promise<string> {
  return (await page.locator(id('backend-badge')).innerText()).trim();
}

/** Picks the training backend, then sets each parameter in order. */
async function configure(page: Page, backend: string, params: Record<string, number>): Promise<void> {
  await page.locator(id('backend-select')).selectOption(backend);
  for (const [name, value] of Object.entries(params)) await setParam(page, name, value);
}

async function stale(page: Page, cell: string): Promise<string | null> {
  return page.locator(id(`cell-${cell}`)).getAttribute('data-stale');
}

/** TP/FP/TN/FN of the confusion matrix. */
async function confusion(page: Page): Promise<{ tp: number; fp: number; tn: number; fn: number }> {
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const read = (k: string) => Number(document.querySelector(`[data-testid="cm-${k}"]`)?.getAttribute('data-count'));
    return { tp: read('tp'), fp: read('fp'), tn: read('tn'), fn: read('fn') };
  });
}

describe('lesson 1: dense autoencoder', () => {
  test('A: wasm, 1000 training images, 3 epochs — trains, scores and draws every result', async () => {
    const tp = await openLesson('dense-ae-wasm');
    const { page } = tp;
    await screenshot(page, 'dense-ae-wasm-1-opened');

    // Lesson defaults: normal = 1, anomaly = 9.
    expect(await page.locator(id('normal-digit-1')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(id('anomaly-digit-9')).getAttribute('aria-pressed')).toBe('true');

    await configure(page, 'wasm', { maxTrain: 1000, epochs: 3, patience: 0 });
    await screenshot(page, 'dense-ae-wasm-2-configured');

    await page.locator(id('run-all')).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') !== 'idle', id('train-status'), {
      timeout: 120_000,
    });
    await screenshot(page, 'dense-ae-wasm-3-running');
    await waitForTrainingDone(tp, 8 * 60_000);
    // Run all goes on past training (scores, threshold, ROC): wait for the AUC and fresh cells.
    await page.waitForFunction((sel) => /\d\.\d/.test(document.querySelector(sel)?.textContent ?? ''), id('auc-value'), {
      timeout: 120_000,
    });
    await expect.poll(() => Promise.all(CELL_IDS.map((cell) => stale(page, cell))), { timeout: 60_000 }).toEqual(
      CELL_IDS.map(() => 'false'),
    );
    await screenshot(page, 'dense-ae-wasm-4-done');

    const badge = await badgeText(page);
    expect(badge).toMatch(/WebAssembly/);
    expect(badge).not.toMatch(/WebGPU|WebGL/);
    // Its notes: lesson 1's steps are large, so wasm takes every core (2-4) of this cross-origin isolated
    // page; they follow the interface language.
    const notes = async () => (await page.locator(`${id('backend-badge')} li`).allTextContents()).join('\n');
    expect(await notes()).toMatch(/^WebAssembly runs on [2-4] threads\.$/m);
    await page.locator(id('lang-ja')).click();
    expect(await notes()).toMatch(/^WebAssembly は [2-4] スレッドで動いています。$/m);
    await page.locator(id('lang-en')).click();

    const auc = Number((await textOf(page, 'auc-value')).match(/\d+(\.\d+)?/)?.[0]);
    expect(auc).toBeGreaterThan(0.9);
    expect(auc).toBeLessThanOrEqual(1);

    // Test set: the counts shown, the histogram and the confusion matrix agree.
    const normal = await integerOf(page, 'count-test-normal');
    const anomaly = await integerOf(page, 'count-test-anomaly');
    expect(normal).toBeGreaterThan(0);
    expect(normal).toBeLessThanOrEqual(1135); // MNIST test 1s
    expect(anomaly).toBeGreaterThan(0);
    expect(anomaly).toBeLessThanOrEqual(1009); // MNIST test 9s
    const histogram = await plotData(page, id('score-histogram'));
    expect(barTotal(histogram)).toBe(normal + anomaly);

    // ROC: the curve (the trace with the most points; a chance diagonal may come
    // first) ends at (1,1), never goes back, and its area is the AUC shown.
    const rocTraces = await plotData(page, id('roc-plot'));
    const roc = rocTraces.reduce((a, b) => ((b.x?.length ?? 0) > (a.x?.length ?? 0) ? b : a));
    const xs = (roc.x ?? []).map(Number);
    const ys = (roc.y ?? []).map(Number);
    expect(xs.length).toBeGreaterThan(2);
    expect(xs.length).toBe(ys.length);
    expect(xs.at(-1)).toBeCloseTo(1, 9);
    expect(ys.at(-1)).toBeCloseTo(1, 9);
    for (let i = 1; i < xs.length; i++) {
      expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
      expect(ys[i]).toBeGreaterThanOrEqual(ys[i - 1]);
    }
    expect(Math.abs(trapezoid(xs, ys) - auc)).toBeLessThan(0.02);

    // Reconstructions: several canvases, none blank.
    const ink = await canvasInk(page, id('recon-grid'));
    expect(ink.length).toBeGreaterThanOrEqual(2);
    for (const canvas of ink) {
      expect(canvas.width * canvas.height).toBeGreaterThan(0);
      expect(canvas.inked).toBeGreaterThan(0);
    }

    // Confusion matrix: positives are the anomalies; the slider moves the split.
    const slider = page.locator(id('threshold-slider'));
    expect(await slider.getAttribute('type')).toBe('range');
    const before = await confusion(page);
    expect(before.tp + before.fp + before.tn + before.fn).toBe(normal + anomaly);
    expect(before.tp + before.fn).toBe(anomaly);
    expect(before.fp + before.tn).toBe(normal);
    await slider.focus();
    await slider.press('Home');
    const low = await confusion(page);
    await slider.press('End');
    const high = await confusion(page);
    await screenshot(page, 'dense-ae-wasm-5-threshold-high');
    for (const cm of [low, high]) {
      expect(cm.tp + cm.fp + cm.tn + cm.fn).toBe(normal + anomaly);
      expect(cm.tp + cm.fn).toBe(anomaly);
    }
    expect(high).not.toEqual(low);
    // A preset shows as chosen while the threshold stays where it put it.
    const pressed = () => Promise.all(['best-normal', 'best-anomaly', 'p99'].map((k) => page.locator(id(`threshold-${k}`)).getAttribute('aria-pressed')));
    await page.locator(id('threshold-p99')).click();
    // Polled: on a loaded machine the re-render after a key press can land after an immediate read.
    await expect.poll(pressed).toEqual(['false', 'false', 'true']);
    await slider.press('Home');
    await expect.poll(pressed).toEqual(['false', 'false', 'false']);

    // Changing the model makes the trained model stale.
    expect(await stale(page, 'train')).toBe('false');
    const latent = Number(await page.locator(id('param-latent')).inputValue());
    await setParam(page, 'latent', latent === 8 ? 16 : 8);
    await expect.poll(() => stale(page, 'train'), { timeout: 10_000 }).toBe('true');
    await screenshot(page, 'dense-ae-wasm-6-stale');

    expect(tp.errors).toEqual([]);
  });

  test('B: WebGPU (software adapter), 256 images, 1 epoch — trains to done', async () => {
    const tp = await openLesson('dense-ae-webgpu');
    const { page } = tp;
    expect(await page.evaluate(async () => Boolean(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()))).toBe(true);

    await configure(page, 'webgpu', { maxTrain: 256, epochs: 1, batch: 64 });
    await screenshot(page, 'dense-ae-webgpu-1-configured');

    await page.locator(id('run-all')).click();
    await waitForTrainingDone(tp, 9 * 60_000);
    await screenshot(page, 'dense-ae-webgpu-2-done');
    const badge = await badgeText(page);
    expect(badge).toMatch(/WebGPU/);
    expect(badge).not.toMatch(/WebGL|WebAssembly/);
    expect(tp.errors).toEqual([]);
  });

  describe('C: bad input is refused next to the control', () => {
    const cases = [
      { name: 'latent', bad: '0', setup: [] as [string, string][] },
      { name: 'epochs', bad: '-1', setup: [] as [string, string][] },
      { name: 'batch', bad: '512', setup: [['maxTrain', '256']] as [string, string][] },
    ];
    for (const { name, bad, setup } of cases) {
      test(`${name} = ${bad}${setup.length ? ` (with ${setup.map(([k, v]) => `${k} = ${v}`).join(', ')})` : ''}`, async () => {
        const tp = await openLesson(`dense-ae-bad-${name}`);
        const { page } = tp;
        for (const [key, value] of setup) await setParam(page, key, value);
        const input = page.locator(id(`param-${name}`));
        const run = page.locator(id('train-run'));
        const error = page.locator(id(`param-error-${name}`));
        const valid = await input.inputValue();
        const others = Object.fromEntries(
          await Promise.all(
            ['epochs', 'batch', 'latent', 'maxTrain', 'patience', 'lr', 'seed']
              .filter((other) => other !== name)
              .map(async (other) => [other, await page.locator(id(`param-${other}`)).inputValue()] as const),
          ),
        );
        expect(await run.isDisabled()).toBe(false);
        expect(await error.isVisible()).toBe(false);

        await setParam(page, name, bad);
        await error.waitFor({ state: 'visible', timeout: 10_000 });
        expect((await error.textContent())?.trim().length).toBeGreaterThan(0);
        await expect.poll(() => run.isDisabled(), { timeout: 10_000 }).toBe(true);
        // The message sits near its control (within a few hundred pixels).
        const [inputBox, errorBox] = await Promise.all([input.boundingBox(), error.boundingBox()]);
        expect(inputBox && errorBox).toBeTruthy();
        expect(Math.abs(errorBox!.y - inputBox!.y)).toBeLessThan(300);
        // What was typed stays for the user to fix, and no other value is touched.
        expect(await input.inputValue()).toBe(bad);
        for (const [other, value] of Object.entries(others)) {
          expect(await page.locator(id(`param-${other}`)).inputValue(), other).toBe(value);
        }
        await screenshot(page, `dense-ae-bad-${name}`);

        // Going back to the previous valid value clears the error and allows running again.
        await setParam(page, name, valid);
        await error.waitFor({ state: 'hidden', timeout: 10_000 });
        await expect.poll(() => run.isDisabled(), { timeout: 10_000 }).toBe(false);
        expect(await input.inputValue()).toBe(valid);
        expect(tp.errors).toEqual([]);
      });
    }
  });
});
