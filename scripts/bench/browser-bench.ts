/**
 * Drives the Chromium bench page (`scripts/bench/browser/`): one fresh page and
 * training worker per case, so every backend and thread count starts cold.
 */
import { newPage, type TestPage } from '../../e2e/browser';
import type { BrowserCase, BrowserCaseResult } from './browser/bench-page';
import type { BackendResult } from './measure';

/** A backend that could not run in this browser, and why. */
export interface Skipped {
  backend: string;
  lesson: string;
  reason: string;
}

/** A fresh page (own context, own worker) on the bench page, once it is ready. Close it with `close()`. */
export async function openBenchPage(baseUrl: string): Promise<TestPage> {
  const tp = await newPage(baseUrl);
  try {
    await tp.page.goto('bench/');
    await tp.page.waitForSelector('#status[data-ready="true"]', { state: 'attached', timeout: 60_000 });
    return tp;
  } catch (error) {
    await tp.close();
    throw error;
  }
}

/** Runs every case in order; `log` gets one line per case. */
export async function runBrowserBench(baseUrl: string, cases: BrowserCase[], log: (line: string) => void): Promise<{ results: BackendResult[]; skipped: Skipped[] }> {
  const results: BackendResult[] = [];
  const skipped: Skipped[] = [];
  for (const c of cases) {
    const tp = await openBenchPage(baseUrl);
    try {
      const r = (await tp.page.evaluate((arg) => window.anomalyLabBench.run(arg), c)) as BrowserCaseResult;
      const name = `${c.backend}${c.backend === 'wasm' ? ` ×${c.threads ?? 'default'}` : ''} ${c.spec.lesson}`;
      if (r.ok) {
        results.push(r.result);
        log(`chromium ${name}: ${r.result.secondsPerEpoch.toFixed(2)} s/epoch, ${r.result.gflops.toFixed(1)} GFLOP/s`);
      } else {
        skipped.push({ backend: r.backend, lesson: c.spec.lesson, reason: r.reason });
        log(`chromium ${name}: skipped (${r.reason})`);
      }
      if (tp.errors.length > 0) log(`  page errors: ${tp.errors.join(' | ')}`);
    } finally {
      await tp.close();
    }
  }
  return { results, skipped };
}
