import { LayerTable } from '../../../notebook/layer-table';
import { ModelCellBody } from '../../../notebook/lesson-cells';
import { aeLayers } from '../derived';
import type { EpochEstimate } from '../../../notebook/speed-memory';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { PRESETS } from '../params';
import { folderInUse } from '../folder-action';
import { aroundSpeed, batchSpeed, runFaces } from '../speed';
import { useText } from '../text';

const FIELDS = ['k', 'latent', 'depth', 'width', 'epochs', 'batch', 'lr', 'seed'] as const;

/** Estimated seconds per AE epoch with the current settings, the run's time around the epochs (`extraSeconds`: PCA, scoring), and the backend it is based on. */
export function useEstimate(): EpochEstimate {
  const backend = useBackendReport()?.backend ?? null;
  const p = useLesson((s) => s.params);
  const folderFaces = useLesson((s) => (folderInUse(s) ? s.data.faces : null));
  const epoch = batchSpeed.estimateEpochSeconds(p.trainCount, p.batch, batchSpeed.read(), backend);
  return { ...epoch, extraSeconds: aroundSpeed.estimate(runFaces(p, folderFaces), aroundSpeed.read(), backend).seconds };
}

/** Cell 5: PCA's k and the conv AE's latent size, depth, width and training, with presets and a time estimate. */
export function ModelCell() {
  const t = useText();
  const { field } = useFields();
  const p = useLesson((s) => s.params);
  return (
    <ModelCellBody text={t} presets={PRESETS} onPick={actions.setParams} names={FIELDS} field={field} estimate={useEstimate()} epochs={p.epochs}>
      <LayerTable rows={aeLayers(p).map((l, i) => ({ name: `${i + 1} · ${l.kind} ${l.kernel}×${l.kernel}/${l.stride}`, shape: `${l.outSize}×${l.outSize}×${l.outChannels}`, params: l.params }))} text={t} />
    </ModelCellBody>
  );
}
