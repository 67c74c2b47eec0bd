/**
 * Runs, in every ready lesson: two tiny runs with different settings are kept
 * and overlaid; after a reload both are listed; reopening the first brings
 * back its AUC and threshold results exactly, without training; its model,
 * downloaded, survives the run's deletion and gives the same AUC when opened
 * from the files. A corrupted or foreign model.json is refused with a message
 * and the results on screen stay.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { byTestId, closeBrowser, openLessonPage, plotData, screenshot, setParam, waitForTrainingDone, type TestPage } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);

interface LessonCase {
  id: string;
  /** Settings of both runs, then of the second only. */
  common: Record<string, string | number>;
  second: Record<string, string | number>;
  /** Words the overlay legend shows for the second run. */
  legend: RegExp;
  /** Elements whose `data-auc` the results show, and whose text shows the threshold's results. */
  aucs: string[];
  threshold: string[];
  trainMs: number;
}

const CASES: LessonCase[] = [
  {
    id: 'dense-ae',
    common: { maxTrain: 600, hidden: 32, latent: 4, epochs: 2, batch: 64, patience: 0 },
    second: { latent: 8, loss: 'l1' },
    legend: /Latent size 8 · L1/,
    aucs: ['auc-value', 'ap-value'],
    threshold: ['confusion-matrix', 'threshold-stats'],
    trainMs: 240_000,
  },
  {
    id: 'timeseries-ae',
    common: { 'normal.count': 1500, epochs: 2, latent: 25 },
    second: { latent: 6 },
    legend: /Latent size 6/,
    aucs: ['auc-low-noise', 'auc-cos'],
    threshold: ['region-table'],
    trainMs: 240_000,
  },
  {
    id: 'patch-vae',
    common: { patches: 1000, epochs: 1, batch: 100, latent: 2 },
    second: { latent: 3 },
    legend: /Latent size 3/,
    aucs: ['auc-old', 'auc-new'],
    threshold: ['threshold-counts'],
    trainMs: 420_000,
  },
  {
    id: 'ssim-ae',
    common: { cropSize: '32', trainCount: 64, validationCount: 8, testCount: 24, epochs: 1, batch: 16, latent: 16 },
    second: { latent: 8 },
    legend: /Latent size 8/,
    aucs: [],
    threshold: ['kind-row-all', 'protocol'],
    trainMs: 300_000,
  },
];

async function apply(page: Page, settings: Record<string, string | number>): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    const field = page.locator(byTestId(`param-${name}`));
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(String(value));
    else await setParam(page, name, value);
  }
}

async function train(tp: TestPage, ms: number, rows: number): Promise<void> {
  await tp.page.locator(byTestId('train-run')).click();
  await waitForTrainingDone(tp, ms);
  await tp.page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length === n, [byTestId('run-row'), rows] as const, { timeout: 60_000 });
}

/** What the result cells show: every AUC and the threshold cells' text. */
async function shown(page: Page, c: LessonCase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const a of c.aucs) out[a] = (await page.locator(byTestId(a)).getAttribute('data-auc', { timeout: 60_000 })) ?? '';
  for (const th of c.threshold) out[th] = ((await page.locator(byTestId(th)).textContent({ timeout: 60_000 })) ?? '').replace(/\s+/g, ' ').trim();
  return out;
}

/** Records whether the train status ever says "running" from now on. */
async function watchTraining(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __trained: boolean };
    w.__trained = false;
    const el = document.querySelector(sel)!;
    new MutationObserver(() => {
      if (el.getAttribute('data-state') === 'running') w.__trained = true;
    }).observe(el, { attributes: true });
  }, byTestId('train-status'));
  return () => page.evaluate(() => (window as unknown as { __trained: boolean }).__trained);
}

async function rowOf(page: Page, seq: number) {
  return page.locator(`${byTestId('run-row')}[data-seq="${seq}"]`);
}

async function downloadModel(page: Page): Promise<{ json: string; bin: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'anomaly-lab-model-'));
  const files: Record<string, string> = {};
  const got = new Promise<void>((resolve) => {
    page.on('download', async (d) => {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      files[d.suggestedFilename().endsWith('.bin') ? 'bin' : 'json'] = path;
      if (files.bin && files.json) resolve();
    });
  });
  await page.locator(byTestId('model-download')).click();
  await got;
  return { json: files.json, bin: files.bin };
}

