import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSeries } from '../core/timeseries/generate-series';
import { SEED002_SERIES } from '../core/timeseries/series-spec';
import type { Lang } from '../i18n/lang';
import { defaultsOf } from '../notebook/settings/settings-table';
import { denseAeNotebook } from './dense-ae/notebook';
import { SETTINGS as DENSE } from './dense-ae/params';
import { patchVaeNotebook } from './patch-vae/notebook';
import { SETTINGS as PATCH } from './patch-vae/params';
import { convAePcaNotebook } from './conv-ae-pca/notebook';
import { SETTINGS as CAP } from './conv-ae-pca/params';
import { ssimAeNotebook } from './ssim-ae/notebook';
import { SETTINGS as SSIM } from './ssim-ae/params';
import { timeseriesNotebook } from './timeseries-ae/notebook';
import { DEFAULT_PARAMS as SERIES_DEFAULTS } from './timeseries-ae/params';

interface Nb {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec: { name: string; language: string } };
  cells: { cell_type: string; id: string; source: string[]; metadata: object; outputs?: unknown[]; execution_count?: null }[];
}

const CASES: [string, (lang: Lang) => Promise<string>][] = [
  ['dense-ae default', (lang) => denseAeNotebook(defaultsOf(DENSE), lang, 'Lesson 1')],
  ['dense-ae fashion, BCE, patience off', (lang) => denseAeNotebook({ ...defaultsOf(DENSE), dataset: 'fashion', normal: [7, 5], anomaly: [9], loss: 'bce', patience: 0, maxTrain: 500, seed: 42 }, lang, 'L1 “quoted”')],
  ['timeseries-ae default', (lang) => timeseriesNotebook(SERIES_DEFAULTS, lang, 'Lesson 2')],
  ['timeseries-ae clean, linear, extra kinds', (lang) => timeseriesNotebook({ ...SERIES_DEFAULTS, pool: 'clean', output: 'linear', valFraction: 0, spec: { ...SEED002_SERIES, spike: { ...SEED002_SERIES.spike, count: 20 }, dropout: { ...SEED002_SERIES.dropout, count: 5 } } }, lang, 'Lesson 2')],
  ['patch-vae default', (lang) => patchVaeNotebook(defaultsOf(PATCH), lang, 'Patch VAE', 0.01)],
  ['patch-vae shared σ', (lang) => patchVaeNotebook({ ...defaultsOf(PATCH), variance: 'shared', latent: 3, patchSize: 12, dataset: 'fashion', normal: [7], anomaly: [9] }, lang, 'Patch VAE', 0)],
  ['patch-vae floor', (lang) => patchVaeNotebook({ ...defaultsOf(PATCH), variance: 'floor', floor: 0.02 }, lang, 'Patch VAE', 0.003)],
  ['ssim-ae default (generated carpet)', (lang) => ssimAeNotebook(defaultsOf(SSIM), lang, 'SSIM AE')],
  ['ssim-ae gravel, L2 only, 7-px window', (lang) => ssimAeNotebook({ ...defaultsOf(SSIM), texture: 'gravel', losses: 'l2', window: '7', cropSize: '32', width: '0.25', seed: 9 }, lang, 'SSIM AE')],
  ['conv-ae-pca default', (lang) => convAePcaNotebook(defaultsOf(CAP), lang, 'PCA → conv AE')],
  ['conv-ae-pca hard notionists, k 40, depth 4', (lang) => convAePcaNotebook({ ...defaultsOf(CAP), faces: 'notionists', variant: 'hard', k: 40, latent: 8, depth: 4, width: '1', trainCount: 30 }, lang, 'PCA → conv AE')],
];

const dir = mkdtempSync(join(tmpdir(), 'anomaly-lab-nb-'));
let files = 0;

/** Writes every code cell to its own .py file and compiles them all with python3 (TensorFlow is not needed to compile). */
function compile(nb: Nb): void {
  const paths = nb.cells.filter((c) => c.cell_type === 'code').map((c) => {
    const path = join(dir, `cell_${++files}.py`);
    writeFileSync(path, c.source.join(''));
    return path;
  });
  execFileSync('python3', ['-m', 'py_compile', ...paths], { stdio: 'pipe' });
}

