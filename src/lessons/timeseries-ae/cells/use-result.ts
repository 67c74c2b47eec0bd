import { useMemo } from 'react';
import { twoSidedCounts, type TwoSidedCounts } from '../../../core/timeseries/two-sided';
import { resolveThresholds, summarizeErrors, type ErrorSummary } from '../derived';
import { useLesson } from '../instance';
import type { TimeseriesResult } from '../state';

/** The current result, its error summary, the thresholds in force and the region counts. */
export function useResult(): { result: TimeseriesResult; summary: ErrorSummary; low: number; high: number; counts: TwoSidedCounts } | null {
  const result = useLesson((s) => s.result);
  const low = useLesson((s) => s.view.low);
  const high = useLesson((s) => s.view.high);
  return useMemo(() => {
    if (!result) return null;
    const summary = summarizeErrors(result);
    const th = resolveThresholds({ low, high }, summary);
    const counts = twoSidedCounts(result.mse, result.set.group, result.set.groupNames.length, th.low, th.high);
    return { result, summary, ...th, counts };
  }, [result, low, high]);
}
