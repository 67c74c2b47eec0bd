/**
 * Classroom (issue 15), every screen size: lesson 1 after a tiny run at 390,
 * 768, 1366 and 1920 px — no sideways scroll, a one-row header, no overlapping
 * slider-mark labels, the confusion matrix inside its card, grids that say they
 * scroll, settings inputs level along each row, number headings right-aligned — and presenter mode at 1920×1080: the live view's slider, histogram
 * and ROC on one screen, large type, the live loss curve with its legend and
 * axis titles. Screenshots in English and Japanese, phone and desktop.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { sidewaysOverflow } from './axe';
import { byTestId, closeBrowser, openLessonPage, screenshot } from './browser';
import { runAllTiny, setLanguage, TINY_RUN } from './classroom';

const baseUrl = inject('baseUrl');
const WIDTHS = [390, 768, 1366, 1920];

afterAll(closeBrowser);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** What the layout assertions read from the page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const cm = document.querySelector('[data-testid="confusion-matrix"] table');
    const cell = document.querySelector('[data-testid="cell-threshold"]');
    return {
      header: document.querySelector('.topbar__inner')!.getBoundingClientRect().height,
      // One row: every visible header item overlaps every other vertically.
      headerOneRow: (() => {
        const items = [...document.querySelectorAll('.topbar__inner > *, .topbar__tools > *')].map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0);
        return Math.max(...items.map((r) => r.top)) < Math.min(...items.map((r) => r.bottom));
      })(),
      marks: [...document.querySelectorAll('.al-slider__marks')].map((m) => [...m.querySelectorAll('.al-slider__mark')].map(box)),
      cm: cm ? box(cm) : null,
      cmCell: cell ? box(cell) : null,
      grids: [...document.querySelectorAll('.al-grid')].map((g) => ({
        scrolls: g.scrollWidth > g.clientWidth + 1,
        says: g.classList.contains('al-grid--scrolls') && g.querySelector('.al-grid__hint') !== null && g.getAttribute('tabindex') === '0',
      })),
      modebarsShown: [...document.querySelectorAll('.modebar-container')].filter((m) => getComputedStyle(m).display !== 'none').length,
      // Per row of a settings grid, how far apart its inputs' tops are (a two-line label must not push one down).
      fieldRowSpread: [...document.querySelectorAll('.nb-field-grid')].flatMap((g) => {
        const rows = new Map<number, number[]>();
        for (const f of g.querySelectorAll(':scope > .nb-field')) {
          const control = f.querySelector('input, select');
          if (!control) continue;
          const row = Math.round(f.getBoundingClientRect().top);
          rows.set(row, [...(rows.get(row) ?? []), control.getBoundingClientRect().top]);
        }
        return [...rows.values()].map((tops) => Math.max(...tops) - Math.min(...tops));
      }),
      // Number columns' headings that are not right-aligned over their numbers.
      numberHeadsOff: [...document.querySelectorAll('th.nb-num:not([colspan])')].filter((th) => getComputedStyle(th).textAlign !== 'right').length,
    };
  });
}

describe('classroom: layout at every width, and presenter mode', () => {
  test('lesson 1 after a tiny run at 390, 768, 1366 and 1920 px', async () => {
    const tp = await openLessonPage(baseUrl, 'dense-ae', 'classroom-layout', TINY_RUN['dense-ae']);
    const { page } = tp;
    await runAllTiny(tp);
    for (const lang of ['en', 'ja'] as const) {
      await setLanguage(page, lang);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(1200);
        const where = `${lang} ${width}px`;
        expect(await sidewaysOverflow(page), where).toBeLessThanOrEqual(0);
        const m = await measure(page);
        expect(m.headerOneRow, `${where}: the header is one row`).toBe(true);
        expect(m.header, `${where}: header height`).toBeLessThan(70);
        const menu = page.locator(byTestId('header-menu'));
        if (await menu.isVisible()) {
          await menu.click();
          const box = await page.locator('.header-menu__panel').boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= width, `${where}: the open header menu lies on the screen (${JSON.stringify(box)})`).toBe(true);
          await menu.click();
        } else expect(width, `${where}: the header folds into its menu on a phone`).toBeGreaterThan(390);
        for (const marks of m.marks) {
          for (let i = 0; i < marks.length; i++) for (let j = 0; j < i; j++) expect(overlaps(marks[i], marks[j]), `${where}: slider marks ${j} and ${i} overlap`).toBe(false);
        }
        expect(m.cm && m.cmCell && m.cm.right <= m.cmCell.right && m.cm.left >= m.cmCell.left, `${where}: confusion matrix inside its cell`).toBe(true);
        for (const g of m.grids) if (g.scrolls) expect(g.says, `${where}: a grid that scrolls says so`).toBe(true);
        expect(m.grids.some((g) => g.scrolls) || width > 390, `${where}: the 8-column grid scrolls on a phone`).toBe(true);
        if (width <= 390) expect(m.modebarsShown, `${where}: no chart toolbar over the titles`).toBe(0);
        expect(m.fieldRowSpread.length, `${where}: settings grids measured`).toBeGreaterThan(0);
        for (const spread of m.fieldRowSpread) expect(spread, `${where}: inputs in one row of a settings grid start level`).toBeLessThanOrEqual(1);
        expect(m.numberHeadsOff, `${where}: number headings sit over their numbers`).toBe(0);
        if (width === 1366) {
          // Plotly's own toolbar words follow the page's language.
          const titles = await page.evaluate(() => [...new Set([...document.querySelectorAll('.modebar-btn')].map((b) => b.getAttribute('data-title')))]);
          expect(titles.sort(), `${where}: chart toolbar words`).toEqual(lang === 'ja' ? ['ズーム', '移動', '軸をリセット'] : ['Pan', 'Reset axes', 'Zoom']);
        }
        await screenshot(page, `classroom-layout-${lang}-${width}`);
      }
    }
    expect(tp.errors).toEqual([]);
  });

  test('every lesson before a run, 768 and 1366 px, both languages: a label that wraps does not push its input below its row', async () => {
    const tp = await openLessonPage(baseUrl, 'ssim-ae', 'classroom-field-rows');
    const { page } = tp;
    let twoLineLabels = 0;
    for (const lesson of ['dense-ae', 'timeseries-ae', 'patch-vae', 'ssim-ae', 'metric-learning', 'conv-ae-pca']) {
      await page.goto(`#/lesson/${lesson}`);
      await page.locator('.nb-field-grid').first().waitFor({ timeout: 60_000 });
      for (const lang of ['en', 'ja'] as const) {
        await setLanguage(page, lang);
        for (const width of [768, 1366]) {
          await page.setViewportSize({ width, height: 900 });
          await page.waitForTimeout(300);
          const m = await measure(page);
          for (const spread of m.fieldRowSpread) expect(spread, `${lesson} ${lang} ${width}px: inputs in one row start level`).toBeLessThanOrEqual(1);
          twoLineLabels += await page.evaluate(() => [...document.querySelectorAll('.nb-field-grid > .nb-field > label')].filter((l) => l.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(l).lineHeight)).length);
        }
      }
    }
    // The check bites: some labels do wrap (the SSIM AE's "Training crops per epoch (fresh each epoch)").
    expect(twoLineLabels).toBeGreaterThan(0);
    expect(tp.errors).toEqual([]);
  });

  test('presenter mode at 1920×1080: live view on one screen, large type, live loss curve with legend and axis titles', async () => {
    const tp = await openLessonPage(baseUrl, 'dense-ae', 'classroom-presenter', TINY_RUN['dense-ae']);
    const { page } = tp;
    await runAllTiny(tp);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`#/lesson/dense-ae${TINY_RUN['dense-ae']}&present=1&cell=live`);
    await page.locator(byTestId('live-roc')).locator('.js-plotly-plot').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2500);
    const live = await page.evaluate(() =>
      ['live-threshold', 'live-histogram', 'live-roc'].map((id) => {
        const r = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        return { id, top: r.top, bottom: r.bottom };
      }),
    );
    for (const part of live) expect(part.bottom, `${part.id} is on the first screen`).toBeLessThanOrEqual(1080);
    const type = await page.evaluate(() => ({
      title: Number.parseFloat(getComputedStyle(document.querySelector('.presenter-cell__title')!).fontSize),
      body: Number.parseFloat(getComputedStyle(document.body).fontSize),
      summary: document.querySelector('[data-testid="live-roc"] [data-testid="chart-summary"]')?.textContent ?? '',
    }));
    expect(type.title).toBeGreaterThanOrEqual(36);
    expect(type.body).toBeGreaterThanOrEqual(22);
    expect(type.summary).toMatch(/^ROC, AUC \d\.\d{3}\. At threshold [\d.]+: [\d.]+% of normals pass, [\d.]+% of anomalies caught\.$/);
    await screenshot(page, 'classroom-presenter-1920-live-en');
    await setLanguage(page, 'ja');
    await page.waitForTimeout(1500);
    await screenshot(page, 'classroom-presenter-1920-live-ja');
    await setLanguage(page, 'en');

    // The Train cell, run from the stage with Enter: the live loss curve, large, with legend and axis titles.
    await page.goto(`#/lesson/dense-ae?maxTrain=1000&epochs=200&patience=0&batch=64&present=1&cell=train`);
    const stage = page.locator(byTestId('presenter-stage'));
    await stage.waitFor();
    await stage.focus();
    await page.keyboard.press('Enter');
    await page.locator('.al-loss-curve--live').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelectorAll('.al-loss-curve--live circle').length >= 3, undefined, { timeout: 120_000 });
    const words = await page.locator('.al-loss-curve--live text').allTextContents();
    expect(words).toEqual(expect.arrayContaining(['train', 'validation', 'Epoch', 'Loss (log)']));
    const legendSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.al-live-svg__title')!).fontSize));
    expect(legendSize).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'classroom-presenter-1920-train-live');
    await page.locator(byTestId('train-stop')).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done', byTestId('train-status'), { timeout: 120_000 });
    expect(tp.errors).toEqual([]);
  });
});
