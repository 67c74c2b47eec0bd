/**
 * Times the SSIM-autoencoder lesson's default run in the built app in
 * Chromium on wasm, the way a learner meets it: open the lesson, press Train
 * (texture loaded, SSIM model trained, L2 model trained, test crops scored in
 * the worker) and wait until both models are done. Prints one JSON line.
 *
 * `npx vite build --outDir DIR && npx tsx scripts/bench/conv-ae-app-run.ts DIR [--epochs N]`
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { byTestId, closeBrowser, newPage } from '../../e2e/browser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = args[0];
  if (!outDir) throw new Error('usage: conv-ae-app-run.ts BUILD_DIR [--epochs N]');
  const epochsAt = args.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? args[epochsAt + 1] : null;
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: resolve(outDir) }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('the preview server has no URL');
  const tp = await newPage(baseUrl);
  try {
    const { page } = tp;
    await page.goto(`#/lesson/ssim-ae${epochs ? `?epochs=${epochs}` : ''}`);
    await page.locator('[data-testid^="cell-"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    const load = loadavg()[0];
    const start = Date.now();
    await page.locator(byTestId('train-run')).click();
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('data-state') === 'error' || (document.querySelector(sel)?.getAttribute('data-state') === 'done' && document.querySelectorAll('[data-testid="trained-models"] li').length === 2),
      byTestId('train-status'),
      { timeout: 30 * 60_000, polling: 250 },
    );
    const seconds = (Date.now() - start) / 1000;
    const state = await page.locator(byTestId('train-status')).getAttribute('data-state');
    const models = await page.locator(`${byTestId('trained-models')} li`).allTextContents();
    const backend = await page.locator(byTestId('backend-badge')).getAttribute('data-backend');
    console.log(JSON.stringify({ state, seconds, backend, models, cores: cpus().length, loadBefore: load, loadAfter: loadavg()[0], errors: tp.errors }));
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
