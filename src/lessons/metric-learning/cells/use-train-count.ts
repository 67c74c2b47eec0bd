import { useLesson } from '../instance';

/** Images one epoch trains on: the loaded ones, else what the settings ask for (all normals counted as 6,000). */
export function useTrainCount(): number {
  const loaded = useLesson((s) => s.data.data?.trainClasses.length ?? null);
  const p = useLesson((s) => s.params);
  const refs = p.reference.filter((c) => !p.normal.includes(c) && !p.anomaly.includes(c)).length;
  return loaded ?? (p.maxTrain > 0 ? p.maxTrain : 5400 * p.normal.length) + refs * p.referencePerClass;
}
