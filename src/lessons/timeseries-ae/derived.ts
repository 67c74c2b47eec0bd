import { palette } from '../../components/palette';
import type { RocCurve } from '../../core/metrics/roc';
import type { SeriesSet } from '../../core/timeseries/generate-series';
import { expectedTail, groupRoc, type Tail } from '../../core/timeseries/group-roc';
import { suggestThresholds, type SuggestedThresholds } from '../../core/timeseries/two-sided';
import type { OverlayLayer } from '../../components/overlay-draw';
import { layerAlpha } from '../../components/overlay-draw';
import { perResult } from '../../notebook/per-result';
import type { TimeseriesResult, ViewState } from './state';

/** Colour of each generated group (Okabe–Ito); the threshold green is kept for thresholds. */
const GROUP_COLORS: Record<string, string> = {
  normal: palette.normal,
  'low-noise': palette.accent,
  cos: palette.anomaly,
  spike: palette.val,
  'level-shift': palette.train,
  frequency: '#000000',
  dropout: palette.grey,
  unlabelled: palette.normal,
};

export function groupColor(name: string): string {
  return GROUP_COLORS[name] ?? palette.grey;
}

/** Generated data carries ground truth; a CSV does not. */
export function isLabelled(set: Pick<SeriesSet, 'groupNames'>): boolean {
  return set.groupNames[0] === 'normal';
}

/** Rows of each group id. */
export function rowsByGroup(set: Pick<SeriesSet, 'group' | 'groupNames'>): Int32Array[] {
  const lists: number[][] = set.groupNames.map(() => []);
  for (let i = 0; i < set.group.length; i++) lists[set.group[i]].push(i);
  return lists.map((l) => Int32Array.from(l));
}

/**
 * Layers for the overlay plot. Before the reveal every series is the same colour;
 * after it, each group has its own colour with the (small) anomaly groups on top.
 */
export function groupLayers(set: Pick<SeriesSet, 'group' | 'groupNames'>, revealed: boolean): OverlayLayer[] {
  if (!revealed) {
    const all = Int32Array.from({ length: set.group.length }, (_, i) => i);
    return [{ rows: all, color: palette.normal, alpha: layerAlpha(all.length) }];
  }
  return rowsByGroup(set)
    .map((rows, g) => ({ rows, color: groupColor(set.groupNames[g]), alpha: layerAlpha(rows.length) }))
    .filter((l) => l.rows.length > 0);
}

/** Seed 002's viewer: the highlighted rows in vermillion (the seed's red) over every other series in blue. */
export function highlightLayers(n: number, highlighted: Int32Array): OverlayLayer[] {
  const mark = new Uint8Array(n);
  for (const r of highlighted) mark[r] = 1;
  const rest: number[] = [];
  for (let i = 0; i < n; i++) if (!mark[i]) rest.push(i);
  return [
    { rows: Int32Array.from(rest), color: palette.normal, alpha: layerAlpha(rest.length) },
    { rows: highlighted, color: palette.anomaly, alpha: Math.max(0.35, layerAlpha(highlighted.length)) },
  ];
}

/** Per-series errors summarised once per result. */
export interface ErrorSummary {
  min: number;
  max: number;
  /** Label-free starting thresholds (null when the errors cannot support a suggestion). */
  suggestion: SuggestedThresholds | null;
  /** Clear gaps further in than the suggestion looked (`missedGaps`). */
  missed: MissedGap[];
}

/** Min, max and suggested thresholds of a result's errors; cached per result. */
export const summarizeErrors = perResult((result: TimeseriesResult): ErrorSummary => {
  let min = Infinity;
  let max = -Infinity;
  for (const v of result.mse) (min = Math.min(min, v)), (max = Math.max(max, v));
  let suggestion: SuggestedThresholds | null = null;
  try {
    suggestion = suggestThresholds(result.mse);
  } catch {
    suggestion = null;
  }
  return { min, max, suggestion, missed: missedGaps(result.mse) };
});

