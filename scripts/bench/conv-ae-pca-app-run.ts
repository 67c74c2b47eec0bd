/**
 * Times the PCA → conv-AE lesson's default run in the built app in Chromium on
 * wasm, the way a learner meets it: open the lesson, press Train (faces
 * loaded, PCA fitted, the autoencoder trained, both scored in the worker) and
 * wait until the comparison table shows. Issue 14's target: ≤ 2 minutes on
 * 2 cores. Prints one JSON line with the time and both image AUCs.
 *
 * `npx vite build --outDir DIR && npx tsx scripts/bench/conv-ae-pca-app-run.ts DIR`
 */
import type { Page } from 'playwright-core';
import { byTestId } from '../../e2e/browser';
import { printAppTrain } from './app-train';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: conv-ae-pca-app-run.ts BUILD_DIR');
const auc = async (page: Page, m: string) => Number(await page.locator(byTestId(`compare-${m}-auc`)).getAttribute('data-value'));
void printAppTrain(outDir, '#/lesson/conv-ae-pca', { selector: byTestId('compare-table'), count: 1 }, async (page) => ({ aucs: { pca: await auc(page, 'pca'), ae: await auc(page, 'ae') } })).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
