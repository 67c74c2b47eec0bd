import { describe, expect, it } from 'vitest';
import { englishIn, fragments, halfWidthBrackets, isEnglishPhrase, localizedPhrases, tablePhrases } from './english-phrases';

describe('english phrases', () => {
  it('splits texts at numbers and keeps phrases with a non-neutral English word', () => {
    expect(fragments('Seed 002 as written: 100 epochs')).toEqual(['Seed', 'as written:', 'epochs']);
    expect(isEnglishPhrase('AUC')).toBe(false);
    expect(isEnglishPhrase('L2: Σ(x − x̂)²')).toBe(false);
    expect(isEnglishPhrase('p99 normal')).toBe(true);
  });

  it('walks a table, calling its functions, and leaves out language-neutral texts', () => {
    const en = { auc: 'AUC', f1: 'F1 (normal +)', kinds: { l2: 'L2: Σ(x − x̂)²', max: 'max |x − x̂|' }, n: (k: number) => `${k} windows per image`, v: (v: { line: number }) => `Line ${v.line} is empty.` };
    expect([...tablePhrases(en)].sort()).toEqual(['F1 (normal +)', 'Line', 'is empty.', 'max |x − x̂|', 'windows per image']);
    expect([...localizedPhrases([{ label: { en: 'Latent size', ja: '潜在次元' } }, { label: { en: 'MNIST', ja: 'MNIST' } }])]).toEqual(['Latent size']);
  });

  it('finds phrases as whole words only', () => {
    expect(englishIn('しきい値 p99 normal', ['p99 normal', 'norm'])).toEqual(['p99 normal']);
    expect(englishIn('abnormality', ['normal'])).toEqual([]);
    expect(englishIn('dense → z_mean', ['mean'])).toEqual([]);
    expect(englishIn('想定する構成：train/good/*.png、carpet/test/cut/000.png', ['train', 'test', 'good'])).toEqual([]);
    expect(englishIn('train と test', ['train', 'test'])).toEqual(['train', 'test']);
    expect(englishIn('model.json を選ぶ。model. と書く', ['model'])).toEqual(['model']);
    expect(englishIn('model.json を選ぶ', ['model'])).toEqual([]);
  });

  it('finds half-width brackets around words in Japanese, not around maths or in English', () => {
    expect(halfWidthBrackets('残差のしきい値 (SSIM)（正確な値）')).toEqual(['値 (SSIM)']);
    expect(halfWidthBrackets('領域ごとの重なり(PRO)と 1 (正常), 2 (外れ値)')).toEqual(['り(PRO)', '1 (正常)', '2 (外れ値)']);
    expect(halfWidthBrackets('残差のしきい値（SSIM）、L2 残差 (x − x̂)²、学習率は (0, 1] の範囲、点 3：(2, 5)、sigmoid(a)、下限 + (1 − 下限)')).toEqual([]);
    expect(halfWidthBrackets('Residual threshold (SSIM)')).toEqual([]);
  });
});

