import { describe, expect, it } from 'vitest';
import type { RunMeta } from '../../notebook/runs/run-record';
import { ssimFigures } from './recorded';

/** A stored SSIM-AE run's meta: only what the comparison reads. */
function ssimRun(date: number, settings: Record<string, unknown>, own: Record<string, number>, source = 'texture'): RunMeta {
  return { date, settings, extra: { source }, metrics: { auc: 0.5, ap: 0.5, bestF1: 0.5, own } } as unknown as RunMeta;
}

const PROTOCOL = { crop: 32, test: 400, seed: 2 };

describe('the SSIM autoencoder row of the comparison', () => {
  it('takes the SSIM model’s image AUROC and TPR + TNR, and prefers a run on the very same test crops', () => {
    const runs = [
      ssimRun(300, { texture: 'grass', cropSize: '64', testCount: 96, seed: 0 }, { ssim_imageAuroc: 0.9, ssim_tpr: 0.7, ssim_tnr: 0.8 }),
      ssimRun(200, { texture: 'grass', cropSize: '32', testCount: 400, seed: 2 }, { ssim_imageAuroc: 0.75, ssim_tpr: 0.5, ssim_tnr: 0.9 }),
      ssimRun(400, { texture: 'brick', cropSize: '32', testCount: 400, seed: 2 }, { ssim_imageAuroc: 0.6 }),
      ssimRun(500, { texture: 'grass', cropSize: '32', testCount: 400, seed: 2 }, { ssim_imageAuroc: 0.99 }, 'mvtec'),
    ];
    const stored = ssimFigures('grass', PROTOCOL, runs).filter((f) => f.origin === 'stored');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ auc: 0.75, date: 200, same: true, crops: { size: 32, test: 400, seed: 2 } });
    expect(stored[0].sum).toBeCloseTo(1.4, 10);
  });

  it('falls back to the newest run on other crops, flagged as not the same test, and skips an L2-only run', () => {
    const runs = [
      ssimRun(100, { texture: 'grass', cropSize: '64', testCount: 96, seed: 0 }, { ssim_imageAuroc: 0.81, ssim_tpr: 0.6, ssim_tnr: 0.7 }),
      ssimRun(200, { texture: 'grass', cropSize: '32', testCount: 400, seed: 2, losses: 'l2' }, { l2_imageAuroc: 0.7 }),
    ];
    const stored = ssimFigures('grass', PROTOCOL, runs).filter((f) => f.origin === 'stored');
    expect(stored).toEqual([{ auc: 0.81, sum: expect.closeTo(1.3, 10), origin: 'stored', date: 100, crops: { size: 64, test: 96, seed: 0 }, same: false }]);
    expect(ssimFigures('carpet', PROTOCOL, runs).filter((f) => f.origin === 'stored')).toEqual([]);
  });
});
