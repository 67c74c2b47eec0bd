import type { MetricModelResult, ProjectionGroup, ScoreSet } from '../../core/pipeline/metric-learning-types';
import { rocAuc } from '../../core/metrics/roc';
import { doneTraining } from '../fake-results';
import { splitView } from './data';
import { dataKey, trainKey } from './keys';
import type { MetricState } from './state';
import { IDLE_METRIC_TRAINING } from './store';

const PX = 784;
const images = (n: number, seed: number) => Float32Array.from({ length: n * PX }, (_, i) => ((i * 7919 + seed * 104729) % 1000) / 1000);
const LABELS = Uint8Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : 1));

function scores(gain: number, shift: number): ScoreSet {
  const s = Float32Array.from({ length: 20 }, (_, i) => 1 + 0.05 * ((i * 7 + shift) % 10) + (i >= 10 ? gain : 0));
  return { scores: s, auc: rocAuc(s, LABELS) };
}

function model(i: number, collapsed: boolean): MetricModelResult {
  return {
    seed: i,
    lof: scores(0.2 + 0.1 * i, i),
    knn: scores(0.3, i + 3),
    loss: [1.2, 0.8],
    accuracy: [0.7, 0.85],
    alpha: 16,
    embeddingSpread: collapsed ? 0.00005 : 0.4,
    collapsed,
    epochsRun: 2,
    secondsPerEpoch: 1.25,
  };
}

/**
 * The metric-learning lesson after a tiny fake run: 4 training normals and 2
 * reference images, 2 validation normals, 10 test normals then 10 anomalies,
 * three models of which the third collapsed. For the Japanese-render test.
 */
export function fakeMetricRun(s: MetricState): Partial<MetricState> {
  const data = { size: 28, trainX: images(6, 1), trainClasses: Int32Array.from([0, 0, 0, 0, 1, 2]), classNames: ['7', '0', '1'], validation: images(2, 2), testX: images(20, 3), testLabels: LABELS };
  const groups: ProjectionGroup[] = ['normal-train', 'normal-train', 'reference', 'reference', 'test-normal', 'test-normal', 'test-anomaly', 'test-anomaly'];
  const models = [model(0, false), model(1, false), model(2, true)];
  return {
    data: { status: 'ready', error: null, key: dataKey(s.params), data, split: splitView(data, Array(10).fill(7), Array(10).fill(9)), referenceCounts: [1, 1] },
    training: { ...IDLE_METRIC_TRAINING, ...doneTraining(), models: 3, model: 2, phase: 'ensemble', accuracy: [0.7, 0.85] },
    result: {
      key: trainKey(s.params),
      data,
      folder: null,
      backbone: null,
      models,
      ensemble: { lof: scores(0.35, 2), knn: scores(0.4, 5) },
      rawKnn: scores(0.25, 1),
      testLabels: LABELS,
      threshold: 1.3,
      tpr: 0.8,
      tnr: 0.9,
      projection: {
        x: Float32Array.from(groups, (_, i) => Math.cos(i)),
        y: Float32Array.from(groups, (_, i) => Math.sin(i)),
        group: groups,
        index: Int32Array.from([0, 1, 4, 5, 0, 1, 10, 11]),
        explained: [0.4, 0.2],
      },
      secondsPerEpoch: 1.25,
      epochs: 2,
      backend: 'wasm',
    },
    view: { ...s.view, picked: 6 },
  };
}
