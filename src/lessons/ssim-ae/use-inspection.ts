import { useMemo } from 'react';
import { inspectionTable } from './derived';
import { useLesson } from './instance';

/** The inspection table of the current result (memoised on the data and the result). */
export function useInspection() {
  const data = useLesson((s) => s.data.dataset);
  const result = useLesson((s) => s.result);
  const table = useMemo(() => (data && result ? inspectionTable(data, result) : null), [data, result]);
  return { data, result, table };
}