describe('Jupyter notebook export', () => {
  it.each(CASES)('%s: valid nbformat 4 in both languages, every code cell compiles', async (_name, make) => {
    for (const lang of ['en', 'ja'] as const) {
      const nb = JSON.parse(await make(lang)) as Nb;
      expect(nb.nbformat).toBe(4);
      expect(nb.nbformat_minor).toBeGreaterThanOrEqual(5);
      expect(nb.metadata.kernelspec).toMatchObject({ name: 'python3', language: 'python' });
      expect(new Set(nb.cells.map((c) => c.id)).size).toBe(nb.cells.length);
      for (const c of nb.cells) {
        expect(['markdown', 'code']).toContain(c.cell_type);
        expect(c.metadata).toEqual({});
        expect(c.source.every((l, i) => typeof l === 'string' && (i === c.source.length - 1 || l.endsWith('\n')))).toBe(true);
        if (c.cell_type === 'code') expect(c).toMatchObject({ outputs: [], execution_count: null });
      }
      const markdown = nb.cells.filter((c) => c.cell_type === 'markdown').map((c) => c.source.join('')).join('\n');
      expect(markdown).toMatch(lang === 'ja' ? /再現するノートブック/ : /reproduces an Anomaly Lab lesson/);
      expect(nb.cells.filter((c) => c.cell_type === 'markdown').length).toBeGreaterThan(4);
      const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join('')).join('\n');
      expect(code).toMatch(/roc_auc_score/);
      expect(code).toMatch(/plt\./);
      compile(nb);
    }
  });

  it('the prose is the lesson’s own, in the chosen language', async () => {
    const ja = (JSON.parse(await denseAeNotebook(defaultsOf(DENSE), 'ja', 'x')) as Nb).cells.map((c) => c.source.join('')).join('');
    const en = (JSON.parse(await denseAeNotebook(defaultsOf(DENSE), 'en', 'x')) as Nb).cells.map((c) => c.source.join('')).join('');
    expect(ja).toMatch(/[\u3040-\u30ff]{10}/);
    expect(en).not.toMatch(/[\u3040-\u30ff]/);
    expect(en).toMatch(/keras\.datasets\.mnist\.load_data\(\)/);
    expect(en).toMatch(/Dense\(64, activation="relu"\)/);
  });

  it('the Python generator makes the app’s series from the same spec and seed', async () => {
    const spec = { ...SEED002_SERIES, length: 12, normal: { ...SEED002_SERIES.normal, count: 6 }, lowNoise: { ...SEED002_SERIES.lowNoise, count: 2 }, cos: { ...SEED002_SERIES.cos, count: 2 }, spike: { ...SEED002_SERIES.spike, count: 2 }, levelShift: { ...SEED002_SERIES.levelShift, count: 2 }, dropout: { ...SEED002_SERIES.dropout, count: 2 } };
    const nb = JSON.parse(await timeseriesNotebook({ ...SERIES_DEFAULTS, spec, dataSeed: 7 }, 'en', 'x')) as Nb;
    const first = nb.cells.filter((c) => c.cell_type === 'code')[0].source.join('');
    const generator = first.slice(0, first.indexOf('import tensorflow'));
    const script = `${generator}\nimport json\nx, g = generate_series(${JSON.stringify(spec)}, 7)\nprint(json.dumps({"x": [float(v) for v in x.ravel()], "g": [int(v) for v in g]}))\n`;
    const out = JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' })) as { x: number[]; g: number[] };
    const ts = generateSeries(spec, 7);
    expect(out.g).toEqual(Array.from(ts.group));
    expect(out.x).toHaveLength(ts.x.length);
    out.x.forEach((v, i) => expect(Math.abs(v - ts.x[i])).toBeLessThan(1e-6));
  });
});
