import { useMemo } from 'react';
import { derive, type Derived } from '../derived';
import { useLesson } from '../instance';
import type { DenseAeResult } from '../state';

/** The current result and its derived metrics for the chosen score kind (cached per result and kind). */
export function useDerived(): { result: DenseAeResult | null; d: Derived | null } {
  const result = useLesson((s) => s.result);
  const kind = useLesson((s) => s.view.scoreKind);
  const d = useMemo(() => (result ? derive(result, kind) : null), [result, kind]);
  return { result, d };
}
