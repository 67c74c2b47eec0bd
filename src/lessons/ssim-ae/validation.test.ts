import { describe, expect, it } from 'vitest';
import type { InspectionData } from '../../core/textures/inspection-data';
import { problemText } from '../../notebook/settings/problem-text';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { SETTINGS, type SsimAeParams } from './params';
import { folderTrainCount, problemsOf } from './validation';

const params = (patch: Partial<SsimAeParams>): SsimAeParams => ({ ...defaultsOf(SETTINGS), ...patch });

/** Loaded data of `n` training images of 4 × 4 pixels, from a learner's MVTec folder or the textures. */
const data = (source: 'mvtec' | 'texture', n: number) => ({ dataset: { source, size: 4, train: new Float32Array(n * 16) } as InspectionData });

describe('the SSIM lesson’s settings problems', () => {
  it('refuses a batch larger than a loaded MVTec folder’s training images before Train, with the words Train’s refusal used', () => {
    expect(folderTrainCount(data('mvtec', 6))).toBe(6);
    const problems = problemsOf({ params: params({ batch: 32, trainCount: 1000 }), drafts: {}, data: data('mvtec', 6) });
    expect(problems).toEqual({ batch: { code: 'batch-over-data', values: { batch: 32, n: 6 } } });
    expect(problemText(problems.batch, 'en')).toBe('The batch size 32 is larger than the 6 training samples.');
    expect(problemText(problems.batch, 'ja')).toBe('バッチサイズ 32 が学習データ 6 件より大きくなっています。');
    expect(problemsOf({ params: params({ batch: 6 }), drafts: {}, data: data('mvtec', 6) })).toEqual({});
  });

  it('checks texture crops against the crops per epoch, whatever was loaded, and lets typed text speak first', () => {
    expect(folderTrainCount(data('texture', 6))).toBeNull();
    expect(problemsOf({ params: params({ batch: 32, trainCount: 1000 }), drafts: {}, data: data('texture', 6) })).toEqual({});
    expect(problemsOf({ params: params({ batch: 128, trainCount: 64 }), drafts: {} })).toEqual({ batch: { code: 'batch-too-large', values: { batch: 128, n: 64 } } });
    const typed = { code: 'not-int', values: { min: 1, max: 256 } };
    expect(problemsOf({ params: params({ batch: 32 }), drafts: { batch: { raw: '3.5', problem: typed } }, data: data('mvtec', 6) })).toEqual({ batch: typed });
  });
});
