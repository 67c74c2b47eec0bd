import { describe, expect, it } from 'vitest';
import type { TrainStop } from '../core/train/train-events';
import { stillImprovingText, stopText } from './training-text';

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

describe('stillImprovingText', () => {
  it('words the drop in whole percent over one or several epochs, in English and Japanese', () => {
    expect(stillImprovingText({ over: 1, drop: 0.304 }, 'ja')).toBe(
      '学習が終わった時点でも損失は下がり続けていました（最後のエポックで 30 % 低下）。モデルはまだ学び終えていません。エポックを増やせば損失はさらに下がります。それで異常の見分けもよくなるかは、2 つの実行を「実行の記録」で比べると分かります。',
    );
    expect(stillImprovingText({ over: 1, drop: 0.304 }, 'en')).toMatch(/^The loss was still falling when training ended \(30 % lower over the last epoch\)/);
    expect(stillImprovingText({ over: 3, drop: 0.0349 }, 'ja')).toContain('（最後の 3 エポックで 3 % 低下）');
  });
});
