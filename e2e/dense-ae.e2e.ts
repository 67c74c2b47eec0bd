/**
 * Lesson 1 (dense autoencoder, MNIST 1 vs 9) end to end: train in the browser on
 * the wasm and WebGPU backends, check every result the notebook draws, and
 * check that bad parameters are refused next to the control.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { canvasInk, closeBrowser, pageForTest, plotData, screenshot, type PlotTrace, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
const CELL_IDS = ['data', 'model', 'train', 'reconstructions', 'scores', 'threshold', 'roc'] as const;
const id = (testId: string) => `[data-testid="${testId}"]`;

afterAll(closeBrowser);

/** Opens lesson 1 in a fresh context; closed when the test ends, screenshotted if it fails. */
async function openLesson(name: string): Promise<TestPage> {
  const tp = await pageForTest(baseUrl, name);
  await tp.page.goto('#/lesson/dense-ae');
  for (const cell of CELL_IDS) await tp.page.locator(id(`cell-${cell}`)).waitFor({ state: 'attached', timeout: 60_000 });
  return tp;
}

/** Types `value` into the parameter input `name` and leaves the field. */
async function setParam(page: Page, name: string, value: string | number): Promise<void> {
  const input = page.locator(id(`param-${name}`));
  await input.fill(String(value));
  await input.blur();
}

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.locator(id(testId)).textContent()) ?? '').trim();
}

/** First integer an element shows, e.g. "1,134 · 99.9% · true normal" → 1134. */
async function integer(page: Page, testId: string): Promise<number> {
  // Text nodes joined by "|" so "<span>1</span><span>0.0%</span>" is not read as 10.
  const raw = await page.locator(id(testId)).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
    return parts.join('|');
  });
  const token = /\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+/.exec(raw)?.[0];
  if (!token) throw new Error(`${testId} shows "${raw}", no integer`);
  return Number(token.replace(/\D/g, ''));
}

/** What the backend badge shows (rendered text only, not a closed popover's notes). */
async function badgeText(page: Page): Promise<string> {
  return (await page.locator(id('backend-badge')).innerText()).trim();
}

async function stale(page: Page, cell: string): Promise<string | null> {
  return page.locator(id(`cell-${cell}`)).getAttribute('data-stale');
}

/** Waits for the training status to finish; throws with the page's errors if it ends in "error". */
async function waitForTraining(tp: TestPage, timeoutMs: number): Promise<void> {
  const status = tp.page.locator(id('train-status'));
  await tp.page.waitForFunction(
    (sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
    id('train-status'),
    { timeout: timeoutMs, polling: 500 },
  );
  const state = await status.getAttribute('data-state');
  if (state !== 'done') {
    throw new Error(`training ended in "${state}": ${(await status.textContent())?.trim()}\n${tp.errors.join('\n')}`);
  }
}

/** TP/FP/TN/FN of the confusion matrix. */
async function confusion(page: Page): Promise<{ tp: number; fp: number; tn: number; fn: number }> {
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const read = (k: string) => Number(document.querySelector(`[data-testid="cm-${k}"]`)?.getAttribute('data-count'));
    return { tp: read('tp'), fp: read('fp'), tn: read('tn'), fn: read('fn') };
  });
}

/** Sum of the bar heights of a histogram chart (bar traces: y; histogram traces: one per sample). */
function barTotal(traces: PlotTrace[]): number {
  let total = 0;
  for (const trace of traces) {
    if (trace.type === 'bar') total += (trace.y ?? []).reduce<number>((sum, v) => sum + Number(v), 0);
    else if (trace.type === 'histogram') total += (trace.x ?? trace.y ?? []).length;
  }
  return total;
}

/** Area under a polyline by the trapezoid rule. */
function trapezoid(xs: number[], ys: number[]): number {
  let area = 0;
  for (let i = 1; i < xs.length; i++) area += ((xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1])) / 2;
  return area;
}

describe('lesson 1: dense autoencoder', () => {
  test('A: wasm, 1000 training images, 3 epochs — trains, scores and draws every result', async () => {
    const tp = await openLesson('dense-ae-wasm');
    const { page } = tp;
    await screenshot(page, 'dense-ae-wasm-1-opened');

    // Lesson defaults: normal = 1, anomaly = 9.
    expect(await page.locator(id('normal-digit-1')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(id('anomaly-digit-9')).getAttribute('aria-pressed')).toBe('true');

    await page.locator(id('backend-select')).selectOption('wasm');
    await setParam(page, 'maxTrain', 1000);
    await setParam(page, 'epochs', 3);
    await setParam(page, 'patience', 0);
    await screenshot(page, 'dense-ae-wasm-2-configured');

    await page.locator(id('run-all')).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') !== 'idle', id('train-status'), {
      timeout: 120_000,
    });
    await screenshot(page, 'dense-ae-wasm-3-running');
    await waitForTraining(tp, 8 * 60_000);
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

    const auc = Number((await text(page, 'auc-value')).match(/\d+(\.\d+)?/)?.[0]);
    expect(auc).toBeGreaterThan(0.9);
    expect(auc).toBeLessThanOrEqual(1);

    // Test set: the counts shown, the histogram and the confusion matrix agree.
    const normal = await integer(page, 'count-test-normal');
    const anomaly = await integer(page, 'count-test-anomaly');
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

    await page.locator(id('backend-select')).selectOption('webgpu');
    await setParam(page, 'maxTrain', 256);
    await setParam(page, 'epochs', 1);
    await setParam(page, 'batch', 64);
    await screenshot(page, 'dense-ae-webgpu-1-configured');

    await page.locator(id('run-all')).click();
    await waitForTraining(tp, 9 * 60_000);
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
