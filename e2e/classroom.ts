/**
 * Shared steps of the classroom specs (issue 15): tiny settings per ready
 * lesson, running one to its results, and the page widths to check.
 */
import type { Page } from 'playwright-core';
import { byTestId, type TestPage } from './browser';

/** Settings (an address query) that make each ready lesson's Run all take seconds, not minutes. */
export const TINY_RUN: Record<string, string> = {
  'dense-ae': '?maxTrain=300&epochs=1&patience=0&batch=64',
  'timeseries-ae': '?normal.count=600&lowNoise.count=20&cos.count=20&epochs=1',
  'patch-vae': '?patches=500&epochs=1&batch=64',
  'ssim-ae': '?cropSize=32&trainCount=64&validationCount=8&testCount=12&epochs=1&losses=l2&width=0.25&batch=16',
  'metric-learning': '?maxTrain=200&referencePerClass=20&width=0.25&embedding=16&epochs=1&batch=50&models=1&neighbors=5',
  'conv-ae-pca': '?trainCount=64&testEach=8&k=4&latent=4&depth=2&width=0.25&epochs=1&batch=16',
};

/** Desktop and phone viewports. */
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Switches the interface language with the header's toggle (in the header menu or the presenter bar). */
export async function setLanguage(page: Page, lang: 'en' | 'ja'): Promise<void> {
  await page.locator(`${byTestId(`lang-${lang}`)}:visible`).first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Chooses the training backend, opening the header menu first where the page is too narrow to show it. */
export async function chooseBackend(page: Page, backend: 'wasm' | 'cpu'): Promise<void> {
  const select = page.locator(byTestId('backend-select'));
  const menu = page.locator(byTestId('header-menu'));
  const folded = await menu.isVisible();
  if (folded) {
    await menu.click();
    // The open panel lies wholly on the screen (on a phone it once ran off the left edge).
    const box = await page.locator('.header-menu__panel').boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    if (!box || box.x < 0 || box.x + box.width > width) throw new Error(`header menu off screen: ${JSON.stringify(box)} in ${width} px`);
  }
  await select.selectOption(backend);
  if (folded) await menu.click();
}

/**
 * Presses Run all on the wasm backend and waits until the lesson is no longer
 * busy and its training status says done (throws with the page's errors otherwise).
 */
export async function runAllTiny(tp: TestPage, timeoutMs = 8 * 60_000): Promise<void> {
  const { page } = tp;
  await chooseBackend(page, 'wasm');
  await page.locator(byTestId('run-all')).click();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') === 'true', byTestId('run-all'), { timeout: 60_000 });
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') !== 'true', byTestId('run-all'), { timeout: timeoutMs, polling: 500 });
  const state = await page.locator(byTestId('train-status')).first().getAttribute('data-state');
  if (state !== 'done') throw new Error(`training ended in "${state}": ${await page.locator(byTestId('train-status')).first().textContent()}\n${tp.errors.join('\n')}`);
  // Result cells draw one chart per frame after training: let them settle.
  await page.waitForTimeout(1500);
}
