/**
 * Endurance (issue 16): train/stop cycles across the ready lessons in one page
 * of the built app, as a class would use it for an hour. Each cycle opens a
 * lesson (the hash changes, the page stays), presses Run all on a tiny
 * configuration with many epochs, presses Stop once the first epoch is done
 * (so the run is scored and kept), waits until the lesson is idle and reads
 * the page's heap, the training worker's heap, the worker's tensors and its
 * WebAssembly memory, each after a full GC (`endurance-probe.ts`).
 *
 * The first two rounds (each lesson twice) are warm-up: lesson modules,
 * Plotly, kernels and the runs database load in the first, and V8 compiles the
 * hot code of every lesson's second run (a heap-snapshot diff between cycles 8
 * and 16 put half the page's growth in compiled code). After them, the
 * readings at the end of each round (the same lesson, the same point) must
 * stay within 2 MB for both heaps, and the tensors must not change. The table
 * keeps the first round too, so the growth since then is visible.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { memoryProbe, type MemoryReading } from './endurance-probe';

/** Lessons in cycle order, each with a tiny configuration whose epochs never all run (Stop ends them). */
export const ENDURANCE_LESSONS: { id: string; query: string }[] = [
  { id: 'dense-ae', query: '?maxTrain=600&epochs=50&patience=0&batch=64' },
  { id: 'timeseries-ae', query: '?normal.count=600&lowNoise.count=20&cos.count=20&epochs=50' },
  { id: 'patch-vae', query: '?patches=500&epochs=20&batch=64' },
  { id: 'ssim-ae', query: '?cropSize=32&trainCount=64&validationCount=8&testCount=12&epochs=20&losses=l2&width=0.25&batch=16' },
];

/** Allowed change of either heap after warm-up. */
export const FLAT_BYTES = 2 * 1024 * 1024;

/** Rounds (one cycle per lesson each) before the readings are compared. */
export const WARM_UP_ROUNDS = 2;

/** One cycle: which lesson, how long it took, how it ended, and the memory after it. */
export interface EnduranceCycle extends MemoryReading {
  cycle: number;
  lesson: string;
  seconds: number;
  /** Epochs that had run when Stop took effect. */
  epochsRun: number;
}

/** Spread (max − min) of a reading over the end-of-round cycles after warm-up. */
export interface EnduranceSpread {
  pageHeapBytes: number;
  workerHeapBytes: number | null;
  tensors: number | null;
}

export interface EnduranceResult {
  cycles: EnduranceCycle[];
  /** The cycles compared: the last of each round after warm-up. */
  compared: number[];
  spread: EnduranceSpread;
  /** Last minus first of the compared cycles. */
  growth: EnduranceSpread;
  /** The page heap's growth from the end of the first round to the last cycle (warm-up included). */
  pageGrowthSinceFirstRound: number;
  flat: boolean;
}

const id = (testId: string) => `[data-testid="${testId}"]`;

/** The train panel's "epoch n/m" as numbers. */
async function epochOf(page: Page): Promise<number> {
  const text = (await page.locator(id('train-status')).first().textContent()) ?? '';
  return Number(/(\d+)\s*\/\s*\d+/.exec(text)?.[1] ?? 0);
}

async function cycle(page: Page, lesson: { id: string; query: string }): Promise<number> {
  await page.goto(`#/lesson/${lesson.id}${lesson.query}`);
  await page.locator(id('run-all')).waitFor({ timeout: 60_000 });
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-disabled') !== 'true', id('run-all'), { timeout: 60_000 });
  await page.locator(id('run-all')).click();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'running', id('train-status'), { timeout: 120_000, polling: 100 });
  // Epoch 2 under way: the first one is done, so the stopped run has a model and is scored and kept.
  await page.waitForFunction((sel) => Number(/(\d+)\s*\/\s*\d+/.exec(document.querySelector(sel)?.textContent ?? '')?.[1] ?? 0) >= 2, id('train-status'), { timeout: 300_000, polling: 100 });
  const epochs = (await epochOf(page)) - 1;
  await page.locator(id('train-stop')).first().click();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') !== 'true', id('run-all'), { timeout: 300_000, polling: 250 });
  const state = await page.locator(id('train-status')).first().getAttribute('data-state');
  if (state !== 'done') throw new Error(`${lesson.id}: training ended in "${state}"`);
  // The result cells draw one chart per frame after training.
  await page.waitForTimeout(1500);
  return epochs;
}

const spreadOf = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : Math.max(...(values as number[])) - Math.min(...(values as number[]));
const growthOf = (values: (number | null)[]): number | null => (values[0] === null || values[values.length - 1] === null ? null : values[values.length - 1]! - values[0]!);

