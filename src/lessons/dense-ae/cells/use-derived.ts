import { useMemo } from 'react';
import { countsAt } from '../../../core/metrics/threshold-sweep';
import { clampThreshold } from '../../../notebook/runs/adapter-helpers';
import { derive, type Derived } from '../derived';
import { actions, useLesson } from '../instance';
import type { DenseAeResult } from '../state';
import { useText } from '../text';

/** The current result and its derived metrics for the chosen score kind (cached per result and kind). */
export function useDerived(): { result: DenseAeResult | null; d: Derived | null } {
  const result = useLesson((s) => s.result);
  const kind = useLesson((s) => s.view.scoreKind);
  const d = useMemo(() => (result ? derive(result, kind) : null), [result, kind]);
  return { result, d };
}

/**
 * The result cells' one threshold: the chosen one (else the best F1, normal
 * positive) kept within the scores, its confusion counts, the slider's marks
 * and its setter. Null before a result.
 */
export function useOperatingPoint() {
  const t = useText();
  const stored = useLesson((s) => s.view.threshold);
  const { d } = useDerived();
  if (!d) return null;
  const threshold = clampThreshold(stored ?? d.bestNormal.threshold, d.min, d.max);
  // A best F1 that flags nothing (+∞) is marked at the top of the slider, where the threshold then sits.
  const marks = [
    { value: d.bestNormal.threshold, label: t.marks.bestNormal },
    { value: d.bestAnomaly.threshold, label: t.marks.bestAnomaly },
    { value: d.p99, label: t.marks.p99 },
  ].filter((m) => !Number.isNaN(m.value));
  return { d, threshold, counts: countsAt(d.sweep, threshold), marks, set: (v: number) => actions.setView({ threshold: v }) };
}
