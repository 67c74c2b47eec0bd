import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ssimComponents } from '../metrics/ssim';
import { generateCarpet } from './carpet';
import { DEFECT_EFFECTS, DEFECT_KINDS, type DefectKind } from './defect-kinds';
import { applyDefect } from './defects';
import { cropImage, localMean, type GrayImage } from './gray-image';
import { generateLeather } from './leather';
import { localStats } from './local-stats';
import { decodeGrayPng } from './png-gray';

const SIZE = 64;
const SEEDS = 12;

function real(name: string): GrayImage {
  const decoded = decodeGrayPng(new Uint8Array(readFileSync(new URL(`../../../data/textures/${name}.png`, import.meta.url))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.image;
}

const TEXTURES = ['grass', 'gravel', 'brick', 'carpet', 'leather'] as const;
type Texture = (typeof TEXTURES)[number];
/** Textures with detail everywhere; brick is mostly flat faces between mortar lines. */
const DETAILED: readonly Texture[] = ['grass', 'gravel', 'carpet', 'leather'];

/** Per texture and kind, averages over SEEDS test-region crops of what changed under the mask. */
interface Effect {
  /** |mean(out) − mean(in)| over the mask. */
  regionMean: number;
  /** Mean over the mask of |7×7 local mean(out) − (in)|. */
  localMean: number;
  /** SSIM (7×7) contrast term, mean over the mask. */
  contrast: number;
  /** SSIM (7×7) structure term, mean over the mask. */
  structure: number;
  /** Mean over the mask of the 7×7 local standard deviation after, over before. */
  stdRatio: number;
}

const crops = new Map<Texture, GrayImage[]>();
const effects = new Map<string, Effect>();
const key = (t: Texture, k: DefectKind) => `${t}/${k}`;

beforeAll(() => {
  const images: Record<Texture, GrayImage> = {
    grass: real('grass'), gravel: real('gravel'), brick: real('brick'), carpet: generateCarpet(0), leather: generateLeather(0),
  };
  for (const t of TEXTURES) {
    crops.set(t, Array.from({ length: SEEDS }, (_, s) => cropImage(images[t], 20 + ((s * 37) % 400), 320 + ((s * 13) % 120), SIZE)));
    for (const kind of DEFECT_KINDS) {
      const sum: Effect = { regionMean: 0, localMean: 0, contrast: 0, structure: 0, stdRatio: 0 };
      crops.get(t)!.forEach((crop, s) => {
        const { image, mask } = applyDefect(crop, kind, s);
        const before = localMean(crop, 3);
        const after = localMean(image, 3);
        const terms = ssimComponents(crop.data, image.data, SIZE, SIZE);
        const stdBefore = localStats(crop, 3).std;
        const stdAfter = localStats(image, 3).std;
        let n = 0, a = 0, b = 0, local = 0, c = 0, st = 0, sa = 0, sb = 0;
        for (let i = 0; i < mask.length; i++) {
          if (!mask[i]) continue;
          n++;
          a += crop.data[i];
          b += image.data[i];
          local += Math.abs(after[i] - before[i]);
          c += terms.contrast[i];
          st += terms.structure[i];
          sa += stdBefore[i];
          sb += stdAfter[i];
        }
        sum.regionMean += Math.abs(b - a) / n / SEEDS;
        sum.localMean += local / n / SEEDS;
        sum.contrast += c / n / SEEDS;
        sum.structure += st / n / SEEDS;
        sum.stdRatio += sb / sa / SEEDS;
      });
      effects.set(key(t, kind), sum);
    }
  }
});

describe('applyDefect', () => {
  it('is deterministic per seed and never touches its input', () => {
    const crop = crops.get('grass')![0];
    const copy = crop.data.slice();
    for (const kind of DEFECT_KINDS) {
      const a = applyDefect(crop, kind, 5);
      const b = applyDefect(crop, kind, 5);
      expect(b.image.data).toEqual(a.image.data);
      expect(b.mask).toEqual(a.mask);
      expect(applyDefect(crop, kind, 6).mask).not.toEqual(a.mask);
    }
    expect(crop.data).toEqual(copy);
  });

  it('marks exactly the pixels whose value changed, every kind on every texture', () => {
    for (const t of TEXTURES) {
      for (const kind of DEFECT_KINDS) {
        crops.get(t)!.forEach((crop, s) => {
          const { image, mask } = applyDefect(crop, kind, s);
          let wrong = 0;
          let area = 0;
          for (let i = 0; i < mask.length; i++) {
            if ((mask[i] === 1) !== (image.data[i] !== crop.data[i])) wrong++;
            if (mask[i] > 1 || image.data[i] < 0 || image.data[i] > 1) wrong++;
            area += mask[i];
          }
          expect(wrong, `${t} ${kind} seed ${s}`).toBe(0);
          expect(area, `${t} ${kind} seed ${s}`).toBeGreaterThan(kind.startsWith('scratch-') && kind !== 'scratch-paired' ? 15 : 40);
          expect(area, `${t} ${kind} seed ${s}`).toBeLessThan(0.3 * SIZE * SIZE);
        });
      }
    }
  });

  it('keeps the local mean for the mean-keeping kinds and changes it for the others', () => {
    for (const t of TEXTURES) {
      for (const kind of DEFECT_KINDS) {
        const e = effects.get(key(t, kind))!;
        if (DEFECT_EFFECTS[kind].mean === 'kept') {
          expect(e.regionMean, key(t, kind)).toBeLessThan(0.002);
          expect(e.localMean, key(t, kind)).toBeLessThan(0.035);
        } else {
          expect(e.regionMean, key(t, kind)).toBeGreaterThan(0.07);
          expect(e.localMean, key(t, kind)).toBeGreaterThan(0.05);
        }
      }
    }
  });

  it('the stain keeps contrast and structure; the structure-changing kinds break the structure', () => {
    for (const t of DETAILED) {
      const stain = effects.get(key(t, 'stain'))!;
      expect(stain.contrast, t).toBeGreaterThan(0.985);
      expect(stain.structure, t).toBeGreaterThan(0.94);
      expect(Math.abs(stain.stdRatio - 1), t).toBeLessThan(0.06);
      for (const kind of DEFECT_KINDS.filter((k) => DEFECT_EFFECTS[k].structure === 'changed')) {
        expect(effects.get(key(t, kind))!.structure, key(t, kind)).toBeLessThan(0.8);
      }
      for (const kind of ['contamination', 'fold'] as const) {
        expect(effects.get(key(t, kind))!.contrast, key(t, kind)).toBeGreaterThan(0.95);
        expect(Math.abs(effects.get(key(t, kind))!.stdRatio - 1), key(t, kind)).toBeLessThan(0.16);
      }
    }
  });

  it('averaged over the textures, SSIM\'s contrast term separates the contrast-keeping kinds from the others', () => {
    for (const kind of DEFECT_KINDS) {
      const c = TEXTURES.reduce((sum, t) => sum + effects.get(key(t, kind))!.contrast, 0) / TEXTURES.length;
      if (DEFECT_EFFECTS[kind].contrast === 'kept') expect(c, kind).toBeGreaterThan(0.94);
      else expect(c, kind).toBeLessThan(0.85);
    }
  });

  it('on brick\'s flat faces a stain\'s slope shows as contrast and a fold has little to bend', () => {
    const stain = effects.get(key('brick', 'stain'))!;
    expect(stain.structure).toBeGreaterThan(0.85);
    expect(stain.contrast).toBeLessThan(0.9);
    expect(effects.get(key('brick', 'fold'))!.structure).toBeGreaterThan(0.85);
    for (const kind of ['scratch-dark', 'scratch-bright', 'scratch-paired', 'hole', 'thread', 'contamination'] as const) {
      expect(effects.get(key('brick', kind))!.structure, kind).toBeLessThan(0.7);
    }
  });

  it('scales the defect with its scale option', () => {
    const crop = crops.get('gravel')![1];
    for (const kind of ['hole', 'stain', 'thread'] as const) {
      const area = (scale: number) => applyDefect(crop, kind, 3, { scale }).mask.reduce((s, v) => s + v, 0);
      expect(area(0.5), kind).toBeLessThan(0.7 * area(1));
    }
  });
});
