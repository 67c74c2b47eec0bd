import { binaryStats } from '../../core/metrics/binary-stats';
import { countsAt } from '../../core/metrics/threshold-sweep';
import type { ScoreSet } from '../../core/pipeline/metric-learning-types';
import { summariseScores, type ScoreSummary } from '../../notebook/labelled-scores';
import type { MetricResult, MetricState, ScoreSource } from './state';

/** The score set a view shows: LOF or kNN of the ensemble (model null) or of one model, or kNN on raw pixels. */
export function scoreSet(r: MetricResult, source: ScoreSource, model: number | null): ScoreSet {
  if (source === 'raw-knn') return r.rawKnn;
  const m = model === null ? null : r.models[model];
  if (m) return source === 'lof' ? m.lof : m.knn;
  return source === 'lof' ? r.ensemble.lof : r.ensemble.knn;
}

const cache = new WeakMap<ScoreSet, ScoreSummary>();

/** Groups, range, sweep and ROC of a score set over the result's labels (cached per set). */
export function summaryOf(r: MetricResult, set: ScoreSet): ScoreSummary {
  let s = cache.get(set);
  if (!s) {
    s = summariseScores(set.scores, r.testLabels);
    cache.set(set, s);
  }
  return s;
}

/** The view's threshold kept within the scores' range; the job's validation-quantile threshold for the ensemble LOF, else the normals' 95th percentile. */
export function viewThreshold(s: ScoreSummary, stored: number | null, fallback: number): number {
  const raw = stored ?? fallback;
  return Number.isFinite(raw) ? Math.min(s.max, Math.max(s.min, raw)) : s.max;
}

/** The 95th percentile of the test normals' scores (a default threshold that needs no anomaly). */
export function normalP95(s: ScoreSummary): number {
  const sorted = Float32Array.from(s.normal).sort();
  return sorted.length > 0 ? sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] : Number.NaN;
}

/**
 * What the Scores cell shows for `view` (and the scores CSV flags with): the
 * score set, its summary, the default threshold (the job's validation-quantile
 * one for the ensemble LOF, else the normals' 95th percentile) and the
 * threshold in use, the chosen one or the default, kept within the scores' range.
 */
export function viewedScores(r: MetricResult, view: Pick<MetricState['view'], 'source' | 'model' | 'threshold'>) {
  const set = scoreSet(r, view.source, view.model);
  const summary = summaryOf(r, set);
  const fallback = view.source === 'lof' && view.model === null ? r.threshold : normalP95(summary);
  return { set, summary, fallback, threshold: viewThreshold(summary, view.threshold, fallback) };
}

/** TPR, TNR and their sum at a threshold (flagged when score ≥ threshold). */
export function ratesAt(s: ScoreSummary, threshold: number) {
  const st = binaryStats(countsAt(s.sweep, threshold), 'anomaly');
  return { tpr: st.tpr, tnr: st.tnr, sum: st.tprPlusTnr, fpr: 1 - st.tnr };
}

/** Whether any model of the result collapsed (its embeddings all point the same way). */
export function anyCollapsed(s: Pick<MetricState, 'result'>): boolean {
  return s.result?.models.some((m) => m.collapsed) ?? false;
}
