import { describe, expect, it } from 'vitest';
import type { MetricModelResult } from '../../core/pipeline/metric-learning-types';
import { lossAccuracyFigure, projectionFigure } from './figures';

const model = (seed: number): MetricModelResult =>
  ({ seed, loss: [2.1, 1.4], accuracy: [0.55, 0.8], alpha: 16, embeddingSpread: 0.4, collapsed: false, epochsRun: 2, secondsPerEpoch: 3 }) as unknown as MetricModelResult;
const W = { title: 'Loss and accuracy', epoch: 'epoch', loss: 'loss', accuracy: 'accuracy', model: (i: number) => `model ${i + 1}` };

describe('lossAccuracyFigure', () => {
  it('draws each model’s loss (left) and accuracy (right, dotted) per 1-based epoch', () => {
    const fig = lossAccuracyFigure([model(0), model(1)], W);
    expect(fig.data.map((d) => d.name)).toEqual(['model 1 · loss', 'model 1 · accuracy', 'model 2 · loss', 'model 2 · accuracy']);
    expect(fig.data[1]).toMatchObject({ x: [1, 2], y: [0.55, 0.8], yaxis: 'y2', line: { dash: 'dot' } });
  });

  it('gives the right axis room for its title, and puts the legend below the axis title, a row per model', () => {
    const { layout } = lossAccuracyFigure([model(0), model(1), model(2)], W);
    expect(layout.yaxis2).toMatchObject({ side: 'right', automargin: true, title: { text: 'accuracy' } });
    expect(layout.legend).toMatchObject({ yref: 'container', y: 0, yanchor: 'bottom' });
    expect(layout.margin).toEqual({ b: 56 + 3 * 22 });
  });
});

describe('projectionFigure', () => {
  it('draws one trace per group and puts the legend below the axis title, with room for two rows', () => {
    const p = { x: new Float32Array([0, 1, 2]), y: new Float32Array([1, 0, 2]), group: ['normal-train', 'test-normal', 'test-anomaly'] as const, index: new Int32Array([0, 1, 2]), explained: [0.284, 0.12] as [number, number] };
    const groups = { 'normal-train': 'normal (training)', reference: 'reference', 'test-normal': 'test normal', 'test-anomaly': 'test anomaly' };
    const fig = projectionFigure({ ...p, group: [...p.group] }, { title: 'Embeddings', axis: (i, share) => `PC ${i} (${Math.round(share * 1000) / 10} %)`, groups });
    expect(fig.data.map((d) => d.name)).toEqual(['normal (training)', 'reference', 'test normal', 'test anomaly']);
    expect(fig.layout.xaxis?.title?.text).toBe('PC 1 (28.4 %)');
    expect(fig.layout.legend).toMatchObject({ yref: 'container', y: 0, yanchor: 'bottom' });
    expect(fig.layout.margin).toEqual({ b: 56 + 2 * 22 });
  });
});
