import { useLesson } from '../instance';
import { ALL_TRAIN_CROPS, referenceTextures } from '../texture-data';

/** Images one epoch trains on: the loaded ones, else what the settings ask for (all normals counted as 5,400 per class, or all texture crops). */
export function useTrainCount(): number {
  const loaded = useLesson((s) => s.data.data?.trainClasses.length ?? null);
  const p = useLesson((s) => s.params);
  const textures = p.source === 'texture';
  const refs = textures ? referenceTextures(p).length : p.reference.filter((c) => !p.normal.includes(c) && !p.anomaly.includes(c)).length;
  const all = textures ? ALL_TRAIN_CROPS : 5400 * p.normal.length;
  return loaded ?? (p.maxTrain > 0 ? p.maxTrain : all) + refs * p.referencePerClass;
}
