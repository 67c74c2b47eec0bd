/**
 * The metric-learning lesson (post 001, second half) end to end: the live 2-D
 * LOF explainer (a dragged point's LOF lands on scikit-learn's value), a bad
 * and a good pretrained-backbone model.json (a clear message, settings kept),
 * a tiny three-model run on wasm, the ensemble's AUCs in bounds, the embedding
 * view, and the comparison with the autoencoders; screenshots at 1366 and 390
 * pixels in English and Japanese. Then a small Keras-style backbone written by
 * the test, trained on frozen and then fine-tuned. Then the texture source: 32-pixel crops of
 * grass in the sample grid, a one-model run and its AUC, the SSIM row's note,
 * and the data cell in both languages at both widths; then MVTec AD folders
 * written by the test: a refused one (state kept), a good one trained on, and
 * back to the texture.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { problemText } from '../src/notebook/settings/problem-text';
import { tinyBackbonePicked } from '../src/core/model/tiny-backbone.test-data';
import '../src/lessons/metric-learning/backbone';
import { en } from '../src/lessons/metric-learning/text-en';
import { ja } from '../src/lessons/metric-learning/text-ja';
import { MVTEC_TEXT } from '../src/notebook/mvtec/mvtec-text';
import { category, openFolder, tempFolders } from './mvtec-folder';
import { byTestId, closeBrowser, openLessonPage, screenshot, setLanguage, textOf, waitForTrainingDone } from './browser';

const baseUrl = inject('baseUrl');
/** 200 training normals, 20 reference images per class, a quarter-width backbone, 1 epoch, 3 models. */
const TINY = '?maxTrain=200&referencePerClass=20&width=0.25&embedding=16&epochs=1&batch=50&models=3&neighbors=5';

/** The texture source: 100 training crops of grass, 20 crops of each other texture, one quarter-width model, 1 epoch. */
const TINY_TEXTURE = '?source=texture&texture=grass&maxTrain=100&referencePerClass=20&width=0.25&embedding=16&epochs=1&batch=50&models=1&neighbors=5';

const shotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

const { writeFolder, removeFolders } = tempFolders('metric-learning-e2e-');

afterAll(async () => {
  await closeBrowser();
  removeFolders();
});

