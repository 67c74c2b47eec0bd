import { describe, expect, it } from 'vitest';
import { flagProblems, validateFlags } from './validate-flags';

describe('eval flags are checked with the app settings tables before any training', () => {
  it.each([
    ['dense-ae', { normal: '' }, '--normal "": “” is not a list of classes 0–9.'],
    ['dense-ae', { seed: '-1' }, '--seed "-1": Must be between 0–2,147,483,647.'],
    ['dense-ae', { seed: '1e20' }, '--seed "1e20": Must be between 0–2,147,483,647.'],
    ['dense-ae', { epochs: '1e9' }, '--epochs "1e9": Must be between 1–1,000.'],
    ['dense-ae', { hidden: '1e9' }, '--hidden "1e9": Must be between 1–2,048.'],
    ['dense-ae', { hidden: '300-0' }, '--hidden "300-0": Must be between 1–2,048.'],
    ['dense-ae', { 'max-train': '-5' }, '--max-train "-5": Must be between 0–60,000 (0 = all).'],
    ['dense-ae', { loss: 'ssim' }, '--loss "ssim": “ssim” is not one of mse, bce, l1.'],
    ['dense-ae', { dataset: 'cifar' }, '--dataset "cifar": “cifar” is not one of mnist, fashion.'],
    ['patch-vae', { stride: '0' }, '--stride "0": Must be between 1–24.'],
    ['patch-vae', { variance: 'none' }, '--variance "none": “none” is not one of pixel, floor, shared.'],
    ['timeseries-ae', { activation: 'relu' }, '--activation "relu": “relu” is not one of sigmoid, linear.'],
    ['timeseries-ae', { 'val-fraction': '0.9' }, '--val-fraction "0.9": Must be between 0–0.5 (0 = none).'],
    ['dense-ae', { dump: '/nonexistent-dir-xyz/x.json' }, '--dump "/nonexistent-dir-xyz/x.json": the folder /nonexistent-dir-xyz does not exist.'],
    ['dense-ae', { backend: 'webgl' }, '--backend "webgl": must be wasm or cpu.'],
  ])('%s %j is refused', (lesson, args, message) => {
    expect(() => validateFlags(lesson, args)).toThrow(message);
  });

  it('accepts valid flags, "rest" for classes and hidden-layer lists', () => {
    expect(() => validateFlags('dense-ae', { normal: '1', anomaly: 'rest', hidden: '300-100', epochs: '30', lr: '0.001', seed: '0', backend: 'wasm' })).not.toThrow();
    expect(() => validateFlags('patch-vae', { dataset: 'fashion', normal: '7', anomaly: '9', 'clip-norm': '100', 'hold-out': '0.1' })).not.toThrow();
  });

  it('checks the faces lesson flags against its table', () => {
    expect(() => validateFlags('conv-ae-pca', { faces: 'lorelei', variant: 'hard', k: '16', depth: '3', 'test-each': '50' })).not.toThrow();
    expect(flagProblems('conv-ae-pca', { faces: 'avataaars', k: '0', depth: '5' }).map((p) => p.flag)).toEqual(['faces', 'k', 'depth']);
  });

  it('names every bad flag at once, and an unknown lesson', () => {
    expect(() => validateFlags('dense-ae', { seed: '-1', epochs: '0' })).toThrow(/--seed[\s\S]*--epochs/);
    expect(() => validateFlags('nope', {})).toThrow('Unknown --lesson nope; known: dense-ae, patch-vae, timeseries-ae, ssim-ae, conv-ae-pca, metric-learning.');
  });
});
