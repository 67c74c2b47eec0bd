import { convAeForwardFlops, type ConvAeConfig, type ConvAeLoss } from '../../core/model/conv-ae-architecture';
import { createFlopSpeedMemory, createSpeedMemory, type EpochEstimate, type FlopSpeedMemory, type Speeds } from '../../notebook/speed-memory';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { lossesOf, modelConfig } from './model-config';
import { SETTINGS, type SsimAeParams } from './params';

/**
 * FLOPs of one training epoch: about three forward passes per training crop (forward, input
 * and filter gradients) and one per validation crop.
 */
export function trainFlopsPerEpoch(config: ConvAeConfig, nTrain: number, nValidation: number): number {
  return convAeForwardFlops(config) * (3 * nTrain + nValidation);
}

/** An epoch's FLOPs for the settings' crops and model of `loss`. */
export function settingsFlopsPerEpoch(p: SsimAeParams, loss: ConvAeLoss): number {
  return trainFlopsPerEpoch(modelConfig(p, loss), p.trainCount, p.validationCount);
}

const DEFAULTS = defaultsOf(SETTINGS);

/**
 * Effective training FLOP/s by backend, one memory per loss (the SSIM loss costs more per FLOP of
 * the model). Before anything was measured here: the defaults' 1.57 s per SSIM epoch and 1.19 s
 * per L2 epoch (Chromium, wasm, 2 threads; README), so the crop size, width and crop counts scale
 * the estimate from there.
 */
export const flopSpeed: Record<ConvAeLoss, FlopSpeedMemory> = {
  ssim: createFlopSpeedMemory('anomaly-lab:ssim-ae-flops-ssim', settingsFlopsPerEpoch(DEFAULTS, 'ssim') / 1.57),
  l2: createFlopSpeedMemory('anomaly-lab:ssim-ae-flops-l2', settingsFlopsPerEpoch(DEFAULTS, 'l2') / 1.19),
};

/**
 * Seconds a model's job spends around its epochs (building the model, scoring the validation and
 * test crops), by the pixels it scores. Before anything was measured here: 1 s and 7 µs a pixel,
 * about 5 s for the defaults' 144 crops of 64² (a 1-epoch run of both models took 15.4 s in
 * Chromium on wasm against 5 s of epochs).
 */
export const aroundSpeed = createSpeedMemory('anomaly-lab:ssim-ae-around-seconds', 7e-6, 1);

/** Pixels a model's job scores: every validation and test crop. */
export function scoredPixels(p: SsimAeParams): number {
  return (p.validationCount + p.testCount) * Number(p.cropSize) ** 2;
}

/**
 * Seconds of one epoch of every model the run trains (SSIM then L2: both), from each loss's
 * remembered speed on `backend` (`speeds` as `flopSpeed[loss].read()` gives them), and as
 * `extraSeconds` the time every model's job spends around its epochs (`around`: `aroundSpeed.read()`).
 */
export function runEpochEstimate(p: SsimAeParams, speeds: Record<ConvAeLoss, Speeds>, backend: string | null, around: Speeds = {}): EpochEstimate {
  let seconds = 0;
  let basis = backend ?? 'wasm';
  const losses = lossesOf(p);
  for (const loss of losses) {
    const e = flopSpeed[loss].estimateEpochSeconds(settingsFlopsPerEpoch(p, loss), speeds[loss], backend);
    seconds += e.seconds;
    basis = e.basis;
  }
  return { seconds, basis, extraSeconds: losses.length * aroundSpeed.estimate(scoredPixels(p), around, backend).seconds };
}
