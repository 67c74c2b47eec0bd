import { DenseLayerTable } from '../../../notebook/layer-table';
import { ModelCellBody } from '../../../notebook/lesson-cells';
import type { EpochEstimate } from '../../../notebook/speed-memory';
import { useFlopEstimate, useSpeedEstimate } from '../../../notebook/use-estimate';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS, type DenseAeParams } from '../params';
import { aroundSpeed, flopSpeed, scoredImages, scoringFlops, trainFlopsPerEpoch } from '../speed';
import { useText } from '../text';

/** Expected training images: what is loaded, else MNIST-1's 90 % or the cap. */
export function expectedTrain(p: DenseAeParams, loaded: number | null): number {
  if (loaded !== null) return loaded;
  const guess = Math.round(6742 * 0.9 * p.normal.length);
  return p.maxTrain > 0 ? Math.min(p.maxTrain, guess) : guess;
}

/** Seconds per epoch with the current settings and data, and as `extraSeconds` the run's time around the epochs (building, scoring), on the current backend. */
export function useEstimate(): EpochEstimate {
  const p = useLesson((s) => s.params);
  const counts = useLesson((s) => s.data.split?.counts ?? null);
  const config = modelConfig(p);
  const epoch = useFlopEstimate(flopSpeed, trainFlopsPerEpoch(config, expectedTrain(p, counts?.train ?? null)));
  const around = useSpeedEstimate(aroundSpeed, scoringFlops(config, scoredImages(p, counts)));
  return { ...epoch, extraSeconds: around.seconds };
}

/** Cell 2: architecture and optimisation settings, the layer table and an estimated duration. */
export function ModelCell() {
  const t = useText();
  const { field } = useFields();
  const p = useLesson((s) => s.params);
  const names = ['hidden', 'latent', 'loss', 'lr', 'batch', 'epochs', 'patience'] as const;
  return (
    <ModelCellBody text={t} presets={PRESETS} onPick={actions.setParams} names={names} field={field} estimate={useEstimate()} epochs={p.epochs}>
      <DenseLayerTable config={modelConfig(p)} text={t} />
    </ModelCellBody>
  );
}
