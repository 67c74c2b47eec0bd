import { describe, expect, it } from 'vitest';
import { denseTrainOptions } from './dense-ae';

describe('denseTrainOptions', () => {
  it('trains with the lesson’s own defaults when no flag is given (it used 30 epochs against the lesson’s 20)', () => {
    expect(denseTrainOptions({}, 0)).toEqual({ epochs: 20, batchSize: 256, learningRate: 0.001, patience: 10, seed: 0 });
    expect(denseTrainOptions({ epochs: '300', batch: '32' }, 3)).toEqual({ epochs: 300, batchSize: 32, learningRate: 0.001, patience: 10, seed: 3 });
  });
});
