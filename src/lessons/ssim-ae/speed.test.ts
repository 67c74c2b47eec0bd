import { describe, expect, it } from 'vitest';
import { convAeForwardFlops } from '../../core/model/conv-ae-architecture';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { modelConfig } from './model-config';
import { PRESETS, SETTINGS } from './params';
import { flopSpeed, runEpochEstimate, scoredPixels, settingsFlopsPerEpoch, trainFlopsPerEpoch } from './speed';

const p = defaultsOf(SETTINGS);
const none = { ssim: {}, l2: {} };

describe('the SSIM lesson’s time estimate', () => {
  it('before any measurement: the defaults’ measured 1.57 s (SSIM) + 1.19 s (L2) per epoch', () => {
    expect(runEpochEstimate(p, none, null).seconds).toBeCloseTo(1.57 + 1.19, 9);
    expect(runEpochEstimate({ ...p, losses: 'l2' }, none, null).seconds).toBeCloseTo(1.19, 9);
  });

  it('scales with the model’s FLOPs: the paper’s preset (128 px, full width, 10,000 crops) costs far more than the quick one', () => {
    const paper = { ...p, ...PRESETS.find((x) => x.id === 'paper')!.params };
    const ratio = settingsFlopsPerEpoch(paper, 'ssim') / settingsFlopsPerEpoch(p, 'ssim');
    expect(ratio).toBeGreaterThan(100);
    expect(runEpochEstimate(paper, none, null).seconds).toBeCloseTo((1.57 + 1.19) * ratio, 6);
    expect(trainFlopsPerEpoch(modelConfig(p, 'l2'), 1000, 48)).toBe(convAeForwardFlops(modelConfig(p, 'l2')) * 3048);
  });

  it('uses each loss’s own measured speed on the backend in use', () => {
    const flops = settingsFlopsPerEpoch(p, 'ssim');
    const speeds = { ssim: { wasm: [[flops, 4]] as const }, l2: { wasm: [[settingsFlopsPerEpoch(p, 'l2'), 2]] as const } };
    expect(runEpochEstimate(p, speeds, 'wasm').seconds).toBeCloseTo(6, 9);
    expect(runEpochEstimate(p, speeds, 'wasm').basis).toBe('wasm');
    const saved = new Map<string, string>();
    const storage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) };
    flopSpeed.ssim.remember('wasm', 4, flops, storage);
    expect(flopSpeed.ssim.read(storage)).toEqual({ wasm: [[flops, 4]] });
    expect(flopSpeed.l2.read(storage)).toEqual({});
  });
});

describe('the SSIM lesson’s time around the epochs', () => {
  it('adds, per model, the job’s time around its epochs: 1 s + 7 µs a scored pixel before any measurement, then what was measured', () => {
    const pixels = (48 + 96) * 64 * 64;
    expect(scoredPixels(p)).toBe(pixels);
    expect(runEpochEstimate(p, none, null).extraSeconds).toBeCloseTo(2 * (1 + 7e-6 * pixels), 9);
    expect(runEpochEstimate({ ...p, losses: 'ssim' }, none, null, { wasm: [[pixels, 3]] }).extraSeconds).toBeCloseTo(3, 9);
  });
});
