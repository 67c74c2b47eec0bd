import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const prose = (lang: 'en' | 'ja') => readFileSync(new URL(`../../../lessons/conv-ae-pca/train.${lang}.md`, import.meta.url), 'utf8');

/** The job trains with `patience: 0` and the loop's default `restoreBest`: the weights of the lowest training loss are scored (conv-ae-pca-job.test.ts). */
describe('the Train cell’s prose', () => {
  it('says the best epoch’s weights are scored, also after Stop (en)', () => {
    const text = prose('en');
    expect(text).toContain(
      'At the end the autoencoder keeps the weights of the epoch with the lowest training loss — usually the last one, but not when a high learning rate makes the loss jump up at the end — and the panel says which epoch that was. **Stop** ends training early, and the model is scored with the best weights so far.',
    );
    expect(text).not.toContain('scored as it is');
  });

  it('says the same in Japanese', () => {
    const text = prose('ja');
    expect(text).toContain('終わったとき、オートエンコーダは学習損失が最も小さかったエポックの重みを使います。');
    expect(text).toContain('**停止**を押すとそこで学習を終え、それまでで最良の重みで採点します。');
    expect(text).not.toContain('その時点のモデルで採点');
  });
});
