import { describe, expect, it } from 'vitest';
import type { TrainStop } from '../core/train/train-events';
import { stopText } from './training-text';

const stop = (s: Partial<TrainStop>): TrainStop => ({ reason: 'completed', epochsRun: 2, heldEpoch: 2, patience: 0, restoredBest: true, ...s });

describe('stopText', () => {
  it('says why training ended and whose weights the model holds, in English and Japanese', () => {
    expect(stopText(stop({ heldEpoch: 1 }), 'en')).toBe('Trained 2 epochs. Using the best weights (epoch 1).');
    expect(stopText(stop({ heldEpoch: 1 }), 'ja')).toBe('2 エポック学習しました。最良の重み（エポック 1）を使います。');
    expect(stopText(stop({ reason: 'early-stopped', epochsRun: 13, heldEpoch: 3, patience: 10 }), 'en')).toBe(
      'Stopped early after 13 epochs: the validation loss did not improve for 10 epochs. Using the best weights (epoch 3).',
    );
    expect(stopText(stop({ restoredBest: false, epochsRun: 1 }), 'en')).toBe("Trained 1 epoch. Keeping the last epoch's weights, as Keras does.");
    expect(stopText(stop({ reason: 'aborted', restoredBest: false }), 'ja')).toBe('2 エポックを終えたところで停止しました。今の重みのままで採点します。');
    expect(stopText(stop({ reason: 'diverged', heldEpoch: 0 }), 'en')).toMatch(/NaN or infinite.*epoch 0/);
  });
});
