/**
 * Classroom (issue 15), keyboard only, on lesson 1: skip link, Tab to Train,
 * start training, stop it, Tab to the threshold slider and move it, open
 * presenter mode with P and step through it, fold its text, leave it, open the
 * shortcut list. Every step asserts where the focus is; along the way the class
 * picker and each chart toolbar are one tab stop, and focus rings are 3 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { byTestId, closeBrowser, openLessonPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');

afterAll(closeBrowser);

/** What has the focus: its test id, else its tag and classes. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').join('.')}`;
  });
}

/** One tab stop as the Tab key reaches it: its name, and which chart toolbar or class picker holds it. */
interface Stop {
  name: string;
  toolbar: string | null;
  picker: boolean;
}

/** Presses Tab until `target` (a test id) has the focus, at most `max` times; returns every stop on the way. */
async function tabTo(page: Page, target: string, max: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      const bar = el?.closest('.modebar');
      if (bar && !bar.id) bar.id = `bar-${Math.random().toString(36).slice(2)}`;
      return {
        name: el?.getAttribute('data-testid') ?? `${el?.tagName.toLowerCase()}.${String(el?.className ?? '')}`,
        toolbar: bar ? bar.id : null,
        picker: el?.closest('.nb-class-picker') !== null && el?.classList.contains('nb-chip') === true,
      };
    });
    stops.push(stop);
    if (stop.name === target) return stops;
  }
  throw new Error(`${target} not reached in ${max} tab presses; stops: ${stops.map((s) => s.name).join(', ')}`);
}

describe('classroom: keyboard only on lesson 1', () => {
  test('train, stop, move the threshold, present and step through — focus asserted at every step', async () => {
    const tp = await openLessonPage(baseUrl, 'dense-ae', 'classroom-keyboard', '?maxTrain=1000&epochs=200&patience=0&batch=64');
    const { page } = tp;
    await page.locator(byTestId('train-run')).waitFor();

    // 1. The first stop is the skip link; it moves the focus to the main content.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('skip-link');
    expect(await page.locator(byTestId('skip-link')).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // 2. Tab to Train: the 20 class chips are one stop on the way.
    const toTrain = await tabTo(page, 'train-run', 80);
    expect(toTrain.filter((s) => s.picker)).toHaveLength(1);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth)).toBe('3px');

    // 3. Enter starts training; the focus stays on Train (unavailable while it runs).
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'running', byTestId('train-status'), { timeout: 120_000 });
    expect(await focused(page)).toBe('train-run');
    expect(await page.locator(byTestId('train-run')).getAttribute('aria-disabled')).toBe('true');

    // 4. Tab to Stop; after the first epoch, Enter stops it and the focus stays on Stop.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('train-stop');
    await page.locator('.al-loss-curve--live').waitFor({ timeout: 120_000 });
    await screenshot(page, 'classroom-keyboard-1-training');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done', byTestId('train-status'), { timeout: 120_000 });
    expect(await focused(page)).toBe('train-stop');
    await page.locator(byTestId('threshold-slider')).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);

    // 5. Tab to the threshold slider: each chart toolbar on the way is at most one stop.
    const toSlider = await tabTo(page, 'threshold-slider', 150);
    const perToolbar = new Map<string, number>();
    for (const s of toSlider) if (s.toolbar) perToolbar.set(s.toolbar, (perToolbar.get(s.toolbar) ?? 0) + 1);
    expect([...perToolbar.values()].every((n) => n === 1)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth)).toBe('3px');

    // 6. The arrow keys and End move the threshold; the focus stays on the slider; the confusion matrix follows.
    const slider = page.locator(byTestId('threshold-slider'));
    const before = Number(await slider.inputValue());
    const caughtBefore = await page.locator(byTestId('cm-tp')).getAttribute('data-count');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBeGreaterThan(before);
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    expect(await focused(page)).toBe('threshold-slider');
    expect(await page.locator(byTestId('cm-tp')).getAttribute('data-count')).not.toBe(caughtBefore);
    await screenshot(page, 'classroom-keyboard-2-threshold');

    // 7. P opens presenter mode at the cell that holds the focus; the stage takes the focus.
    await page.keyboard.press('p');
    const stage = page.locator(byTestId('presenter-stage'));
    await stage.waitFor();
    expect(await focused(page)).toBe('presenter-stage');
    expect(await stage.getAttribute('data-cell')).toBe('threshold');
    expect(page.url()).toContain('present=1');

    // 8. The arrow keys step through the cells (the live view is last); the focus stays on the stage.
    const steps: [string, string][] = [
      ['ArrowRight', 'roc'],
      ['ArrowRight', 'live'],
      ['ArrowRight', 'live'],
      ['ArrowLeft', 'roc'],
      ['ArrowLeft', 'threshold'],
      ['PageDown', 'roc'],
    ];
    for (const [key, cell] of steps) {
      await page.keyboard.press(key);
      await page.waitForFunction(([sel, c]) => document.querySelector(sel)?.getAttribute('data-cell') === c, [byTestId('presenter-stage'), cell] as const);
      expect(await focused(page)).toBe('presenter-stage');
    }
    expect(page.url()).toContain('cell=roc');

    // 9. T folds the text away; the focus stays.
    expect(await stage.locator('.prose').count()).toBeGreaterThan(0);
    await page.keyboard.press('t');
    await page.waitForFunction((sel) => document.querySelector(`${sel} .prose`) === null, byTestId('presenter-stage'));
    expect(await focused(page)).toBe('presenter-stage');
    await screenshot(page, 'classroom-keyboard-3-presenter');

    // 10. Escape leaves; the focus returns to the presenter switch.
    await page.keyboard.press('Escape');
    await stage.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('presenter-toggle');
    expect(page.url()).not.toContain('present=1');

    // 11. ? lists the shortcuts in a dialog that holds the focus; Escape closes it and the focus comes back.
    await page.keyboard.press('?');
    await page.locator(`${byTestId('shortcuts-dialog')}[open]`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.getAttribute('data-testid'))).toBe('shortcuts-dialog');
    await page.keyboard.press('Escape');
    await page.locator(`${byTestId('shortcuts-dialog')}[open]`).waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('presenter-toggle');

    expect(tp.errors).toEqual([]);
  });
});
