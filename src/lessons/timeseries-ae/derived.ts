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
  return { min, max, suggestion };
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
