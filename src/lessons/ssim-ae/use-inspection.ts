import { useMemo } from 'react';
import type { KindTable } from '../../core/inspection/kind-table';
import type { ConvAeLoss } from '../../core/model/conv-ae';
import { scoredModels, tableOfScored, type ScoredModels } from './derived';
import { useLesson } from './instance';
import type { MapScoring, SsimAeResults } from './state';

/** A result's scored maps and their inspection table. */
export interface Inspection {
  scored: ScoredModels;
  table: KindTable<ConvAeLoss> | null;
}

/** One scoring and table per result and scoring, shared by every cell that shows them (computed once, not once per cell). */
const cache = new WeakMap<SsimAeResults, Map<MapScoring, Inspection>>();

/** The maps of `result` under `scoring` and their table, computed once per pair (the cells and the runs layer share them). */
export function inspectionOf(result: SsimAeResults, scoring: MapScoring): Inspection {
  let byScoring = cache.get(result);
  if (!byScoring) cache.set(result, (byScoring = new Map()));
  let hit = byScoring.get(scoring);
  if (!hit) {
    const scored = scoredModels(result.data, result, scoring);
    hit = { scored, table: tableOfScored(result.data, scored) };
    byScoring.set(scoring, hit);
  }
  return hit;
}

/** The current result's maps under the chosen scoring, their inspection table, and the crops they were computed on. */
export function useInspection() {
  const result = useLesson((s) => s.result);
  const scoring = useLesson((s) => s.view.scoring);
  const data = result?.data ?? null;
  const inspection = useMemo(() => (result ? inspectionOf(result, scoring) : null), [result, scoring]);
  return { data, result, table: inspection?.table ?? null, scored: inspection?.scored ?? null, scoring };
}
