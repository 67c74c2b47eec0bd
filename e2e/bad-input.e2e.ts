/**
 * The bad-input catalogue in the real page (the rest runs as unit tests in
 * `src/bad-input/`): after a tiny run, a bad field, a bad link, Stop before
 * the first epoch, a PNG renamed to .csv, and corrupt storage (the app's
 * settings of version 99, a lesson's unreadable settings) are each answered
 * with their exact message in English and Japanese, the results on screen
 * (or the kept run, after a reload) stay, and the page logs no error.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { byTestId, closeBrowser, openLessonPage, setLanguage, setParam, textOf, waitForTrainingDone, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);

const TINY_DENSE = '?maxTrain=300&epochs=1&patience=0&batch=64';
const TINY_SERIES = '?normal.count=600&lowNoise.count=20&cos.count=20&epochs=1';

/** The text of `testId` in English and in Japanese (back in English afterwards). */
async function inBoth(page: Page, testId: string): Promise<{ en: string; ja: string }> {
  const en = await textOf(page, testId);
  await setLanguage(page, 'ja');
  const ja = await textOf(page, testId);
  await setLanguage(page, 'en');
  return { en, ja };
}

async function runAll(tp: TestPage): Promise<void> {
  await tp.page.locator(byTestId('run-all')).click();
  await tp.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') === 'true', byTestId('run-all'), { timeout: 60_000 });
  await tp.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') !== 'true', byTestId('run-all'), { timeout: 5 * 60_000, polling: 250 });
  await waitForTrainingDone(tp, 60_000);
}

const aucOf = (page: Page, testId: string) => page.locator(byTestId(testId)).getAttribute('data-auc', { timeout: 60_000 });

describe('bad input in the page', () => {
  test('lesson 1: a bad field, a bad link and Stop before the first epoch keep the results; corrupt storage resets with notes', async () => {
    const tp = await openLessonPage(baseUrl, 'dense-ae', 'bad-input-dense', TINY_DENSE);
    const { page } = tp;
    await runAll(tp);
    const auc = await aucOf(page, 'auc-value');
    expect(Number(auc)).toBeGreaterThan(0);

    await setParam(page, 'latent', '0');
    expect(await inBoth(page, 'param-error-latent')).toEqual({ en: 'Must be between 1–784. Still using 64.', ja: '1–784 の範囲で入力してください。64 のままです。' });
    await setParam(page, 'epochs', '2.5');
    expect(await inBoth(page, 'param-error-epochs')).toEqual({ en: 'Must be a whole number (1–1,000). Still using 1.', ja: '整数を入力してください（1–1,000）。1 のままです。' });
    expect(await aucOf(page, 'auc-value')).toBe(auc);
    await setParam(page, 'latent', '64');
    await setParam(page, 'epochs', '1');
    // Typed key by key, 99999 passes through 9 and 99 (valid) on its way: the value kept is the one before the edit.
    const latent = page.locator(byTestId('param-latent'));
    await latent.click();
    await latent.press('ControlOrMeta+a');
    await latent.pressSequentially('99999');
    await latent.blur();
    expect(await textOf(page, 'param-error-latent')).toBe('Must be between 1–784. Still using 64.');
    expect(page.url()).not.toContain('latent=99');
    await setParam(page, 'latent', '64');

    await setParam(page, 'batch', 1);
    await page.locator(byTestId('train-run')).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'running', byTestId('train-status'));
    await page.locator(byTestId('train-stop')).click();
    await waitForTrainingDone(tp, 60_000);
    const stopNote = page.locator(`${byTestId('cell-train')} .nb-notice[role="status"]`);
    expect((await stopNote.textContent())?.trim()).toBe('Stopped by you before the first epoch ended: nothing was trained, so the results below (if any) are still those of the previous run.');
    expect(await aucOf(page, 'auc-value')).toBe(auc);

    await page.goto(`#/lesson/dense-ae${TINY_DENSE}&latent=abc&evil=1`);
    await page.locator(byTestId('settings-refused')).waitFor();
    const refused = () => page.locator(`${byTestId('settings-refused')} li`).allTextContents();
    expect(await refused()).toEqual(['Latent size: “abc” is not valid, so the default is used.', '“evil” is not a setting of this lesson and was ignored.']);
    await setLanguage(page, 'ja');
    expect(await refused()).toEqual(['潜在次元：「abc」は無効なので既定値を使います。', '「evil」はこのレッスンの設定ではないため無視しました。']);
    await setLanguage(page, 'en');
    expect(await aucOf(page, 'auc-value')).toBe(auc);

    await page.evaluate(() => {
      localStorage.setItem('anomaly-lab:settings', JSON.stringify({ state: { lang: 'ja', backend: 'cpu' }, version: 99 }));
      localStorage.setItem('anomaly-lab:lesson:dense-ae:settings', '{"latent": 8');
    });
    // A fresh load of the lesson's address with no settings in it, so they come from storage. (A hash
    // change and a reload raced the page putting its settings back into the address, which then won.)
    await page.goto('about:blank');
    await page.goto('#/lesson/dense-ae');
    await page.locator(byTestId('settings-reset-note')).waitFor();
    await page.locator(byTestId('settings-refused')).waitFor();
    expect(await textOf(page, 'settings-reset-note')).toMatch(/^Your saved language and backend choice could not be read \(they may come from another version of Anomaly Lab\), so the defaults are used\./);
    expect(await refused()).toEqual(['The saved settings could not be read, so the defaults are used.']);
    await setLanguage(page, 'ja');
    expect(await textOf(page, 'settings-reset-note')).toMatch(/^保存されていた言語とバックエンドの設定を読めなかったため（別のバージョンの Anomaly Lab のものかもしれません）、既定値を使います。/);
    expect(await refused()).toEqual(['保存された設定を読めなかったため、既定値を使います。']);
    await setLanguage(page, 'en');
    expect(await page.locator(byTestId('run-row')).count()).toBe(1);
    expect(tp.errors).toEqual([]);
  });

  test('time series: a PNG renamed to .csv is refused as binary, the loaded data and results stay', async () => {
    const tp = await openLessonPage(baseUrl, 'timeseries-ae', 'bad-input-series', TINY_SERIES);
    const { page } = tp;
    await runAll(tp);
    const auc = await aucOf(page, 'auc-cos');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 0, 0, 0, 0]);
    await page.locator(byTestId('csv-file')).setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: png });
    await page.locator(byTestId('csv-error')).waitFor();
    expect(await inBoth(page, 'csv-error')).toEqual({
      en: 'This looks like a binary file (an image or a spreadsheet?), not CSV text: line 1, character 1 is not text. Save or export the data as CSV.',
      ja: 'CSV のテキストではなく、バイナリファイル（画像や表計算ファイル？）のようです。1 行目 1 文字目がテキストではありません。データを CSV として保存または書き出してください。',
    });
    expect(await textOf(page, 'csv-error-file')).toBe('photo.csv');
    expect(await aucOf(page, 'auc-cos')).toBe(auc);
    expect(tp.errors).toEqual([]);
  });
});