/** The thresholds in force: the learner's, else the suggestion, else the 1 % / 99 % of the range; always low < high. */
export function resolveThresholds(view: Pick<ViewState, 'low' | 'high'>, s: ErrorSummary): { low: number; high: number } {
  const span = s.max - s.min || 1;
  let low = view.low ?? s.suggestion?.low ?? s.min + 0.01 * span;
  let high = view.high ?? s.suggestion?.high ?? s.max - 0.01 * span;
  if (!(low < high)) {
    if (view.low !== null) high = low * 1.0001 + 1e-9;
    else low = high / 1.0001 - 1e-9;
  }
  return { low, high };
}

/** A log₁₀ range of the threshold sliders. */
export interface LogRange {
  lo: number;
  hi: number;
}

/**
 * The log₁₀ range of the threshold sliders: the errors' range, widened to hold both thresholds in
 * force (a preset such as post 002's 0.1 and 10, or a threshold kept from another run, can lie
 * outside the errors) and any range `kept` from before, so a track never shrinks under a dragged thumb.
 */
export function sliderRange(s: Pick<ErrorSummary, 'min' | 'max'>, low: number, high: number, kept: LogRange | null = null): LogRange {
  const log = (v: number) => Math.log10(Math.max(v, 1e-12));
  return {
    lo: Math.min(log(s.min), log(low), kept?.lo ?? Infinity),
    hi: Math.max(log(s.max), log(high), kept?.hi ?? -Infinity),
  };
}

/** A clear gap in the errors that the suggestion did not look at: where it is (MSE) and the fraction of series beyond it. */
export interface MissedGap {
  side: 'low' | 'high';
  at: number;
  fraction: number;
}

/**
 * Gaps the suggestion (`suggestThresholds`, which looks only in the outer `tail` of the sorted errors)
 * missed: on each side, the widest gap between neighbours (as a factor) within the outer `reach`,
 * when it is at least `minRatio` wide and lies further in than the outer `tail`. Then the anomalies
 * are more than `tail` of the series and the suggested threshold sits among them.
 */
export function missedGaps(errors: ArrayLike<number>, tail = 0.05, reach = 0.25, minRatio = 2): MissedGap[] {
  const n = errors.length;
  if (n < 4) return [];
  const sorted = Float64Array.from(errors).sort();
  if (!(sorted[0] > 0)) return [];
  const outer = (f: number) => Math.max(1, Math.min(Math.floor(n / 2) - 1, Math.ceil(n * f)));
  const k = outer(tail);
  const K = outer(reach);
  const widest = (from: number, to: number): { at: number; ratio: number } => {
    let best = { at: from, ratio: 1 };
    for (let i = from; i < to; i++) if (sorted[i + 1] / sorted[i] > best.ratio) best = { at: i, ratio: sorted[i + 1] / sorted[i] };
    return best;
  };
  const middle = (i: number) => Math.sqrt(sorted[i] * sorted[i + 1]);
  const out: MissedGap[] = [];
  const lo = widest(0, K);
  if (lo.ratio >= minRatio && lo.at >= k) out.push({ side: 'low', at: middle(lo.at), fraction: (lo.at + 1) / n });
  const hi = widest(n - 1 - K, n - 1);
  if (hi.ratio >= minRatio && hi.at < n - 1 - k) out.push({ side: 'high', at: middle(hi.at), fraction: (n - 1 - hi.at) / n });
  return out;
}

/** One anomaly group's ROC against the normals, scored on its expected tail. */
export interface GroupRocRow {
  group: number;
  name: string;
  size: number;
  tail: Tail;
  roc: RocCurve;
}

/** ROC of every anomaly group present (none for unlabelled data); cached per result. */
export const groupRocs = perResult(({ mse, set }: TimeseriesResult): GroupRocRow[] =>
  isLabelled(set)
    ? rowsByGroup(set)
        .map((r, g) => ({ g, size: r.length }))
        .filter(({ g, size }) => g > 0 && size > 0)
        .map(({ g, size }) => {
          const name = set.groupNames[g];
          const tail = expectedTail(name);
          return { group: g, name, size, tail, roc: groupRoc(mse, set.group, g, 0, tail) };
        })
    : [],
);
