import { useMemo } from 'react';
import { inspectionTable } from './derived';
import { useLesson } from './instance';

/** The inspection table of the current result under the chosen scoring, and the crops it was computed on (memoised on both). */
export function useInspection() {
  const result = useLesson((s) => s.result);
  const scoring = useLesson((s) => s.view.scoring);
  const data = result?.data ?? null;
  const table = useMemo(() => (result ? inspectionTable(result.data, result, scoring) : null), [result, scoring]);
  return { data, result, table, scoring };
}
