import { describe, expect, it } from 'vitest';
import { choice, int, L } from '../settings/rows';
import { defineSettings } from '../settings/settings-table';
import { differingKeys, differsFrom, legendNames } from './differences';
import type { RunMeta } from './run-record';

const TABLE = defineSettings({
  latent: int('train', [1, 64], 8, L('latent', '潜在次元')),
  loss: choice('train', L('Loss', '損失'), 'mse', [
    ['mse', 'MSE (post 000)', '二乗誤差（記事 000）'],
    ['l1', 'L1', 'L1'],
    ['(x)', '(x)', '(x)'],
  ]),
  normal: { kind: 'classes', stage: 'data', classCount: 10, default: [1], label: { en: 'normal', ja: '正常' } },
});

const run = (seq: number, settings: Record<string, unknown>) => ({ seq, name: null, settings }) as unknown as RunMeta;

describe('what differs between runs', () => {
  const a = run(1, { latent: 8, loss: 'l1', normal: [1] });
  const b = run(2, { latent: 64, loss: 'mse', normal: [1] });
  const c = run(3, { latent: 64, loss: 'mse', normal: [1] });

  it('finds the settings that differ, comparing class lists by value', () => {
    expect(differingKeys(TABLE, [a, b, c])).toEqual(['latent', 'loss']);
    expect(differingKeys(TABLE, [b, c])).toEqual([]);
    expect(differingKeys(TABLE, [a])).toEqual([]);
    expect(differsFrom(a, b, 'latent')).toBe(true);
    expect(differsFrom(b, c, 'normal')).toBe(false);
    expect(differsFrom(a, null, 'latent')).toBe(false);
  });

  it('names each overlaid run by what differs, in the learner’s language, and by its name when nothing does', () => {
    expect(legendNames(TABLE, [a, b], 'en')).toEqual(['latent 8 · L1', 'latent 64 · MSE']);
    expect(legendNames(TABLE, [a, b], 'ja')).toEqual(['潜在次元 8 · L1', '潜在次元 64 · 二乗誤差']);
    expect(legendNames(TABLE, [b, c], 'en')).toEqual(['#2', '#3']);
    expect(legendNames(TABLE, [a, b, c], 'en')).toEqual(['latent 8 · L1', 'latent 64 · MSE · #2', 'latent 64 · MSE · #3']);
    expect(legendNames(TABLE, [a, run(4, { latent: 8, loss: '(x)', normal: [1] })], 'en')).toEqual(['L1', '(x)']);
  });
});
