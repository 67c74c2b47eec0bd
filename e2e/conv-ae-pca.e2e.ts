/**
 * The PCA → conv-AE lesson (seed 003) end to end: the live 2-D PCA (a dragged
 * point's score equals the closed form; keyboard moves; an added outlier),
 * a tiny run of PCA and the conv AE on wasm, the k slider, the difference
 * grid with the glasses masks outlined, the overlaid ROC of both methods,
 * then face folders written by the test: one with a corrupt image (refused by
 * name, the data kept) and a good one split by a CelebA attribute list.
 * Screenshots at 390 and 1366 pixels wide, in English and Japanese.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'fast-png';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { en } from '../src/lessons/conv-ae-pca/text-en';
import { byTestId, canvasInk, closeBrowser, openLessonPage, plotData, screenshot, setLanguage, textOf, waitForTrainingDone } from './browser';

const baseUrl = inject('baseUrl');
const TINY = '?trainCount=64&testEach=8&k=4&latent=4&depth=2&width=0.25&epochs=2&batch=16';
const folders = mkdtempSync(join(tmpdir(), 'conv-ae-pca-e2e-'));
/** Where an element screenshot goes: beside the page screenshots (`e2e/screenshots/`, git-ignored). */
const shotPath = (name: string) => `${fileURLToPath(new URL('./screenshots/', import.meta.url))}${name}.png`;

afterAll(async () => {
  await closeBrowser();
  rmSync(folders, { recursive: true, force: true });
});

/** The closed form of 2-D PCA: the axis is the covariance's leading eigenvector, at angle ½·atan2(2·Sxy, Sxx − Syy); a score is the distance to that line through the mean. */
function closedFormScores(points: { x: number; y: number }[]): number[] {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [ux, uy] = [Math.cos(theta), Math.sin(theta)];
  return points.map((p) => Math.abs((p.x - mx) * uy - (p.y - my) * ux));
}

async function points(page: Page): Promise<{ x: number; y: number }[]> {
  return page.locator('[data-testid^="pca2d-point-"]').evaluateAll((els) => els.map((el) => ({ x: Number(el.getAttribute('data-x')), y: Number(el.getAttribute('data-y')) })));
}

/** The chosen point's shown score against the closed form over all points. */
async function expectClosedForm(page: Page): Promise<void> {
  const score = page.locator(byTestId('pca2d-score'));
  const index = Number(await score.getAttribute('data-index'));
  const expected = closedFormScores(await points(page))[index];
  expect(Number(await score.getAttribute('data-value'))).toBeCloseTo(expected, 9);
  expect(await score.textContent()).toBe(expected.toFixed(3));
}

/** A w×h grey PNG: a seeded "face" (a disc and two eyes), optionally with a dark bar of "glasses". */
function png(seed: number, glasses: boolean, w = 48, h = 40): Uint8Array {
  const data = new Uint8Array(w * h);
  for (let i = 0; i < data.length; i++) {
    const x = i % w;
    const y = Math.floor(i / w);
    const face = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (0.35 * h + (seed % 3)) ** 2;
    const eye = Math.abs(y - h * 0.42) < 2 && (Math.abs(x - w * 0.4) < 2 || Math.abs(x - w * 0.6) < 2);
    const bar = glasses && Math.abs(y - h * 0.42) < 3 && Math.abs(x - w / 2) < w * 0.2;
    data[i] = bar ? 20 : eye ? 60 : face ? 200 - 5 * (seed % 7) : 250;
  }
  return encode({ width: w, height: h, data, channels: 1, depth: 8 });
}

/** Writes folder `name`: `n` faces without glasses, then `g` with; returns the path and the CelebA attribute text for its files. */
function writeFaces(name: string, n: number, g: number, extra: Record<string, Uint8Array> = {}): { dir: string; attrs: string } {
  const dir = join(folders, name);
  mkdirSync(dir, { recursive: true });
  const rows: string[] = [];
  for (let i = 0; i < n + g; i++) {
    const file = `${String(i + 1).padStart(6, '0')}.png`;
    writeFileSync(join(dir, file), png(i, i >= n));
    rows.push(`${file} -1 1 ${i >= n ? 1 : -1} 1`);
  }
  for (const [file, bytes] of Object.entries(extra)) writeFileSync(join(dir, file), bytes);
  return { dir, attrs: [`${n + g}`, '5_o_Clock_Shadow Arched_Eyebrows Eyeglasses Male', ...rows].join('\n') };
}

async function openFolder(page: Page, dir: string): Promise<string> {
  await page.locator(byTestId('face-folder')).setInputFiles(dir);
  await page.waitForFunction((sel) => ['ready', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''), byTestId('face-folder-status'), { timeout: 60_000 });
  return (await page.locator(byTestId('face-folder-status')).getAttribute('data-state')) ?? '';
}

