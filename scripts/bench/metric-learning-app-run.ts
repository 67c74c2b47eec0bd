/**
 * Times the metric-learning lesson's default run in the built app in Chromium
 * on wasm, the way a learner meets it: open the lesson, press Train (data
 * loaded, the ensemble's models trained one after another, batch norm
 * re-estimated, LOF and kNN scored in the worker) and wait until the run is
 * done and the ensemble table shows. Issue 13's target: ≤ 3 minutes for the
 * default three models on 2 cores. Prints one JSON line.
 *
 * `npx vite build --outDir DIR && npx tsx scripts/bench/metric-learning-app-run.ts DIR [--epochs N] [--models N]`
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { byTestId, closeBrowser, newPage } from '../../e2e/browser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `?epochs=N&models=N` from the flags that are given. */
function queryOf(args: string[]): string {
  const parts = ['epochs', 'models'].flatMap((name) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? [`${name}=${args[at + 1]}`] : [];
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = args[0];
  if (!outDir) throw new Error('usage: metric-learning-app-run.ts BUILD_DIR [--epochs N] [--models N]');
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: resolve(outDir) }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('the preview server has no URL');
  const tp = await newPage(baseUrl);
  try {
    const { page } = tp;
    await page.goto(`#/lesson/metric-learning${queryOf(args)}`);
    await page.locator('[data-testid^="cell-"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    const load = loadavg()[0];
    const start = Date.now();
    await page.locator(byTestId('train-run')).click();
    await page.waitForFunction(
      (sel) => ['done', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''),
      byTestId('train-status'),
      { timeout: 30 * 60_000, polling: 250 },
    );
    const trainedSeconds = (Date.now() - start) / 1000;
    const state = await page.locator(byTestId('train-status')).getAttribute('data-state');
    if (state === 'done') await page.locator(byTestId('ensemble-table')).waitFor({ timeout: 5 * 60_000 });
    const seconds = (Date.now() - start) / 1000;
    const auc = async (id: string) => Number(await page.locator(byTestId(id)).getAttribute('data-auc'));
    const aucs = state === 'done' ? { lofEnsemble: await auc('ensemble-auc-lof'), knnEnsemble: await auc('ensemble-auc-knn'), rawKnn: await auc('raw-knn-auc') } : null;
    const models = await page.locator(`${byTestId('trained-models')} li`).allTextContents();
    const backend = await page.locator(byTestId('backend-badge')).getAttribute('data-backend');
    const message = state === 'done' ? null : (await page.locator('[role="alert"]').allTextContents()).join(' | ');
    console.log(JSON.stringify({ state, message, seconds, trainedSeconds, backend, models, aucs, cores: cpus().length, loadBefore: load, loadAfter: loadavg()[0], errors: tp.errors }));
  } finally {
    await tp.close();
    await closeBrowser();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
