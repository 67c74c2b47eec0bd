/**
 * Browser helpers for the e2e suite: one shared Chromium (found by
 * scripts/find-browser.ts, driven by playwright-core), a fresh context per
 * page that records console and page errors, screenshots into
 * `e2e/screenshots/` (git-ignored), and readers for what the app draws
 * (Plotly data, canvas pixels).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { browserPath } from '../scripts/find-browser';

const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Chromium binary: env CHROMIUM_PATH, else the usual Chromium and Chrome paths (scripts/find-browser.ts). */
export const CHROMIUM_PATH = browserPath();

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // navigator.gpu then offers a SwiftShader (software) adapter: works, but slowly.
  '--enable-unsafe-webgpu',
];

let shared: Promise<Browser> | undefined;

/** The browser, launched on first use and shared by the tests of one file (each file runs in its own worker). */
export function launchBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return shared;
}

/** Closes the shared browser if it was launched. */
export async function closeBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  if (browser) await (await browser).close();
}

/** A page in its own browser context (own storage, own service worker). */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, KaTeX warnings and uncaught page errors seen so far, as readable lines. */
  errors: string[];
  /** Closes the context (and with it the page). */
  close: () => Promise<void>;
}

/**
 * Opens a new page whose relative URLs resolve against `baseUrl`
 * (`page.goto('#/lesson/dense-ae')`). Does not navigate. `options` add to the
 * context's (e.g. `bypassCSP` to inject axe-core with `addScriptTag`).
 */
export async function newPage(baseUrl: string, options: BrowserContextOptions = {}): Promise<TestPage> {
  const browser = await launchBrowser();
  // Wide enough for the whole lesson header in one row (below 1600 px its backend and link tools fold into a menu).
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1600, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // KaTeX reports LaTeX it renders loosely (e.g. Japanese inside \mathrm) as console warnings: count them as errors.
    const katexWarning = message.type() === 'warning' && /LaTeX-incompatible|KaTeX/.test(message.text());
    if (message.type() !== 'error' && !katexWarning) return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  page.on('crash', () => errors.push('page crashed'));
  return { page, context, errors, close: () => context.close() };
}

/**
 * {@link newPage} for the running test: when the test ends the page is closed,
 * after a `<name>-failed` screenshot if the test failed.
 */
export async function pageForTest(baseUrl: string, name: string, options: BrowserContextOptions = {}): Promise<TestPage> {
  const tp = await newPage(baseUrl, options);
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshot(tp.page, `${name}-failed`).catch(() => undefined);
    await tp.close();
  });
  return tp;
}

/** Saves a full-page PNG as `e2e/screenshots/<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name.replace(/[^\w.-]+/g, '-')}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** One Plotly trace as plain JSON (typed arrays become arrays). */
export interface PlotTrace {
  type?: string;
  name?: string;
  x?: unknown[];
  y?: unknown[];
  [key: string]: unknown;
}

/**
 * `el.data` of the `.js-plotly-plot` element inside (or at) `selector`, as plain
 * JSON. Waits until the chart exists and has at least one trace.
 */
export async function plotData(page: Page, selector: string, timeoutMs = 30_000): Promise<PlotTrace[]> {
  const handle = await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel);
      const el = root?.matches('.js-plotly-plot') ? root : root?.querySelector('.js-plotly-plot');
      const data = (el as (Element & { data?: unknown[] }) | null | undefined)?.data;
      if (!Array.isArray(data) || data.length === 0) return null;
      const json = JSON.stringify(data, (_key, value: unknown) =>
        ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as unknown as ArrayLike<number>) : value,
      );
      return json;
    },
    selector,
    { timeout: timeoutMs },
  );
  return JSON.parse((await handle.jsonValue()) as string) as PlotTrace[];
}

/** Sum of the bar heights of a histogram chart (bar traces: y; histogram traces: one per sample). */
export function barTotal(traces: PlotTrace[]): number {
  let total = 0;
  for (const trace of traces) {
    if (trace.type === 'bar') total += (trace.y ?? []).reduce<number>((sum, v) => sum + Number(v), 0);
    else if (trace.type === 'histogram') total += (trace.x ?? trace.y ?? []).length;
  }
  return total;
}

/** Area under a polyline by the trapezoid rule. */
export function trapezoid(xs: number[], ys: number[]): number {
  let area = 0;
  for (let i = 1; i < xs.length; i++) area += ((xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1])) / 2;
  return area;
}