describe('PCA → convolutional autoencoder (seed 003)', () => {
  test('2-D PCA drag → tiny PCA + AE on wasm → k slider → difference grid → overlaid ROC → face folders → screenshots', async () => {
    const tp = await openLessonPage(baseUrl, 'conv-ae-pca', 'conv-ae-pca', TINY);
    const { page } = tp;

    // 1. Drag point 3 with the pointer: its score is the closed form over all the points.
    // The prose (with its formula) above the plot loads late and moves it: wait for it before aiming.
    await page.locator(`${byTestId('cell-pca2d')} .katex`).first().waitFor({ timeout: 30_000 });
    const point = page.locator(byTestId('pca2d-point-3'));
    const start = (await points(page))[3];
    await point.hover();
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 - 20, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator(byTestId('pca2d-score')).getAttribute('data-index')).toBe('3');
    const moved = (await points(page))[3];
    expect(moved.x).toBeGreaterThan(start.x);
    expect(moved.y).toBeGreaterThan(start.y);
    await expectClosedForm(page);
    // The keyboard moves the focused point by 0.1; the score follows.
    const before = (await points(page))[3];
    await point.focus();
    await page.keyboard.press('ArrowDown');
    expect((await points(page))[3].y).toBeCloseTo(before.y - 0.1, 9);
    await expectClosedForm(page);
    // An added outlier gets the highest score; the far point on the line stays low.
    const count = (await points(page)).length;
    await page.locator(byTestId('pca2d-add-outlier')).click();
    expect((await points(page)).length).toBe(count + 1);
    await expectClosedForm(page);
    const scores = closedFormScores(await points(page));
    expect(Math.max(...scores)).toBe(scores[count]);
    await page.locator(byTestId('pca2d-reset')).click();
    // The far point out on the line (point 17) is named as far from the others yet normal to PCA.
    expect(await textOf(page, 'pca2d-far')).toMatch(/^Point 17 /);

    // 2. Train PCA and a tiny AE on wasm.
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    await page.locator(byTestId('train-run')).click();
    await waitForTrainingDone(tp, 8 * 60_000);
    expect(await textOf(page, 'data-counts')).toBe(en.data.counts(64, 16, 8));
    expect(await page.locator(`${byTestId('faces-glasses')} .al-outline`).count()).toBe(8);
    await page.locator(byTestId('cell-data')).screenshot({ path: shotPath('conv-ae-pca-data-cell') });

    // 3. The k slider changes the reconstructions and the AUC shown.
    const recon = page.locator(byTestId('pca-recon'));
    const slider = page.locator(byTestId('pca-k'));
    expect(await recon.getAttribute('data-k')).toBe('4');
    await slider.fill('1');
    await expect.poll(() => recon.getAttribute('data-k')).toBe('1');
    const max = await slider.getAttribute('max');
    expect(Number(max)).toBeGreaterThan(4);
    await slider.fill(String(max));
    await expect.poll(() => recon.getAttribute('data-k')).toBe(max);
    expect(Number(await recon.getAttribute('data-auc'))).toBeGreaterThanOrEqual(0);
    expect((await canvasInk(page, byTestId('pca-recon'))).length).toBe(3 * 8);

    // 4. The difference grid: 3 rows × 8 faces with glasses, each difference outlined by its mask; and the hardest normals.
    await page.locator(byTestId('diff-method-ae')).click();
    const diffInk = await canvasInk(page, byTestId('diff-grid'));
    expect(diffInk.length).toBe(3 * 8);
    expect(diffInk.filter((c) => c.inked > 0).length).toBeGreaterThan(16);
    expect(await page.locator(`${byTestId('diff-grid')} .al-outline`).count()).toBe(8);
    expect((await canvasInk(page, byTestId('diff-hardest'))).length).toBe(3 * 8);
    await page.locator(byTestId('cell-diff')).screenshot({ path: shotPath('conv-ae-pca-diff-cell') });

    // 5. One ROC plot with both methods; their AUCs in the table.
    const roc = await plotData(page, byTestId('compare-roc'));
    const curves = roc.filter((tr) => tr.name?.startsWith('AUC'));
    expect(curves.map((tr) => tr.name!.split(' · ')[1])).toEqual([en.compare.pca(4), en.compare.ae(4)]);
    for (const m of ['pca', 'ae']) {
      const auc = Number(await page.locator(byTestId(`compare-${m}-auc`)).getAttribute('data-value'));
      expect(auc).toBeGreaterThanOrEqual(0);
      expect(auc).toBeLessThanOrEqual(1);
    }
    expect(['pca', 'ae', 'tie']).toContain(await page.locator(byTestId('compare-verdict')).getAttribute('data-winner'));

    // 5b. The run was kept; Reopen rebuilds it from its weights without training: the same autoencoder scores.
    const aeAuc = await page.locator(byTestId('compare-ae-auc')).getAttribute('data-value');
    await page.locator(byTestId('run-reopen')).first().click();
    await page.locator(byTestId('runs-restored')).waitFor({ timeout: 60_000 });
    expect(await page.locator(byTestId('runs-notice')).count()).toBe(0);
    await expect.poll(() => page.locator(byTestId('compare-ae-auc')).getAttribute('data-value')).toBe(aeAuc);
    expect(await page.locator(byTestId('model-download')).isEnabled()).toBe(true);

    // 6. Face folders: a corrupt image is refused by name and the built-in faces stay; a good folder with attributes becomes the data.
    const counts = await textOf(page, 'data-counts');
    const bad = writeFaces('faces-bad', 10, 2, { 'broken.png': png(0, false).slice(0, 40) });
    expect(await openFolder(page, bad.dir)).toBe('error');
    expect(await textOf(page, 'face-folder-error-title')).toBe(en.folder.failed('faces-bad'));
    expect(await page.locator(byTestId('face-folder-problem')).allTextContents()).toEqual([en.folder.problems.unreadable({ file: 'faces-bad/broken.png' })]);
    expect(await textOf(page, 'data-counts')).toBe(counts);
    const good = writeFaces('faces-good', 10, 2);
    writeFileSync(join(folders, 'list_attr_celeba.txt'), good.attrs);
    // Choosing the attributes re-opens the last folder with them (still refused: its broken image).
    await page.locator(byTestId('face-attrs')).setInputFiles(join(folders, 'list_attr_celeba.txt'));
    await expect.poll(() => textOf(page, 'face-attrs-name')).toBe(en.folder.attrsFile('list_attr_celeba.txt'));
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'error', byTestId('face-folder-status'));
    expect(await openFolder(page, good.dir)).toBe('ready');
    expect(await textOf(page, 'face-folder-in-use')).toBe(en.folder.inUse('faces-good', 8, 4, 2));
    expect(await textOf(page, 'data-counts')).toBe(en.data.counts(8, 4, 2));
    expect(await page.locator(byTestId('cell-compare')).getAttribute('data-stale')).toBe('true');

    // 7. Screenshots at a phone's and a laptop's width, in both languages.
    for (const lang of ['en', 'ja'] as const) {
      await setLanguage(page, lang);
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        // Charts re-lay themselves out after a resize; then nothing may be wider than the window.
        await page.waitForTimeout(1500);
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(page, `conv-ae-pca-${width}-${lang}`);
      }
    }
    expect(tp.errors).toEqual([]);
  });

  test('a folder run reopens only on the same files and split: another seed’s split and no folder are refused by name, the state kept', async () => {
    const tp = await openLessonPage(baseUrl, 'conv-ae-pca', 'conv-ae-pca-folder-run', TINY);
    const { page } = tp;
    const faces = writeFaces('faces-run', 10, 2);
    writeFileSync(join(folders, 'faces-run-attrs.txt'), faces.attrs);
    await page.locator(byTestId('face-attrs')).setInputFiles(join(folders, 'faces-run-attrs.txt'));
    expect(await openFolder(page, faces.dir)).toBe('ready');
    await page.locator(byTestId('backend-select')).selectOption('wasm');
    await page.locator(byTestId('train-run')).click();
    await waitForTrainingDone(tp, 4 * 60_000);
    const row = page.locator(`${byTestId('run-row')}[data-seq="1"]`);
    await row.waitFor({ timeout: 30_000 });
    const setSeed = async (seed: number) => {
      await page.locator(byTestId('param-seed')).fill(String(seed));
      await page.locator(byTestId('param-seed')).blur();
    };
    const notice = async (code: string) => {
      await page.locator(`${byTestId('runs-notice')}[data-code="${code}"]`).waitFor({ timeout: 30_000 });
      return page.locator(`${byTestId('runs-notice')} span`).first().textContent();
    };
    // The same 12 files split with seed 1 (test normals 0 and 9, not 2 and 9): refused, naming both seeds; the seed and data stay.
    await setSeed(1);
    expect(await openFolder(page, faces.dir)).toBe('ready');
    const counts = await textOf(page, 'data-counts');
    await row.locator(byTestId('run-reopen')).click();
    expect(await notice('cap-run-seed')).toBe(en.runData.seed('faces-run', 12, 0, 1));
    expect(await page.locator(byTestId('param-seed')).inputValue()).toBe('1');
    expect(await textOf(page, 'data-counts')).toBe(counts);
    expect(await page.locator(byTestId('runs-restored')).count()).toBe(0);
    // Split with seed 0 again: the run reopens.
    await setSeed(0);
    expect(await openFolder(page, faces.dir)).toBe('ready');
    await row.locator(byTestId('run-reopen')).click();
    await page.locator(byTestId('runs-restored')).waitFor({ timeout: 60_000 });
    expect(await page.locator(byTestId('runs-notice')).count()).toBe(0);
    // Back on the built-in faces: refused, saying no folder is open.
    await page.locator(byTestId('face-folder-back')).click();
    await expect.poll(() => textOf(page, 'data-counts'), { timeout: 60_000 }).toBe(en.data.counts(64, 16, 8));
    await row.locator(byTestId('run-reopen')).click();
    expect(await notice('cap-run-no-folder')).toBe(en.runData.noFolder('faces-run', 12, 0));
    expect(tp.errors).toEqual([]);
  });
});