/** Runs `cycles` train/stop cycles (a multiple of the lesson count) against the built app at `baseUrl`. */
export async function runEnduranceBench(baseUrl: string, cycles: number, log: (line: string) => void): Promise<EnduranceResult> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const rows: EnduranceCycle[] = [];
  try {
    await page.goto('#/');
    const probe = await memoryProbe(browser, page);
    for (let i = 0; i < cycles; i++) {
      const lesson = ENDURANCE_LESSONS[i % ENDURANCE_LESSONS.length];
      const t0 = Date.now();
      const epochsRun = await cycle(page, lesson);
      const reading = await probe.read();
      const row: EnduranceCycle = { cycle: i + 1, lesson: lesson.id, seconds: (Date.now() - t0) / 1000, epochsRun, ...reading };
      rows.push(row);
      log(`endurance ${row.cycle}/${cycles} ${row.lesson}: ${formatRow(row)}`);
    }
    await probe.close();
  } finally {
    await context.close();
  }
  if (errors.length > 0) throw new Error(`endurance: page errors:\n${errors.join('\n')}`);
  const n = ENDURANCE_LESSONS.length;
  const compared = rows.filter((r) => r.cycle % n === 0 && r.cycle >= WARM_UP_ROUNDS * n).map((r) => r.cycle);
  const at = (key: 'pageHeapBytes' | 'workerHeapBytes' | 'tensors') => compared.map((c) => rows[c - 1][key]);
  const spread = { pageHeapBytes: spreadOf(at('pageHeapBytes')) ?? 0, workerHeapBytes: spreadOf(at('workerHeapBytes')), tensors: spreadOf(at('tensors')) };
  const growth = { pageHeapBytes: growthOf(at('pageHeapBytes')) ?? 0, workerHeapBytes: growthOf(at('workerHeapBytes')), tensors: growthOf(at('tensors')) };
  const flat = spread.pageHeapBytes <= FLAT_BYTES && spread.workerHeapBytes !== null && spread.workerHeapBytes <= FLAT_BYTES && spread.tensors === 0;
  const pageGrowthSinceFirstRound = rows.length > n ? rows[rows.length - 1].pageHeapBytes - rows[n - 1].pageHeapBytes : 0;
  return { cycles: rows, compared, spread, growth, pageGrowthSinceFirstRound, flat };
}

const mb = (bytes: number | null) => (bytes === null ? '—' : (bytes / 1048576).toFixed(2));

function formatRow(r: EnduranceCycle): string {
  return `page ${mb(r.pageHeapBytes)} MB, worker ${mb(r.workerHeapBytes)} MB, ${r.tensors ?? '—'} tensors (${mb(r.tensorBytes)} MB), wasm ${mb(r.wasmMemoryBytes)} MB, ${r.epochsRun} epoch(s), ${r.seconds.toFixed(1)} s`;
}

/** The endurance table and its verdict, for the bench's stdout. */
export function formatEndurance(e: EnduranceResult): string {
  const lines = [
    '',
    `Endurance: ${e.cycles.length} train/stop cycles across ${ENDURANCE_LESSONS.length} lessons (Chromium, one page; heaps after a full GC)`,
    'cycle  lesson          page heap MB  worker heap MB  tensors  tensor MB  wasm MB  epochs  s',
    ...e.cycles.map(
      (r) =>
        `${String(r.cycle).padStart(5)}  ${r.lesson.padEnd(14)}  ${mb(r.pageHeapBytes).padStart(12)}  ${mb(r.workerHeapBytes).padStart(14)}  ${String(r.tensors ?? '—').padStart(7)}  ${mb(r.tensorBytes).padStart(9)}  ${mb(r.wasmMemoryBytes).padStart(7)}  ${String(r.epochsRun).padStart(6)}  ${r.seconds.toFixed(1)}`,
    ),
    `page heap growth from cycle ${ENDURANCE_LESSONS.length} (first round, warm-up included) to cycle ${e.cycles.length}: ${mb(e.pageGrowthSinceFirstRound)} MB`,
    `after warm-up (cycles ${e.compared.join(', ')}): page heap spread ${mb(e.spread.pageHeapBytes)} MB (growth ${mb(e.growth.pageHeapBytes)}), worker heap spread ${mb(e.spread.workerHeapBytes)} MB (growth ${mb(e.growth.workerHeapBytes)}), tensors spread ${e.spread.tensors ?? '—'} → ${e.flat ? 'flat within 2 MB' : 'NOT flat within 2 MB'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The endurance targets as bench targets (MB after warm-up; tensors). */
export function enduranceTargets(e: EnduranceResult | null): Record<string, { value: number | null; target: string; met: boolean | null }> {
  if (!e) return {};
  const mbOf = (b: number | null) => (b === null ? null : b / 1048576);
  return {
    enduranceWorkerHeapSpreadMB: { value: mbOf(e.spread.workerHeapBytes), target: '≤ 2 MB after warm-up', met: e.spread.workerHeapBytes === null ? null : e.spread.workerHeapBytes <= FLAT_BYTES },
    endurancePageHeapSpreadMB: { value: mbOf(e.spread.pageHeapBytes), target: '≤ 2 MB after warm-up', met: e.spread.pageHeapBytes <= FLAT_BYTES },
    enduranceTensorSpread: { value: e.spread.tensors, target: '0', met: e.spread.tensors === null ? null : e.spread.tensors === 0 },
  };
}
