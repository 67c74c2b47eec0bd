/**
 * One press of Train in the built app, timed the way a learner meets it:
 * shared by the lessons' app-run benches (conv-ae-app-run.ts,
 * metric-learning-app-run.ts).
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { byTestId, closeBrowser, newPage, type TestPage } from '../../e2e/browser';
import { previewBuild } from '../vite-preview';

/** How a timed Train press ended. */
export interface AppTrain {
  /** The train status at the end: 'done', or 'error'. */
  state: string | null;
  /** From the click on Train to the status (and `until`, if given) saying done. */
  seconds: number;
  backend: string | null;
  /** The trained-models list as shown. */
  models: string[];
  cores: number;
  loadBefore: number;
  loadAfter: number;
}

/**
 * Opens `address` (e.g. `#/lesson/ssim-ae?epochs=2`) in `tp`, chooses wasm,
 * presses Train and waits (up to 30 min) until the train status is error, or
 * done and at least `until.count` elements match `until.selector`.
 */
export async function timeAppTrain(tp: TestPage, address: string, until: { selector: string; count: number } = { selector: 'body', count: 1 }): Promise<AppTrain> {
  const { page } = tp;
  await page.goto(address);
  await page.locator('[data-testid^="cell-"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator(byTestId('backend-select')).selectOption('wasm');
  const loadBefore = loadavg()[0];
  const start = Date.now();
  await page.locator(byTestId('train-run')).click();
  await page.waitForFunction(
    ([sel, u]) => {
      const state = document.querySelector(sel)?.getAttribute('data-state');
      return state === 'error' || (state === 'done' && document.querySelectorAll(u.selector).length >= u.count);
    },
    [byTestId('train-status'), until] as const,
    { timeout: 30 * 60_000, polling: 250 },
  );
  const seconds = (Date.now() - start) / 1000;
  return {
    state: await page.locator(byTestId('train-status')).getAttribute('data-state'),
    seconds,
    backend: await page.locator(byTestId('backend-badge')).getAttribute('data-backend'),
    models: await page.locator(`${byTestId('trained-models')} li`).allTextContents(),
    cores: cpus().length,
    loadBefore,
    loadAfter: loadavg()[0],
  };
}

/**
 * A bench script's whole run: serves the build in `outDir`, times one Train
 * press at `address` ({@link timeAppTrain}), adds what `extra` reads from the
 * page when the run is done, and prints one JSON line.
 */
export async function printAppTrain(outDir: string, address: string, until: { selector: string; count: number }, extra: (page: Page) => Promise<object>): Promise<void> {
  const server = await previewBuild(resolve(outDir));
  const tp = await newPage(server.baseUrl);
  try {
    const run = await timeAppTrain(tp, address, until);
    const more = run.state === 'done' ? await extra(tp.page) : { message: (await tp.page.locator('[role="alert"]').allTextContents()).join(' | ') };
    console.log(JSON.stringify({ ...run, ...more, errors: tp.errors }));
  } finally {
    await tp.close();
    await closeBrowser();
    await server.close();
  }
}
