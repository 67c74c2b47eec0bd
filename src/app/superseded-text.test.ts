import { describe, expect, it } from 'vitest';
import { failure } from '../notebook/settings/problem';
import { problemText } from '../notebook/settings/problem-text';
import { RunSuperseded } from '../worker/run-failure';
import { lessonOfJob } from './superseded-text';

describe('a superseded run’s message', () => {
  it('names the lesson whose run replaced it, in both languages', () => {
    const p = failure(new RunSuperseded('ssim-ae-score'));
    expect(p).toMatchObject({ code: 'superseded', values: { by: 'ssim-ae-score' } });
    expect(problemText(p, 'en')).toBe('A run started in “SSIM autoencoder on textures” replaced this one: one model trains at a time. Train again here when it has finished.');
    expect(problemText(p, 'ja')).toBe('「SSIM オートエンコーダ：テクスチャの欠陥」で始めた実行に置き換えられました（学習は一度に 1 つのモデルだけです）。そちらが終わってから、ここでもう一度学習してください。');
  });

  it('keeps the plain wording without a known newer run', () => {
    expect(problemText(failure(new RunSuperseded()), 'en')).toBe('A newer run replaced this one.');
    expect(problemText(failure(new RunSuperseded('no-such-job')), 'ja')).toBe('新しい実行に置き換えられました。');
  });

  it('maps a job to its lesson by name, not by any shared prefix', () => {
    expect(lessonOfJob('patch-vae-restore')?.id).toBe('patch-vae');
    expect(lessonOfJob('dense-ae')?.id).toBe('dense-ae');
    expect(lessonOfJob('dense')).toBeUndefined();
  });
});
