import { bestF1, type BestF1 } from '../../core/metrics/best-f1';
import { prCurve, type PrCurve } from '../../core/metrics/pr';
import { quantile } from '../../core/metrics/quantile';
import type { ScoreKind } from '../../core/score/reconstruction-scores';
import { summariseScores, type ScoreSummary } from '../../notebook/labelled-scores';
import { perResultAndKey } from '../../notebook/per-result';
import type { DenseAeResult } from './state';

/** Everything the result cells show for one score kind, computed once per (result, kind). */
export interface Derived extends ScoreSummary {
  pr: PrCurve;
  bestNormal: BestF1;
  bestAnomaly: BestF1;
  /** 99th percentile of the validation normals' scores: a threshold that needs no anomaly labels. */
  p99: number;
}

/** Derived metrics of a result for a score kind; cached, so a slider drag never recomputes them. */
export const derive = perResultAndKey((result: DenseAeResult, kind: ScoreKind): Derived => {
  const scores = result.test[kind];
  const labels = result.labels;
  const val = result.val[kind];
  return {
    ...summariseScores(scores, labels),
    pr: prCurve(scores, labels),
    bestNormal: bestF1(scores, labels, 'normal'),
    bestAnomaly: bestF1(scores, labels, 'anomaly'),
    p99: val.length > 0 ? quantile(val, 0.99) : NaN,
  };
});

/** Test-sample indices for the reconstruction grid under a filter, most telling first. */
export function gridIndices(
  result: DenseAeResult,
  kind: ScoreKind,
  filter: 'normals' | 'anomalies' | 'hardest-normals' | 'hidden-anomalies',
  count: number,
): number[] {
  const scores = result.test[kind];
  const want = filter === 'normals' || filter === 'hardest-normals' ? 0 : 1;
  const idx: number[] = [];
  for (let i = 0; i < result.labels.length; i++) if (result.labels[i] === want) idx.push(i);
  if (filter === 'hardest-normals') idx.sort((x, y) => scores[y] - scores[x]);
  if (filter === 'hidden-anomalies') idx.sort((x, y) => scores[x] - scores[y]);
  return idx.slice(0, count);
}
