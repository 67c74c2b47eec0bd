import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { scoredMaps } from './derived';
import { ssimAeNotebook } from './notebook';
import { SCORING_CODE } from './notebook-python';
import { SETTINGS, type SsimAeParams } from './params';
import type { ModelResult } from './state';

interface Nb {
  cells: { cell_type: string; source: string[] }[];
}

const code = (nb: Nb) => nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));

/**
 * Runs the notebook's NumPy parts (texture, crop protocol, defects, then the
 * metrics on made-up maps) with Debian's python3: TensorFlow cannot be
 * installed here, so its lines are left out and the models are not trained.
 */
function runWithoutTensorflow(cells: string[], maps: string): Record<string, number> {
  const drop = (s: string) => s.split('\n').filter((l) => !/tensorflow|keras\./.test(l)).join('\n');
  const script = ['import matplotlib', 'matplotlib.use("Agg")', drop(cells[0]), maps, drop(cells[cells.length - 1]), 'import json', 'print(json.dumps({"n": int(len(x_test)), "defective": int(labels.sum()), "masked": int((masks.reshape(len(masks), -1).max(axis=1) > 0).sum()), "train": int(len(x_train)), "mean": float(x_train.mean()), **{k: float(v) for k, v in table["l2"].items() if k in ("pixel AUROC", "PRO", "image AUROC", "TPR", "TNR")}}))'].join('\n');
  const out = execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8', cwd: process.cwd() });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

describe('SSIM-AE notebook', () => {
  it('names the model, the SSIM loss and what is not ported, in both languages', async () => {
    const en = JSON.parse(await ssimAeNotebook(defaultsOf(SETTINGS), 'en', 'x')) as Nb;
    const ja = JSON.parse(await ssimAeNotebook(defaultsOf(SETTINGS), 'ja', 'x')) as Nb;
    const all = (nb: Nb) => nb.cells.map((c) => c.source.join('')).join('\n');
    expect(all(en)).toMatch(/tf\.image\.ssim\(y_true, y_pred, max_val=1\.0, filter_size=WINDOW\)/);
    expect(all(en)).toMatch(/Conv2DTranspose/);
    expect(all(en)).toMatch(/TEXTURE = "grass" {2}# the app's setting: carpet/);
    expect(all(en)).toMatch(/generators are not ported to Python/);
    expect(all(ja)).toMatch(/Python に移植していない/);
    const gravel = all(JSON.parse(await ssimAeNotebook({ ...defaultsOf(SETTINGS), texture: 'gravel' }, 'en', 'x')) as Nb);
    expect(gravel).toMatch(/TEXTURE = "gravel"/);
    expect(gravel).not.toMatch(/not ported to Python/);
  });

  it('its crop protocol and metrics run in NumPy/scikit-learn: crops, defects with masks, and perfect maps scoring 1', async () => {
    const p: SsimAeParams = { ...defaultsOf(SETTINGS), texture: 'brick', cropSize: '32', trainCount: 64, validationCount: 8, testCount: 24, losses: 'l2' };
    // On the paper's raw maps: with position scoring, 8 validation crops of pure noise make the protocol's TNR a matter of chance.
    const cells = code(JSON.parse(await ssimAeNotebook(p, 'en', 'x')) as Nb).map((c) => c.replace('SCORING = "position"', 'SCORING = "raw"'));
    expect(cells.join('\n')).toMatch(/SCORING = "raw"/);
    // A map that is the mask plus faint noise: every metric should be (nearly) perfect.
    const maps = 'noise = np.random.default_rng(1)\nmaps = {"l2": {"test": masks + 0.01 * noise.random(masks.shape), "validation": 0.01 * noise.random((N_VAL, CROP, CROP))}}';
    const r = runWithoutTensorflow(cells, maps);
    expect(r).toMatchObject({ n: 24, defective: 12, masked: 12, train: 64 });
    expect(r.mean).toBeGreaterThan(0.05);
    expect(r.mean).toBeLessThan(0.95);
    expect(r['pixel AUROC']).toBe(1);
    expect(r['image AUROC']).toBe(1);
    expect(r.PRO).toBeGreaterThan(0.99);
    expect(r.TPR).toBe(1);
    expect(r.TNR).toBe(1);
  });

  it("scores maps as the app does: the Python scoring equals scoredMaps on the same maps (scipy's gaussian_filter against smoothMap)", () => {
    const size = 12;
    const at = (i: number, y: number, x: number) => (Math.min(x, y, size - 1 - x, size - 1 - y) === 0 ? 0.4 : 0.1) + 0.01 * i + 0.003 * ((x * 7 + y * 3) % 5);
    const stack = (n: number, scale: number) => Float32Array.from({ length: n * size * size }, (_, k) => scale * at(Math.floor(k / (size * size)), Math.floor(k / size) % size, k % size));
    const validation = stack(3, 1);
    const test = stack(2, 1.5);
    const script = [
      'import json',
      'import numpy as np',
      'from scipy import ndimage',
      SCORING_CODE,
      `S = ${size}`,
      'at = lambda i, y, x: (0.4 if min(x, y, S - 1 - x, S - 1 - y) == 0 else 0.1) + 0.01 * i + 0.003 * ((x * 7 + y * 3) % 5)',
      'val = np.array([[[at(i, y, x) for x in range(S)] for y in range(S)] for i in range(3)], dtype=np.float32)',
      'test = 1.5 * np.array([[[at(i, y, x) for x in range(S)] for y in range(S)] for i in range(2)], dtype=np.float32)',
      'print(json.dumps(scored(test, val).ravel().tolist()))',
    ].join('\n');
    const python = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' }).trim()) as number[];
    const model = { validation: { ssim: validation, l2: validation }, test: { ssim: test, l2: test } } as unknown as ModelResult;
    const ours = scoredMaps(model, 'ssim', 'position', size).test;
    expect(ours.length).toBe(python.length);
    expect(Math.max(...python.map((v, i) => Math.abs(v - ours[i])))).toBeLessThan(1e-5);
    expect(Math.max(...python)).toBeGreaterThan(1.5);
  });
});
