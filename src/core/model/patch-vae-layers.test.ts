import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPatchVae, PATCH_VAE_DEFAULTS, type VarianceModel } from './patch-vae';
import { patchVaeForwardFlops, patchVaeLayers } from './patch-vae-layers';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('patch VAE layer table', () => {
  it('lists seed 004’s shapes and sums to the model’s trainable parameters', () => {
    const rows = patchVaeLayers(PATCH_VAE_DEFAULTS);
    expect(rows.map((r) => r.output)).toEqual(['4×4×16', '2×2×32', '2 × 2', '2×2×1', '4×4×32', '8×8×16', '8×8×1', '8×8×1']);
    // 96 + 2112 + 516 + 16 + 192 + 2080 + 258 + 258
    expect(rows.reduce((s, r) => s + r.params, 0)).toBe(5528);
    for (const variance of ['pixel', 'floor', 'shared'] as VarianceModel[]) {
      for (const patchSize of [8, 12]) {
        const config = { ...PATCH_VAE_DEFAULTS, variance, patchSize, latent: 3 };
        const model = createPatchVae(config, 0);
        expect(patchVaeLayers(config).reduce((s, r) => s + r.params, 0)).toBe(model.trainableVariables()[0].size);
        model.dispose();
      }
    }
  });

  it('counts seed 004’s forward FLOPs per patch', () => {
    // 1,024 + 8,192 + 512 + 8 + 512 + 32,768 + 2 × 16,384 multiply–adds
    expect(patchVaeForwardFlops(PATCH_VAE_DEFAULTS)).toBe(2 * 75_784);
    expect(patchVaeForwardFlops({ ...PATCH_VAE_DEFAULTS, variance: 'shared' })).toBe(2 * (75_784 - 16_384));
  });
});
