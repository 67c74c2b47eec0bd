import type { ChartText } from './chart-text';
import { formatPercent, formatThreshold } from './format';
import { hasLoss } from './figures/loss';

type Words = ChartText['summary'];

/** A threshold or score for a sentence: three significant digits, no trailing zeros ("19", "0.0123"). */
export function formatCompact(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

/** A threshold for a sentence: with `digits` decimals when given (as the slider shows it), else `formatCompact`. */
function formatAt(threshold: number, digits?: number): string {
  return digits === undefined ? formatCompact(threshold) : formatThreshold(threshold, digits);
}

/** "ROC, AUC 0.998. At threshold 19: 97.9% of normals pass, 98.0% of anomalies caught." (`digits`: the threshold's decimals, see `thresholdDigits`.) */
export function rocSummary(words: Words, auc: number, point?: { fpr: number; tpr: number } | null, threshold?: number | null, digits?: number): string {
  const at = point && threshold !== undefined && threshold !== null && Number.isFinite(threshold) ? { threshold: formatAt(threshold, digits), normalsPass: formatPercent(1 - point.fpr), anomaliesCaught: formatPercent(point.tpr) } : null;
  return words.roc(auc.toFixed(3), at);
}

/**
 * "Precision–recall, AP 0.997. At the threshold: precision 0.981, recall 0.980." A null precision
 * (nothing flagged, 0/0) reads as `none` ("—"), not 0.
 */
export function prSummary(words: Words, ap: number, point: { recall: number; precision: number | null } | null | undefined, none: string): string {
  return words.pr(ap.toFixed(3), point ? { precision: point.precision === null ? none : point.precision.toFixed(3), recall: point.recall.toFixed(3) } : null);
}

function countFinite(values: ArrayLike<number>, above: number | null): { n: number; above: number } {
  let n = 0;
  let over = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    n++;
    if (above !== null && v >= above) over++;
  }
  return { n, above: over };
}

/**
 * "Scores of 1,135 normals and 1,009 anomalies. Above threshold 19: 2.1% of normals, 98.0% of anomalies." (≥ counts as above.)
 * `digits`: the threshold's decimals, as the slider and the histogram's line show it (see `thresholdDigits`).
 */
export function histogramSummary(words: Words, normal: ArrayLike<number>, anomaly: ArrayLike<number>, threshold?: number | null, digits?: number): string {
  const th = threshold !== undefined && threshold !== null && Number.isFinite(threshold) ? threshold : null;
  const n = countFinite(normal, th);
  const a = countFinite(anomaly, th);
  const at = th !== null ? { threshold: formatAt(th, digits), normalsAbove: formatPercent(n.n > 0 ? n.above / n.n : null), anomaliesAbove: formatPercent(a.n > 0 ? a.above / a.n : null) } : null;
  return words.histogram({ normal: n.n.toLocaleString('en-US'), anomaly: a.n.toLocaleString('en-US') }, at);
}

/** "Loss after 12 epochs: train 0.0123, validation 0.0131. Best epoch 10." (`bestEpoch` 0-based, null when none; no validation part when `val` has no finite value.) */
export function lossSummary(words: Words, train: ArrayLike<number>, val: ArrayLike<number>, bestEpoch?: number | null): string {
  const last = (a: ArrayLike<number>) => (a.length > 0 ? formatCompact(a[a.length - 1]) : null);
  const best = bestEpoch !== undefined && bestEpoch !== null && bestEpoch >= 0 ? bestEpoch + 1 : null;
  return words.loss(train.length, { train: last(train) ?? '—', validation: hasLoss(val) ? last(val) : null }, best);
}
