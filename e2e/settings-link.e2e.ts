/**
 * Settings that last (issue "one lesson shape"): lesson settings go into the
 * address and storage; a link opened in a new tab restores them and, after Run
 * all, the same AUC on the same seed and backend (auto: wasm on a machine without a GPU); tampered values fall back to
 * their defaults with a visible note; a reload keeps the settings.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { byTestId, closeBrowser, openLessonPage, screenshot, setParam, textOf, waitForTrainingDone } from './browser';

const baseUrl = inject('baseUrl');

afterAll(closeBrowser);

async function value(page: Page, name: string): Promise<string> {
  return page.locator(byTestId(`param-${name}`)).inputValue();
}

async function runAllForAuc(page: Page, tp: Parameters<typeof waitForTrainingDone>[0]): Promise<string> {
  await page.locator(byTestId('run-all')).click();
  await waitForTrainingDone(tp, 8 * 60_000);
  await page.waitForFunction((sel) => /\d\.\d/.test(document.querySelector(sel)?.textContent ?? ''), byTestId('auc-value'), { timeout: 120_000 });
  return textOf(page, 'auc-value');
}

describe('settings in the address and in storage', () => {
  test('a copied link reproduces the settings and the AUC in a new tab', async () => {
    const first = await openLessonPage(baseUrl, 'dense-ae', 'settings-link-first');
    const { page } = first;
    await setParam(page, 'maxTrain', 800);
    await setParam(page, 'latent', 8);
    await setParam(page, 'epochs', 2);
    await setParam(page, 'patience', 0);
    await page.locator(byTestId('param-loss')).selectOption('l1');
    await expect.poll(() => page.url()).toContain('latent=8');
    const link = page.url();
    expect(link).toMatch(/#\/lesson\/dense-ae\?.*loss=l1.*epochs=2/);
    const auc = await runAllForAuc(page, first);

    // The same page reloaded without a query keeps its settings (storage).
    await page.goto('#/');
    await page.reload();
    await page.goto('#/lesson/dense-ae');
    await page.locator(byTestId('param-latent')).waitFor();
    expect(await value(page, 'latent')).toBe('8');
    expect(await value(page, 'loss')).toBe('l1');

    // A new tab with fresh storage, opened from the link.
    const second = await openLessonPage(baseUrl, 'dense-ae', 'settings-link-second', link.slice(link.indexOf('?')));
    await second.page.locator(byTestId('param-latent')).waitFor();
    expect(await value(second.page, 'latent')).toBe('8');
    expect(await value(second.page, 'epochs')).toBe('2');
    expect(await value(second.page, 'maxTrain')).toBe('800');
    expect(await second.page.locator(byTestId('settings-notice')).getAttribute('data-source')).toBe('link');
    expect(await runAllForAuc(second.page, second)).toBe(auc);
    await screenshot(second.page, 'settings-link-reproduced');
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
  });

  test('tampered values fall back to their defaults with a note, and nothing crashes', async () => {
    const tp = await openLessonPage(baseUrl, 'dense-ae', 'settings-link-tampered', '?latent=abc&epochs=3&loss=%3Cscript%3E&normal=1,99&evil=1');
    const { page } = tp;
    await page.locator(byTestId('settings-refused')).waitFor();
    expect(await value(page, 'latent')).toBe('64');
    expect(await value(page, 'epochs')).toBe('3');
    expect(await value(page, 'loss')).toBe('mse');
    const refused = await page.locator(`${byTestId('settings-refused')} li`).allTextContents();
    expect(refused).toEqual([
      'Latent size: “abc” is not valid, so the default is used.',
      'Loss: “<script>” is not valid, so the default is used.',
      'Normal class(es): “1,99” is not valid, so the default is used.',
      '“evil” is not a setting of this lesson and was ignored.',
    ]);
    await page.locator(byTestId('lang-ja')).click();
    expect(await page.locator(`${byTestId('settings-refused')} li`).first().textContent()).toBe('潜在次元：「abc」は無効なので既定値を使います。');
    await page.locator(byTestId('lang-en')).click();
    await screenshot(page, 'settings-link-tampered');

    // The learner changes a linked value, then follows the same link again: the link's value returns.
    await setParam(page, 'epochs', 5);
    await expect.poll(() => page.url()).toContain('epochs=5');
    await page.evaluate(() => {
      window.location.hash = '#/lesson/dense-ae?latent=abc&epochs=3&loss=%3Cscript%3E&normal=1,99&evil=1';
    });
    await expect.poll(() => value(page, 'epochs')).toBe('3');
    await expect.poll(() => page.url()).toContain('epochs=3');
    expect(tp.errors).toEqual([]);
  });
});