describe.each(CASES)('runs: $id', (c) => {
  test('two runs overlaid, kept over a reload, reopened and re-opened from model files with the same results', async () => {
    const tp = await openLessonPage(baseUrl, c.id, `runs-${c.id}`);
    const { page } = tp;
    await apply(page, c.common);
    await train(tp, c.trainMs, 1);
    const first = await shown(page, c);
    const firstRunAuc = await (await rowOf(page, 1)).locator(byTestId('run-auc')).getAttribute('data-auc');
    if (c.id === 'dense-ae') expect(Number(firstRunAuc)).toBeCloseTo(Number(first['auc-value']), 6);
    expect(Number((await (await rowOf(page, 1)).locator(byTestId('run-bytes')).getAttribute('data-bytes')) ?? 0)).toBeGreaterThan(1000);
    await apply(page, c.second);
    await train(tp, c.trainMs, 2);
    expect(await shown(page, c)).not.toEqual(first);

    for (const box of await page.locator(byTestId('run-choose')).all()) await box.check();
    const roc = await plotData(page, byTestId('runs-overlay-roc'));
    expect(roc.filter((t) => t.name !== undefined && /AUC/.test(t.name))).toHaveLength(2);
    expect(roc.some((t) => c.legend.test(t.name ?? ''))).toBe(true);
    expect((await plotData(page, byTestId('runs-overlay-pr'))).length).toBe(2);
    expect((await plotData(page, byTestId('runs-overlay-loss'))).length).toBeGreaterThanOrEqual(2);
    await page.locator(byTestId('runs-table')).locator('[data-differs="true"]').first().waitFor();
    await screenshot(page, `runs-${c.id}-overlay`);

    await page.reload();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, byTestId('run-row'), { timeout: 60_000 });
    expect(await (await rowOf(page, 1)).locator(byTestId('run-auc')).getAttribute('data-auc')).toBe(firstRunAuc);

    const trained = await watchTraining(page);
    await (await rowOf(page, 1)).locator(byTestId('run-reopen')).click();
    await page.locator(byTestId('runs-restored')).waitFor({ timeout: 120_000 });
    expect(await shown(page, c)).toEqual(first);
    expect(await trained()).toBe(false);

    const files = await downloadModel(page);
    page.once('dialog', (d) => void d.accept());
    await (await rowOf(page, 1)).locator(byTestId('run-delete')).click();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, byTestId('run-row'));
    await apply(page, c.second);
    await page.locator(byTestId('model-open')).setInputFiles([files.json, files.bin]);
    await page.locator(`${byTestId('runs-restored')}[data-kind="file"]`).waitFor({ timeout: 120_000 });
    expect(await shown(page, c)).toEqual(first);
    expect(await trained()).toBe(false);

    if (c.id === 'dense-ae') {
      const [svg] = await Promise.all([page.waitForEvent('download'), page.locator(`${byTestId('roc-plot')} ${byTestId('chart-download-svg')}`).click()]);
      expect(svg.suggestedFilename()).toMatch(/\.svg$/);
      expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg/);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(byTestId('scores-csv')).click()]);
      const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('id,label,score,prediction');
      const [ipynb] = await Promise.all([page.waitForEvent('download'), page.locator(byTestId('notebook-download')).click()]);
      const nb = JSON.parse(readFileSync((await ipynb.path())!, 'utf8')) as { nbformat: number; cells: { cell_type: string; source: string[] }[] };
      expect(ipynb.suggestedFilename()).toBe('dense-ae.ipynb');
      expect(nb.nbformat).toBe(4);
      expect(nb.cells.map((cell) => cell.source.join('')).join('\n')).toMatch(/Dense\(4, activation="relu"\)/);
      const count = (keys: string[]) => page.evaluate((ks) => ks.reduce((n, k) => n + Number(document.querySelector(`[data-testid="cm-${k}"]`)?.getAttribute('data-count')), 0), keys);
      expect(lines.length - 1).toBe(await count(['tp', 'fp', 'tn', 'fn']));
      expect(lines.slice(1).filter((l) => l.endsWith(',1')).length).toBe(await count(['tp', 'fp']));
      const json = readFileSync(files.json, 'utf8');
      const bin = { name: 'dense-ae.weights.bin', mimeType: 'application/octet-stream', buffer: readFileSync(files.bin) };
      const refused = async (name: string, text: string, code: string) => {
        await page.locator(byTestId('model-open')).setInputFiles([{ name, mimeType: 'application/json', buffer: Buffer.from(text) }, bin]);
        await page.locator(`${byTestId('runs-notice')}[data-code="${code}"]`).waitFor({ timeout: 30_000 });
        expect(await shown(page, c)).toEqual(first);
      };
      await refused('broken.json', json.slice(0, 200), 'model-unreadable');
      const foreign = JSON.parse(json);
      delete foreign.userDefinedMetadata;
      await refused('foreign.json', JSON.stringify(foreign), 'model-foreign');
      const other = JSON.parse(json);
      other.userDefinedMetadata.anomalyLab.lesson = 'patch-vae';
      await refused('other.json', JSON.stringify(other), 'model-wrong-lesson');
      const shape = JSON.parse(json);
      shape.userDefinedMetadata.anomalyLab.settings.latent = '5';
      await refused('shape.json', JSON.stringify(shape), 'model-wrong-architecture');
      expect(await page.locator(byTestId('runs-notice')).textContent()).toMatch(/Nothing was changed/);
    }
    if (c.id === 'ssim-ae') {
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(byTestId('scores-csv')).click()]);
      const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('id,label,score,prediction,kind,model');
      expect(lines.length - 1).toBe(2 * 24);
      expect(lines.filter((l) => l.endsWith(',good,ssim')).length).toBe(12);
      const [ipynb] = await Promise.all([page.waitForEvent('download'), page.locator(byTestId('notebook-download')).click()]);
      expect(ipynb.suggestedFilename()).toBe('ssim-ae.ipynb');
      expect(readFileSync((await ipynb.path())!, 'utf8')).toMatch(/tf\.image\.ssim/);
      const json = JSON.parse(readFileSync(files.json, 'utf8'));
      expect(json.userDefinedMetadata.anomalyLab).toMatchObject({ lesson: 'ssim-ae', architecture: 'ssim-ae conv 32px latent 16 width 0.25 window 11 models ssim+l2' });
      const bin = { name: 'ssim-ae.weights.bin', mimeType: 'application/octet-stream', buffer: readFileSync(files.bin) };
      for (const [change, code] of [[(m: { lesson: string }) => void (m.lesson = 'dense-ae'), 'model-wrong-lesson'], [(m: { settings: Record<string, string> }) => void (m.settings.losses = 'ssim'), 'model-wrong-architecture']] as const) {
        const other = structuredClone(json);
        change(other.userDefinedMetadata.anomalyLab);
        await page.locator(byTestId('model-open')).setInputFiles([{ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) }, bin]);
        await page.locator(`${byTestId('runs-notice')}[data-code="${code}"]`).waitFor({ timeout: 30_000 });
        expect(await shown(page, c)).toEqual(first);
      }
    }
    expect(tp.errors).toEqual([]);
  });
});
