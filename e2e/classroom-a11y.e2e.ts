/**
 * Classroom (issue 15), screen readers and phones: axe finds no serious or
 * critical violation on any page — the home page, a planned lesson, an unknown
 * address, and every ready lesson before and after a tiny run, also in
 * presenter mode — in English and Japanese, at desktop and phone width, and in
 * the dark theme; and no lesson page scrolls sideways at 390 px after a run.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { LESSONS } from '../src/lessons/registry';
import { AXE_CONTEXT, seriousViolations, sidewaysOverflow, type AxeFinding } from './axe';
import { byTestId, closeBrowser, openLessonPage, pageForTest, screenshot } from './browser';
import { DESKTOP, PHONE, runAllTiny, setLanguage, TINY_RUN } from './classroom';

const baseUrl = inject('baseUrl');
const READY = LESSONS.filter((l) => l.status === 'ready' && l.load);
const PLANNED = LESSONS.find((l) => l.status !== 'ready');

afterAll(closeBrowser);

/** Every serious or critical violation at desktop and phone width in both languages (and in the dark theme at desktop), labelled by where it was found. */
async function auditEverywhere(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const lang of ['en', 'ja'] as const) {
    await setLanguage(page, lang);
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(700);
      const violations: AxeFinding[] = await seriousViolations(page);
      for (const v of violations) found.push(`${where} ${lang} ${size.width}px: ${v.impact} ${v.id} (${v.help})\n    ${v.nodes.join('\n    ')}`);
    }
  }
  await setLanguage(page, 'en');
  await page.setViewportSize(DESKTOP);
  // The dark theme too (lecture halls are dark): colour contrast differs.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(700);
  for (const v of await seriousViolations(page)) found.push(`${where} en dark: ${v.impact} ${v.id} (${v.help})\n    ${v.nodes.join('\n    ')}`);
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

describe('classroom: axe and page width', () => {
  test('pages without a lesson: home, a planned lesson, an unknown address', async () => {
    const tp = await pageForTest(baseUrl, 'classroom-a11y-static', AXE_CONTEXT);
    const found: string[] = [];
    for (const address of ['#/', ...(PLANNED ? [`#/lesson/${PLANNED.id}`] : []), '#/no-such-page']) {
      await tp.page.goto(address);
      await tp.page.locator('main').waitFor();
      found.push(...(await auditEverywhere(tp.page, address)));
    }
    expect(found).toEqual([]);
    expect(tp.errors).toEqual([]);
  });

  for (const entry of READY) {
    test(`${entry.id}: before and after a tiny run, and in presenter mode`, async () => {
      const tiny = TINY_RUN[entry.id];
      expect(tiny, `${entry.id} needs tiny settings in e2e/classroom.ts`).toMatch(/^\?/);
      const tp = await openLessonPage(baseUrl, entry.id, `classroom-a11y-${entry.id}`, tiny, AXE_CONTEXT);
      const { page } = tp;
      await page.setViewportSize(DESKTOP);
      await page.waitForTimeout(1500);
      const found = await auditEverywhere(page, `${entry.id} before the run`);

      await runAllTiny(tp);
      found.push(...(await auditEverywhere(page, `${entry.id} after the run`)));

      // No sideways scroll on a phone, with every result drawn.
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(1500);
      const overflow = await sidewaysOverflow(page);
      await screenshot(page, `classroom-${entry.id}-390-after-run`);
      expect(overflow, `${entry.id} scrolls sideways by ${overflow} px at 390 px`).toBeLessThanOrEqual(0);
      await page.setViewportSize(DESKTOP);

      await page.goto(`#/lesson/${entry.id}${tiny}&present=1`);
      await page.locator(byTestId('presenter-stage')).waitFor();
      found.push(...(await auditEverywhere(page, `${entry.id} presenter mode`)));
      expect(found).toEqual([]);
      expect(tp.errors).toEqual([]);
    });
  }
});
