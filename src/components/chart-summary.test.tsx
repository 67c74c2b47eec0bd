import { describe, expect, it } from 'vitest';
import { CHART_TEXT } from '../i18n/chart-text';
import { formatCompact, histogramSummary, lossSummary, prSummary, rocSummary } from './chart-summary';

const en = CHART_TEXT.en.summary;
const ja = CHART_TEXT.ja.summary;

describe('chart summaries', () => {
  it('word the ROC at the threshold in both languages', () => {
    expect(rocSummary(en, 0.99812, { fpr: 0.021, tpr: 0.98 }, 19.004)).toBe('ROC, AUC 0.998. At threshold 19: 97.9% of normals pass, 98.0% of anomalies caught.');
    expect(rocSummary(ja, 0.99812, { fpr: 0.021, tpr: 0.98 }, 19.004)).toBe('ROC：AUC 0.998。しきい値 19 では、正常の 97.9% が通過し、異常の 98.0% を検出します。');
    expect(rocSummary(en, 0.75, null)).toBe('ROC, AUC 0.750.');
    expect(rocSummary(en, 0.75, { fpr: 0, tpr: 0 }, Infinity)).toBe('ROC, AUC 0.750.');
  });

  it('count the histogram above the threshold (≥) and skip non-finite scores', () => {
    expect(histogramSummary(en, [1, 2, 3, 4, NaN], [3, 5, 6, 7], 3)).toBe('Scores of 4 normals and 4 anomalies. Above threshold 3: 50.0% of normals, 100.0% of anomalies.');
    expect(histogramSummary(ja, [1, 2], [9], null)).toBe('正常 2 件と異常 1 件の異常度。');
  });

  it('word PR and loss', () => {
    expect(prSummary(en, 0.9971, { precision: 0.9812, recall: 0.98 }, '—')).toBe('Precision–recall, AP 0.997. At the threshold: precision 0.981, recall 0.980.');
    expect(lossSummary(en, [0.5, 0.25, 0.125], [0.6, 0.3, 0.2], 2)).toBe('Loss after 3 epochs: train 0.125, validation 0.2. Best epoch 3.');
    expect(lossSummary(en, [0.5], [], null)).toBe('Loss after 1 epoch: train 0.5.');
    expect(lossSummary(en, [0.5, 0.25], [NaN, NaN], 1)).toBe('Loss after 2 epochs: train 0.25. Best epoch 2.');
    expect(lossSummary(ja, [0.5, 0.4], [0.6, 0.5], 1)).toBe('2 エポック後の損失：学習 0.4、検証 0.5。最良はエポック 2。');
  });

  it('word a threshold with the slider’s decimals when given, and nothing flagged (0/0) as “—”, not 0.000', () => {
    expect(rocSummary(en, 0.503, { fpr: 0.1, tpr: 0.2 }, 193.6357, 1)).toBe('ROC, AUC 0.503. At threshold 193.6: 90.0% of normals pass, 20.0% of anomalies caught.');
    expect(histogramSummary(en, [180, 200], [190, 300], 193.6357, 1)).toBe('Scores of 2 normals and 2 anomalies. Above threshold 193.6: 50.0% of normals, 50.0% of anomalies.');
    expect(histogramSummary(ja, [180, 200], [190, 300], 61.305, 3)).toBe('正常 2 件と異常 2 件の異常度。しきい値 61.305 を超えるのは正常の 100.0%、異常の 100.0%。');
    expect(prSummary(en, 0.429, { precision: null, recall: 0 }, CHART_TEXT.en.pr.none)).toBe('Precision–recall, AP 0.429. At the threshold: precision —, recall 0.000.');
    expect(prSummary(ja, 0.429, { precision: null, recall: 0 }, CHART_TEXT.ja.pr.none)).toBe('適合率–再現率：AP 0.429。このしきい値では適合率 —、再現率 0.000。');
  });

  it('formats compact numbers', () => {
    expect([formatCompact(19.0004), formatCompact(0.012345), formatCompact(123456), formatCompact(2e-5), formatCompact(NaN)]).toEqual(['19', '0.0123', '123000', '2.00e-5', '—']);
  });
});
