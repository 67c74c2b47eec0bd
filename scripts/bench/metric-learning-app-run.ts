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
import { resolve } from 'node:path';
import { previewBuild } from '../vite-preview';
import { byTestId, closeBrowser, newPage } from '../../e2e/browser';
import { timeAppTrain } from './app-train';

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
  const server = await previewBuild(resolve(outDir));
  const tp = await newPage(server.baseUrl);
  try {
    const { page } = tp;
    const run = await timeAppTrain(tp, `#/lesson/metric-learning${queryOf(args)}`, { selector: byTestId('ensemble-table'), count: 1 });
    const { state } = run;
    const auc = async (id: string) => Number(await page.locator(byTestId(id)).getAttribute('data-auc'));
    const aucs = state === 'done' ? { lofEnsemble: await auc('ensemble-auc-lof'), knnEnsemble: await auc('ensemble-auc-knn'), rawKnn: await auc('raw-knn-auc') } : null;
    const message = state === 'done' ? null : (await page.locator('[role="alert"]').allTextContents()).join(' | ');
    console.log(JSON.stringify({ ...run, message, aucs, errors: tp.errors }));
  } finally {
    await tp.close();
    await closeBrowser();
    await server.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
