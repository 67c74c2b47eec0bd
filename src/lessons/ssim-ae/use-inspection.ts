import { useMemo } from 'react';
import { inspectionTable } from './derived';
import { useLesson } from './instance';

/** The inspection table of the current result and the crops it was computed on (memoised on the result). */
export function useInspection() {
  const result = useLesson((s) => s.result);
  const data = result?.data ?? null;
  const table = useMemo(() => (result ? inspectionTable(result.data, result) : null), [result]);
  return { data, result, table };
}
