/**
 * Times the SSIM-autoencoder lesson's default run in the built app in
 * Chromium on wasm, the way a learner meets it: open the lesson, press Train
 * (texture loaded, SSIM model trained, L2 model trained, test crops scored in
 * the worker) and wait until both models are done. `npm run bench` calls
 * {@link runSsimAeAppRun} in its SSIM section (unless `--no-app`); on its own
 * it prints one JSON line:
 *
 * `npx vite build --outDir DIR && npx tsx scripts/bench/conv-ae-app-run.ts DIR [--epochs N]`
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byTestId, closeBrowser, newPage } from '../../e2e/browser';
import { previewBuild } from '../vite-preview';

/** One default run of the lesson in the app. */
export interface SsimAeAppRun {
  /** The train status at the end: 'done', or 'error'. */
  state: string | null;
  /** From the click on Train to both models done (texture loading and scoring included). */
  seconds: number;
  backend: string | null;
  /** The trained-models list as shown. */
  models: string[];
  cores: number;
  loadBefore: number;
  loadAfter: number;
  errors: string[];
}

/** Opens the lesson at `baseUrl` (an app build served with COOP/COEP), forces wasm, presses Train and times it. */
export async function runSsimAeAppRun(baseUrl: string, epochs: number | null = null): Promise<SsimAeAppRun> {
  const tp = await newPage(baseUrl);
  try {
    const { page } = tp;
    await page.goto(`#/lesson/ssim-ae${epochs ? `?epochs=${epochs}` : ''}`);
    await page.locator('[data-testid^="cell-"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    const loadBefore = loadavg()[0];
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
    return { state, seconds, backend, models, cores: cpus().length, loadBefore, loadAfter: loadavg()[0], errors: tp.errors };
  } finally {
    await tp.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = args[0];
  if (!outDir) throw new Error('usage: conv-ae-app-run.ts BUILD_DIR [--epochs N]');
  const epochsAt = args.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : null;
  const server = await previewBuild(resolve(outDir));
  try {
    console.log(JSON.stringify(await runSsimAeAppRun(server.baseUrl, epochs)));
  } finally {
    await closeBrowser();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
