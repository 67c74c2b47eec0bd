import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClassMetricData } from '../../core/pipeline/metric-learning-data';
import { SETTINGS } from './params';

const prose = (lang: 'en' | 'ja') => readFileSync(new URL(`../../../lessons/metric-learning/data.${lang}.md`, import.meta.url), 'utf8');

const rows = (cls: number, n: number) => Uint8Array.from({ length: n * 784 }, (_, i) => (cls + i) % 256);

/** The data builder holds out a tenth of all the normal class's training images before "Training normals" caps the rest (maxTrain=400 of 6,000 sneakers: 400 trained, 600 held out). */
describe('the Data cell’s prose on the held-out normals', () => {
  it('matches the data builder: the hold-out does not shrink with the training normals', () => {
    const train = new Map([0, 1].map((c) => [c, rows(c, 60)]));
    const test = new Map([0, 2].map((c) => [c, rows(c, 2)]));
    const d = buildClassMetricData(train, test, { kind: 'fashion', normal: [0], anomaly: [2], reference: [], referencePerClass: 0 }, { seed: 1, maxNormalTrain: 4 });
    expect([d.trainClasses.length, d.validation.length / 784]).toEqual([4, 6]);
  });

  it('says so in English, naming the setting', () => {
    expect(SETTINGS.maxTrain.label.en).toBe('Training normals');
    expect(prose('en')).toContain(
      "A tenth of the normal class's training images is held out first, whatever **Training normals** is set to (that setting limits only the rest): those **validation** normals set the [threshold](#/glossary/threshold) for [TPR](#/glossary/tpr) and [TNR](#/glossary/tnr) and are never trained on. With a small **Training normals**, the data row can therefore show more validation normals than training ones.",
    );
  });

  it('and in Japanese', () => {
    expect(SETTINGS.maxTrain.label.ja).toBe('学習用の正常画像数');
    const text = prose('ja');
    expect(text).toContain('正常クラスの学習画像の 1 割は、**学習用の正常画像数**の設定にかかわらず先に取り分けておきます（この設定は残りの画像にだけ上限をかけます）。');
    expect(text).toContain('そのため**学習用の正常画像数**が小さいと、データの行には学習用より多くの検証用の正常画像が表示されます。');
  });
});