/** Drags demo point `i` to (x, y) of the unit square (y up), through the plot's own mapping (400-unit view box, 16-unit margin). */
async function dragPoint(page: Page, i: number, x: number, y: number): Promise<void> {
  await page.locator(byTestId('lof-plot')).scrollIntoViewIfNeeded();
  const box = (await page.locator(byTestId('lof-plot')).boundingBox())!;
  const point = (await page.locator(byTestId(`lof-point-${i}`)).boundingBox())!;
  const to = { x: box.x + ((16 + x * 368) / 400) * box.width, y: box.y + ((16 + (1 - y) * 368) / 400) * box.height };
  await page.mouse.move(point.x + point.width / 2, point.y + point.height / 2);
  await page.mouse.down();
  await page.mouse.move((point.x + to.x) / 2, (point.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** A model.json picked with its weights (in-memory files). */
function files(json: unknown, bin?: number): { name: string; mimeType: string; buffer: Buffer }[] {
  const out = [{ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)) }];
  if (bin !== undefined) out.push({ name: 'weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(bin) });
  return out;
}

/** The unit tests' small Keras-style backbone as model.json + weights.bin. */
async function pretrainedFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  return (await tinyBackbonePicked()).map((f) => ({ name: f.name, mimeType: f.name.endsWith('.json') ? 'application/json' : 'application/octet-stream', buffer: Buffer.from(f.bytes) }));
}

/** A one-layer layers model taking 28×28×1 images, with one 2×2 weight. */
const LAYERS_MODEL = {
  format: 'layers-model',
  modelTopology: { class_name: 'Sequential', config: { layers: [{ class_name: 'Conv2D', config: { batch_input_shape: [null, 28, 28, 1], filters: 1, kernel_size: [2, 1] } }] } },
  weightsManifest: [{ paths: ['weights.bin'], weights: [{ name: 'conv/kernel', shape: [2, 2], dtype: 'float32' }] }],
};

describe('metric learning with LOF', () => {
  test('LOF drag → bad and good backbone files → tiny three-model run → ensemble → comparison → screenshots', async () => {
    const tp = await openLessonPage(baseUrl, 'metric-learning', 'metric-learning', TINY);
    const { page } = tp;

    // 1. The 2-D LOF explainer. The selected point (the outlier under the dense cluster) has
    // sklearn's LOF 2.753 at k = 5; dragged to (0.5, 0.5) it has 1.502, and 1.099 at k = 3
    // (LocalOutlierFactor(n_neighbors=k).fit(X).negative_outlier_factor_ on the same points).
    await page.locator(byTestId('lof-plot')).waitFor({ timeout: 30_000 });
    expect(await textOf(page, 'lof-selected-lof')).toBe('2.753');
    const ranking = await textOf(page, 'lof-ranking');
    expect(ranking).toContain('Highest LOF: 28 (outlier), 27 (outlier)');
    await dragPoint(page, 26, 0.5, 0.5);
    await expect.poll(() => textOf(page, 'lof-selected-lof')).toBe('1.502');
    await page.locator(byTestId('lof-k')).fill('3');
    await expect.poll(() => textOf(page, 'lof-selected-lof')).toBe('1.099');
    expect(await page.locator(`${byTestId('lof-neighbours')} tbody tr`).count()).toBe(3);
    // The keyboard moves the focused point by 0.01: two steps right change its LOF again.
    await page.locator(byTestId('lof-point-26')).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => textOf(page, 'lof-selected-lof')).not.toBe('1.099');
    await page.locator(byTestId('lof-colour-knn')).click();
    expect(await page.locator(byTestId('lof-colour-knn')).getAttribute('aria-pressed')).toBe('true');

    // 2. A bad model.json is refused with a clear message; the settings stay as they were.
    const epochsBefore = await page.locator(byTestId('param-epochs')).inputValue();
    const input = page.locator(byTestId('backbone-files'));
    await input.setInputFiles(files('{"this is": "not a model"'));
    await expect.poll(() => textOf(page, 'backbone-error')).toBe(problemText({ code: 'model-unreadable' }, 'en'));
    await input.setInputFiles(files(LAYERS_MODEL, 8));
    await expect.poll(() => textOf(page, 'backbone-error')).toBe(problemText({ code: 'model-weights-size', values: { bytes: 8, expected: 16 } }, 'en'));
    expect(await page.locator(byTestId('backbone-status')).getAttribute('data-state')).toBe('error');
    expect(await page.locator(byTestId('param-epochs')).inputValue()).toBe(epochsBefore);
    expect(page.url()).toContain('models=3');
    // A good one is read and checked (a run on top of one is the next test).
    await input.setInputFiles(files(LAYERS_MODEL, 16));
    await expect.poll(() => page.locator(byTestId('backbone-status')).getAttribute('data-state')).toBe('ready');
    expect(await textOf(page, 'backbone-status')).toContain('model.json: 1 weight tensors, 4 values, input 28 × 28 × 1.');
    await page.locator(byTestId('backbone-drop')).click();

    // 3. A tiny three-model run on wasm.
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    const started = Date.now();
    await page.locator(byTestId('train-run')).click();
    await waitForTrainingDone(tp, 5 * 60_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(`metric-learning e2e: tiny run of 3 models in ${seconds.toFixed(1)} s`);
    expect(await page.locator(`${byTestId('trained-models')} li`).count()).toBe(3);

    // 4. The ensemble: AUCs are numbers in [0, 1], three model rows, raw-pixel kNN well above chance.
    await page.locator(byTestId('ensemble-table')).waitFor({ timeout: 60_000 });
    const auc = async (id: string) => Number(await page.locator(byTestId(id)).getAttribute('data-auc'));
    const lof = await auc('ensemble-auc-lof');
    const knn = await auc('ensemble-auc-knn');
    const raw = await auc('raw-knn-auc');
    console.log(`metric-learning e2e: ensemble LOF ${lof.toFixed(4)}, ensemble kNN ${knn.toFixed(4)}, raw-pixel kNN ${raw.toFixed(4)}`);
    for (const v of [lof, knn]) {
      expect(v).toBeGreaterThanOrEqual(0.3);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(raw).toBeGreaterThan(0.75);
    expect(await page.locator(`${byTestId('ensemble-table')} tbody tr[data-testid^="model-row-"]`).count()).toBe(5);

    // 5. The scores cell draws its histogram and ROC; the embedding view shows a clicked image.
    await page.locator(`${byTestId('roc-plot')} .al-chart__plot[data-status="ready"]`).waitFor({ timeout: 60_000 });
    // The ensemble's scores are standardised: the axis and a note say so; one model's scores are not.
    expect(await textOf(page, 'ensemble-z-note')).toBe(en.ensembleZ);
    await expect.poll(() => page.locator(`${byTestId('score-histogram')} .xtitle`).textContent()).toBe(en.ensembleAxis(en.sources.lof));
    await page.locator(byTestId('score-model')).selectOption('0');
    await expect.poll(() => page.locator(byTestId('ensemble-z-note')).count()).toBe(0);
    await page.locator(byTestId('score-model')).selectOption('-1');
    await page.locator(byTestId('pick-test-anomaly')).click();
    await page.locator(byTestId('picked-image')).waitFor({ timeout: 10_000 });

    // 6. The comparison: the live rows with numbers, and the patch VAE's recorded Fashion 7-vs-9 figures.
    const ensembleRow = Number(await textOf(page, 'compare-ensemble-lof-auc'));
    expect(ensembleRow).toBeCloseTo(lof, 3);
    expect(Number(await textOf(page, 'compare-raw-knn-auc'))).toBeCloseTo(raw, 3);
    expect(await page.locator(byTestId('compare-patch-vae-recorded')).count()).toBe(2);
    const aucs = await page.locator(`${byTestId('compare-table')} tbody td.nb-num:first-of-type`).allTextContents();
    // A collapsed model's row shows "—" instead of an AUC; every other row has a number in (0, 1].
    for (const cell of aucs.filter((c) => c !== '—')) expect(Number(cell)).toBeGreaterThan(0);
    expect(aucs.filter((c) => c !== '—').length).toBeGreaterThanOrEqual(5);

    // 7. Screenshots at 1366 and 390 pixels, in English and in Japanese.
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await setLanguage(page, 'en');
      await screenshot(page, `metric-learning-${width}-en`);
      await setLanguage(page, 'ja');
      await expect.poll(() => textOf(page, 'compare-table').then((t) => t.includes(ja.compareCaption))).toBe(true);
      await screenshot(page, `metric-learning-${width}-ja`);
    }
    await setLanguage(page, 'en');
    expect(tp.errors).toEqual([]);
  });

  test('a pretrained backbone (a small Keras-style model written here): frozen run, then fine-tuned, in the page', async () => {
    const tp = await openLessonPage(baseUrl, 'metric-learning', 'metric-learning-backbone', TINY.replace('models=3', 'models=1'));
    const { page } = tp;
    await page.locator(byTestId('backbone-files')).setInputFiles(await pretrainedFiles());
    await expect.poll(() => page.locator(byTestId('backbone-status')).getAttribute('data-state')).toBe('ready');
    expect(await textOf(page, 'backbone-used')).toBe(en.backbone.used);
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    for (const mode of ['frozen', 'fine-tune'] as const) {
      await page.locator(byTestId('param-backboneMode')).selectOption(mode);
      if (mode === 'fine-tune') await expect.poll(() => page.locator(byTestId('cell-ensemble')).getAttribute('data-stale')).toBe('true');
      const started = Date.now();
      await page.locator(byTestId('train-run')).click();
      await waitForTrainingDone(tp, 5 * 60_000);
      console.log(`metric-learning e2e: pretrained backbone, ${mode}, one model in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // Images of 28 are fed to the free-size model at 32 × 32, over its 3 channels; it pools 12 features.
      expect(await textOf(page, 'trained-backbone')).toBe(en.backbone.result('model.json', mode === 'frozen' ? en.backbone.frozen : en.backbone.fineTune, '32 × 32 × 3', 12));
      await page.locator(byTestId('ensemble-table')).waitFor({ timeout: 60_000 });
      const lof = Number(await page.locator(byTestId('ensemble-auc-lof')).getAttribute('data-auc'));
      console.log(`metric-learning e2e: pretrained backbone, ${mode}: ensemble LOF ${lof.toFixed(4)}`);
      expect(lof).toBeGreaterThan(0);
      expect(await page.locator(byTestId('cell-ensemble')).getAttribute('data-stale')).not.toBe('true');
    }
    await setLanguage(page, 'ja');
    expect(await textOf(page, 'trained-backbone')).toBe(ja.backbone.result('model.json', ja.backbone.fineTune, '32 × 32 × 3', 12));
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ['ja', 'en'] as const) {
        await setLanguage(page, lang);
        await page.locator(byTestId('cell-model')).screenshot({ path: `${shotDir}metric-learning-backbone-model-${width}-${lang}.png` });
      }
    }
    expect(tp.errors).toEqual([]);
  });

  test('textures: 32-pixel crops of grass, a one-model run, the AUC and the SSIM note, the data cell in en and ja', async () => {
    const tp = await openLessonPage(baseUrl, 'metric-learning', 'metric-learning-texture', TINY_TEXTURE);
    const { page } = tp;
    await page.locator(byTestId('texture-note')).waitFor({ timeout: 30_000 });
    expect(await page.locator(byTestId('reference-picker')).count()).toBe(0);
    expect(await page.locator(byTestId('param-texture')).inputValue()).toBe('grass');

    // The crops: 100 training crops, 200 + 200 test crops, 20 of each of the 4 other textures, drawn at 32 × 32.
    await page.locator(byTestId('data-load')).click();
    await page.locator(byTestId('sample-grid')).waitFor({ timeout: 60_000 });
    expect(await page.locator(byTestId('sample-side')).getAttribute('data-side')).toBe('32');
    const sides = await page.locator(`${byTestId('sample-grid')} canvas`).evaluateAll((cs) => cs.map((c) => `${(c as HTMLCanvasElement).width}x${(c as HTMLCanvasElement).height}`));
    expect(sides.length).toBe(24);
    expect(new Set(sides)).toEqual(new Set(['32x32']));
    expect(await textOf(page, 'count-reference')).toBe(en.referenceCountTextures(80, 4));

    // One tiny model on wasm; its AUCs are numbers in [0, 1].
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    const started = Date.now();
    await page.locator(byTestId('train-run')).click();
    await waitForTrainingDone(tp, 3 * 60_000);
    console.log(`metric-learning e2e: tiny texture run in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await page.locator(byTestId('compare-table')).waitFor({ timeout: 60_000 });
    const lof = Number(await textOf(page, 'compare-ensemble-lof-auc'));
    const raw = Number(await textOf(page, 'compare-raw-knn-auc'));
    console.log(`metric-learning e2e: grass, ensemble LOF ${lof}, raw-pixel kNN ${raw}`);
    for (const v of [lof, raw]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(await textOf(page, 'compare-table')).toContain(en.compareCaptionTexture);
    // No SSIM run in this fresh browser: the table says how to get one on the same crops, and shows no class-lesson rows.
    expect(await textOf(page, 'compare-no-ssim')).toContain('seed 0');
    expect(await page.locator(`${byTestId('compare-table')} [data-testid^="compare-patch-vae"]`).count()).toBe(0);

    // The data cell at both widths, in both languages.
    mkdirSync(shotDir, { recursive: true });
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ['en', 'ja'] as const) {
        await setLanguage(page, lang);
        await expect.poll(() => textOf(page, 'count-reference')).toBe((lang === 'ja' ? ja : en).referenceCountTextures(80, 4));
        await page.locator(byTestId('cell-data')).screenshot({ path: `${shotDir}metric-learning-texture-data-${width}-${lang}.png` });
      }
    }
    await setLanguage(page, 'en');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.locator(byTestId('cell-compare')).screenshot({ path: `${shotDir}metric-learning-texture-compare-1366-en.png` });

    // An MVTec AD folder: a refused one (a missing mask) names its file and keeps the grass crops; a good one becomes the data and trains.
    const broken = category();
    delete broken['ground_truth/cut/001_mask.png'];
    expect(await openFolder(page, writeFolder('broken-mask', broken))).toBe('error');
    expect(await page.locator(byTestId('mvtec-problem')).allTextContents()).toEqual([
      MVTEC_TEXT.en.mvtec['mvtec-missing-mask']({ file: 'broken-mask/test/cut/001.png', mask: 'broken-mask/ground_truth/cut/001_mask.png' }),
    ]);
    expect(await textOf(page, 'count-reference')).toBe(en.referenceCountTextures(80, 4));
    expect(await openFolder(page, writeFolder('tiny', category()))).toBe('ready');
    // 5 good training images, one held out; 3 test images, 2 with a defect.
    expect(await textOf(page, 'data-in-use')).toBe(MVTEC_TEXT.en.byo.inUse('tiny', 4, 1, 3, 2));
    expect(await page.locator(byTestId('cell-train')).getAttribute('data-stale')).toBe('true');
    await page.locator(byTestId('param-batch')).fill('4');
    await page.locator(byTestId('train-run')).click();
    await waitForTrainingDone(tp, 3 * 60_000);
    expect(await page.locator(byTestId('train-status')).getAttribute('data-state')).toBe('done');
    expect(await textOf(page, 'compare-folder')).toBe(en.compareFolder('tiny'));
    expect(await page.locator(byTestId('compare-no-ssim')).count()).toBe(0);
    await page.locator(byTestId('cell-byo')).screenshot({ path: `${shotDir}metric-learning-folder-1366-en.png` });
    // Back to grass: the same crops as before the folder.
    await page.locator(byTestId('data-back')).click();
    await expect.poll(() => textOf(page, 'count-reference'), { timeout: 60_000 }).toBe(en.referenceCountTextures(80, 4));
    expect(await page.locator(byTestId('data-in-use')).count()).toBe(0);
    expect(tp.errors).toEqual([]);
  });
});
