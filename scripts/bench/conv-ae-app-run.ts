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
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byTestId, closeBrowser, newPage } from '../../e2e/browser';
import { previewBuild } from '../vite-preview';
import { timeAppTrain, type AppTrain } from './app-train';

/** One default run of the lesson in the app (both models done: texture loading and scoring included). */
export type SsimAeAppRun = AppTrain & { errors: string[] };

/** Opens the lesson at `baseUrl` (an app build served with COOP/COEP), forces wasm, presses Train and times it. */
export async function runSsimAeAppRun(baseUrl: string, epochs: number | null = null): Promise<SsimAeAppRun> {
  const tp = await newPage(baseUrl);
  try {
    const run = await timeAppTrain(tp, `#/lesson/ssim-ae${epochs ? `?epochs=${epochs}` : ''}`, { selector: `${byTestId('trained-models')} li`, count: 2 });
    return { ...run, errors: tp.errors };
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
