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
import type { Page } from 'playwright-core';
import { byTestId } from '../../e2e/browser';
import { printAppTrain } from './app-train';

/** `?epochs=N&models=N` from the flags that are given. */
function queryOf(args: string[]): string {
  const parts = ['epochs', 'models'].flatMap((name) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? [`${name}=${args[at + 1]}`] : [];
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

const args = process.argv.slice(2);
if (!args[0]) throw new Error('usage: metric-learning-app-run.ts BUILD_DIR [--epochs N] [--models N]');
const auc = async (page: Page, id: string) => Number(await page.locator(byTestId(id)).getAttribute('data-auc'));
void printAppTrain(args[0], `#/lesson/metric-learning${queryOf(args)}`, { selector: byTestId('ensemble-table'), count: 1 }, async (page) => ({
  aucs: { lofEnsemble: await auc(page, 'ensemble-auc-lof'), knnEnsemble: await auc(page, 'ensemble-auc-knn'), rawKnn: await auc(page, 'raw-knn-auc') },
})).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
