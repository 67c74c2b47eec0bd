/**
 * How high the SSIM model's pixel AUROC could go on each built-in texture if it
 * ranked every defect pixel perfectly except the stains': the overall pixel AUROC
 * is close to the defect-pixel-weighted mean of the per-kind figures, so with the
 * stain's share s and its measured AUROC a, the ceiling is (1 − s) + s·a. Reads the
 * recorded runs of `lessons/ssim-ae/facts.json` (no training) and redraws the
 * default test crops (seed 0) to count each kind's defect pixels.
 * Run: `npx tsx scripts/eval/ssim-stain-ceiling.ts`.
 */
import { readFileSync } from 'node:fs';
import { buildTextureDataset } from '../../src/core/textures/texture-protocol';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import { SETTINGS } from '../../src/lessons/ssim-ae/params';
import { loadTexture } from './texture-files';

type PerDefect = Record<string, { pixelAuc: number }>;
interface FactsRun {
  result: { pixelAuc: number; perDefect: { ssim: PerDefect } };
}

const facts = JSON.parse(readFileSync(new URL('../../lessons/ssim-ae/facts.json', import.meta.url), 'utf8')) as { runs: Record<string, FactsRun> };
const p = defaultsOf(SETTINGS);
const size = Number(p.cropSize);

for (const texture of ['carpet', 'leather', 'brick', 'gravel', 'grass'] as const) {
  const image = await loadTexture(texture, p.seed);
  const { test } = buildTextureDataset(image, { cropSize: size, trainCount: 1, validationCount: p.validationCount, testCount: p.testCount, seed: p.seed });
  const pixels: Record<string, number> = {};
  test.kinds.forEach((kind, i) => {
    if (!kind) return;
    let count = 0;
    for (let j = i * size * size; j < (i + 1) * size * size; j++) count += test.masks[j];
    pixels[kind] = (pixels[kind] ?? 0) + count;
  });
  const total = Object.values(pixels).reduce((a, b) => a + b, 0);
  const share = pixels.stain / total;
  for (const key of [texture, `${texture}-half`]) {
    const run = facts.runs[key].result;
    const ceiling = 1 - share + share * run.perDefect.ssim.stain.pixelAuc;
    console.log(`${key}: stain share ${share.toFixed(3)}, SSIM pixel AUROC ${run.pixelAuc.toFixed(3)}, ceiling ${ceiling.toFixed(3)}`);
  }
}
