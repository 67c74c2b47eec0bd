/**
 * Times the PCA → conv-AE lesson's default run in the built app in Chromium on
 * wasm, the way a learner meets it: open the lesson, press Train (faces
 * loaded, PCA fitted, the autoencoder trained, both scored in the worker) and
 * wait until the comparison table shows. Issue 14's target: ≤ 2 minutes on
 * 2 cores. Prints one JSON line with the time and both image AUCs.
 *
 * `npx vite build --outDir DIR && npx tsx scripts/bench/conv-ae-pca-app-run.ts DIR`
 */
import { resolve } from 'node:path';
import { byTestId, closeBrowser, newPage } from '../../e2e/browser';
import { previewBuild } from '../vite-preview';
import { timeAppTrain } from './app-train';

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: conv-ae-pca-app-run.ts BUILD_DIR');
  const server = await previewBuild(resolve(outDir));
  const tp = await newPage(server.baseUrl);
  try {
    const run = await timeAppTrain(tp, '#/lesson/conv-ae-pca', { selector: byTestId('compare-table'), count: 1 });
    const auc = async (m: string) => Number(await tp.page.locator(byTestId(`compare-${m}-auc`)).getAttribute('data-value'));
    const aucs = run.state === 'done' ? { pca: await auc('pca'), ae: await auc('ae') } : null;
    console.log(JSON.stringify({ ...run, aucs, errors: tp.errors }));
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