/** Pixel summary of one canvas. */
export interface CanvasInk {
  width: number;
  height: number;
  /** Pixels whose RGBA differs from the top-left pixel: 0 means a blank canvas. */
  inked: number;
  /** Distinct RGBA values (capped at 1000). */
  colors: number;
}

/** Reads every `<canvas>` inside `selector` and summarises its pixels. */
export function canvasInk(page: Page, selector: string): Promise<CanvasInk[]> {
  return page.evaluate((sel) => {
    const canvases = Array.from(document.querySelectorAll(`${sel} canvas`)) as HTMLCanvasElement[];
    return canvases.map((canvas) => {
      const { width, height } = canvas;
      // Copy onto a 2D canvas so this works whatever context the app drew with.
      const copy = document.createElement('canvas');
      copy.width = width;
      copy.height = height;
      const ctx = copy.getContext('2d');
      if (!ctx || width === 0 || height === 0) return { width, height, inked: 0, colors: 0 };
      ctx.drawImage(canvas, 0, 0);
      const px = new Uint32Array(ctx.getImageData(0, 0, width, height).data.buffer);
      const colors = new Set<number>();
      let inked = 0;
      for (const value of px) {
        if (value !== px[0]) inked++;
        if (colors.size < 1000) colors.add(value);
      }
      return { width, height, inked, colors: colors.size };
    });
  }, selector);
}

/** CSS selector of a `data-testid`. */
export const byTestId = (testId: string) => `[data-testid="${testId}"]`;

/** Opens `#/lesson/<lessonId><suffix>` in a fresh context for the running test and waits for its first cell. */
export async function openLessonPage(baseUrl: string, lessonId: string, name: string, suffix = '', options: BrowserContextOptions = {}): Promise<TestPage> {
  const tp = await pageForTest(baseUrl, name, options);
  await tp.page.goto(`#/lesson/${lessonId}${suffix}`);
  await tp.page.locator('[data-testid^="cell-"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  return tp;
}

/** Opens `#/lesson/<lessonId>` for the running test (see {@link pageForTest}) and waits until every cell of `cells` is attached. */
export async function openLessonCells(baseUrl: string, lessonId: string, name: string, cells: readonly string[]): Promise<TestPage> {
  const tp = await pageForTest(baseUrl, name);
  await tp.page.goto(`#/lesson/${lessonId}`);
  for (const cell of cells) await tp.page.locator(byTestId(`cell-${cell}`)).waitFor({ state: 'attached', timeout: 60_000 });
  return tp;
}

/** Switches the language with the header toggle, opening the header menu when it is folded. */
export async function setLanguage(page: Page, lang: 'en' | 'ja'): Promise<void> {
  const toggle = page.locator(`${byTestId(`lang-${lang}`)}:visible`);
  if ((await toggle.count()) === 0) await page.locator(byTestId('header-menu')).click();
  await toggle.first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** First integer an element shows, e.g. "1,134 · 99.9% · true normal" → 1134. */
export async function integerOf(page: Page, testId: string): Promise<number> {
  // Text nodes joined by "|" so "<span>1</span><span>0.0%</span>" is not read as 10.
  const raw = await page.locator(byTestId(testId)).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
    return parts.join('|');
  });
  const token = /\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+/.exec(raw)?.[0];
  if (!token) throw new Error(`${testId} shows "${raw}", no integer`);
  return Number(token.replace(/\D/g, ''));
}

/** Types `value` into the parameter input `name` and leaves the field. */
export async function setParam(page: Page, name: string, value: string | number): Promise<void> {
  const input = page.locator(byTestId(`param-${name}`));
  await input.fill(String(value));
  await input.blur();
}

/** The trimmed text of the element with `testId`. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.locator(byTestId(testId)).textContent()) ?? '').trim();
}

/** Waits for the training status to finish; throws with the page's errors if it ends in "error". */
export async function waitForTrainingDone(tp: TestPage, timeoutMs: number): Promise<void> {
  const status = tp.page.locator(byTestId('train-status'));
  await tp.page.waitForFunction(
    (sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
    byTestId('train-status'),
    { timeout: timeoutMs, polling: 500 },
  );
  const state = await status.getAttribute('data-state');
  if (state !== 'done') throw new Error(`training ended in "${state}": ${(await status.textContent())?.trim()}\n${tp.errors.join('\n')}`);
}
