/**
 * Measures the built app in Chromium the way a learner meets it: JavaScript
 * downloaded before a lesson opens, time until lesson 1 is interactive, and the
 * main thread's long tasks (PerformanceObserver 'longtask') during a training run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { newPage } from '../../e2e/browser';
import { BENCH_OUT } from './serve-build';

/** What the app measurements report. */
export interface AppMetrics {
  /** JavaScript files the home page loads (service worker excluded), as served. */
  initialJsFiles: string[];
  initialJsBytes: number;
  /** The same files gzip-compressed (level 9), the size a compressing host sends. */
  initialJsGzipBytes: number;
  /** From navigation start to lesson 1's "Run all" button being enabled, opened directly by URL. */
  lessonInteractiveMs: number;
  /**
   * Long tasks in the `READING_MS` after that, before "Run all" is pressed, as a learner reads the
   * lesson first: Plotly is loaded for the result charts then, once the page is idle.
   */
  reading: { seconds: number; longestTaskMs: number; tasksOver50ms: number };
  /** One "Run all" of lesson 1 with its defaults except the epoch count. */
  training: {
    backend: string;
    epochs: number;
    /** From the click on "Run all" (data loading included) to the training status turning "done". */
    seconds: number;
    longestTaskMs: number;
    tasksOver50ms: number;
    /** Long tasks in the 5 s after the status turned "done": the result arrives and the result cells draw (Plotly loads). */
    after: { longestTaskMs: number; tasksOver50ms: number };
  };
}

/**
 * Installed before any page script: records long tasks and when "Run all" first
 * becomes enabled. A string, so the page gets exactly this code (no compiler helpers).
 */
const INSTRUMENT = `
  window.__longTasks = [];
  window.__interactiveAt = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__trainingEndedAt = null;
  new MutationObserver(() => {
    const button = document.querySelector('[data-testid="run-all"]');
    if (window.__interactiveAt === null && button && !button.disabled) window.__interactiveAt = performance.now();
    const state = document.querySelector('[data-testid="train-status"]')?.getAttribute('data-state');
    if (state === 'running') window.__trainingEndedAt = null;
    if (window.__trainingEndedAt === null && (state === 'done' || state === 'error')) window.__trainingEndedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

const id = (testId: string) => `[data-testid="${testId}"]`;

/** How long the bench reads lesson 1 before pressing "Run all". */
const READING_MS = 5000;

interface LongTask {
  start: number;
  duration: number;
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);

/** The longest task and the count over 50 ms among the tasks that start in [from, to). */
function summarise(tasks: LongTask[], from: number, to: number): { longestTaskMs: number; tasksOver50ms: number } {
  const inWindow = tasks.filter((t) => t.start >= from && t.start < to);
  return { longestTaskMs: Math.max(0, ...inWindow.map((t) => t.duration)), tasksOver50ms: inWindow.filter((t) => t.duration > 50).length };
}

/** Runs every app measurement against the preview server at `baseUrl`. */
export async function runAppBench(baseUrl: string, epochs: number, log: (line: string) => void): Promise<AppMetrics> {
  const initial = await measureInitialJs(baseUrl);
  log(`app: initial JS ${(initial.initialJsGzipBytes / 1024).toFixed(0)} KB gzip in ${initial.initialJsFiles.length} files`);
  const tp = await newPage(baseUrl);
  try {
    const { page } = tp;
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto('#/lesson/dense-ae');
    await page.locator(`${id('run-all')}:not([disabled])`).waitFor({ timeout: 120_000 });
    const lessonInteractiveMs = (await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt)) ?? NaN;
    log(`app: lesson 1 interactive after ${lessonInteractiveMs.toFixed(0)} ms`);
    await page.waitForTimeout(READING_MS);
    const reading = { seconds: READING_MS / 1000, ...summarise(await longTasks(page), lessonInteractiveMs, lessonInteractiveMs + READING_MS) };
    log(`app: while reading for ${reading.seconds} s, longest task ${reading.longestTaskMs.toFixed(0)} ms`);
    const training = await measureTraining(page, epochs);
    log(`app: training ${training.seconds.toFixed(1)} s on ${training.backend}; longest main-thread task ${training.longestTaskMs.toFixed(0)} ms, ${training.tasksOver50ms} tasks > 50 ms`);
    if (tp.errors.length > 0) log(`  page errors: ${tp.errors.join(' | ')}`);
    return { ...initial, lessonInteractiveMs, reading, training };
  } finally {
    await tp.close();
  }
}

async function measureInitialJs(baseUrl: string): Promise<Pick<AppMetrics, 'initialJsFiles' | 'initialJsBytes' | 'initialJsGzipBytes'>> {
  const tp = await newPage(baseUrl);
  try {
    await tp.page.goto('#/');
    await tp.page.waitForLoadState('networkidle');
    const urls = await tp.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const files = [...new Set(urls.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.js') && !p.endsWith('/sw.js')))];
    const bytes = files.map((p) => readFileSync(join(BENCH_OUT, p)));
    return {
      initialJsFiles: files,
      initialJsBytes: bytes.reduce((s, b) => s + b.length, 0),
      initialJsGzipBytes: bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    };
  } finally {
    await tp.close();
  }
}

async function measureTraining(page: Page, epochs: number): Promise<AppMetrics['training']> {
  const epochsInput = page.locator(id('param-epochs'));
  await epochsInput.fill(String(epochs));
  await epochsInput.blur();
  const start = await page.evaluate(() => performance.now());
  await page.locator(id('run-all')).click();
  await page.waitForFunction((sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''), id('train-status'), {
    timeout: 20 * 60_000,
    polling: 250,
  });
  const end = await page.evaluate(() => (window as unknown as { __trainingEndedAt: number }).__trainingEndedAt);
  const state = await page.locator(id('train-status')).getAttribute('data-state');
  if (state !== 'done') throw new Error(`lesson 1 training ended in "${state}": ${await page.locator(id('train-status')).textContent()}`);
  await page.waitForTimeout(5000);
  const tasks = await longTasks(page);
  const backend = (await page.locator(id('backend-badge')).getAttribute('data-backend')) ?? 'unknown';
  return { backend, epochs, seconds: (end - start) / 1000, ...summarise(tasks, start, end), after: summarise(tasks, end, end + 5000) };
}
