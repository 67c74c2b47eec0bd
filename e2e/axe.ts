/**
 * axe-core in the e2e browser: its source (from the npm package, never a CDN)
 * is injected into the page with `addScriptTag({ content })`, then run on the
 * whole document. The app's Content-Security-Policy forbids inline scripts, so
 * pages audited with axe open with `AXE_CONTEXT` (`bypassCSP`). Shared by the
 * classroom specs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Context options of a page that axe audits: the CSP is bypassed for the injected script only. */
export const AXE_CONTEXT = { bypassCSP: true } as const;

/** One axe violation, trimmed to what a failing assertion should print. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** The serious and critical axe violations of the page as it is now (WCAG 2.x A/AA and best-practice rules). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 3).join(' ').trim()}`),
      }));
  });
}

/** How far the page scrolls sideways, in CSS px (0 when it fits): `scrollWidth − clientWidth` of the document. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
