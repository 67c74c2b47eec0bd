import { DenseLayerTable } from '../../../notebook/layer-table';
import { ModelCellBody } from '../../../notebook/lesson-cells';
import type { EpochEstimate } from '../../../notebook/speed-memory';
import { useBatchEstimate, useSpeedEstimate } from '../../../notebook/use-estimate';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS } from '../params';
import { aroundSpeed, batchSpeed, runValues } from '../speed';
import { expectedTrainCount } from '../validation';
import { useText } from '../text';

/** Seconds per epoch with the current settings and data, and as `extraSeconds` the run's time around the epochs (standardising, building, scoring), on the current backend. */
export function useEstimate(): EpochEstimate {
  const p = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const epoch = useBatchEstimate(batchSpeed, expectedTrainCount(p, { data }), p.batch);
  const around = useSpeedEstimate(aroundSpeed, runValues(p, data));
  return { ...epoch, extraSeconds: around.seconds };
}

/** Cell 3: the autoencoder L → hidden → latent → hidden → L, its output activation, what it trains on and how. */
export function ModelCell() {
  const t = useText();
  const p = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const { field } = useFields();
  const L = data.source === 'csv' && data.set ? data.set.L : p.spec.length;
  const names = ['hidden', 'latent', 'output', 'pool', 'valFraction', 'epochs', 'batch', 'lr', 'seed'] as const;
  return (
    <ModelCellBody text={t} presets={PRESETS} onPick={actions.setParams} names={names} field={field} estimate={useEstimate()} epochs={p.epochs}>
      <DenseLayerTable config={modelConfig(p, L)} text={t} />
    </ModelCellBody>
  );
}
