import { convAeLayers } from '../../../core/model/conv-ae';
import { LayerTable } from '../../../notebook/layer-table';
import { ModelCellBody } from '../../../notebook/lesson-cells';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS } from '../params';
import { aroundSpeed, flopSpeed, runEpochEstimate } from '../speed';
import { useBackendReport } from '../../../stores/backend-store';
import type { EpochEstimate } from '../../../notebook/speed-memory';
import { useText } from '../text';

/** Seconds per epoch of every model the run trains (SSIM and L2: both), scaled by their FLOPs, on the current backend. */
export function useEstimate(): EpochEstimate {
  const p = useLesson((s) => s.params);
  const backend = useBackendReport()?.backend ?? null;
  return runEpochEstimate(p, { ssim: flopSpeed.ssim.read(), l2: flopSpeed.l2.read() }, backend, aroundSpeed.read());
}

/** Cell 2: the paper's encoder and mirrored decoder at the chosen size and width; losses and training. */
export function ModelCell() {
  const t = useText();
  const { field } = useFields();
  const p = useLesson((s) => s.params);
  const est = useEstimate();
  const layers = convAeLayers(modelConfig(p, 'ssim'));
  const names = ['losses', 'window', 'width', 'latent', 'epochs', 'batch', 'lr'] as const;
  return (
    <ModelCellBody text={t} presets={PRESETS} onPick={actions.setParams} names={names} field={field} estimate={est} epochs={p.epochs}>
      <LayerTable
        rows={layers.map((l, i) => ({ name: `${i + 1} · ${l.kind} ${l.kernel}×${l.kernel}/${l.stride}`, shape: `${l.outSize}×${l.outSize}×${l.outChannels}`, params: l.params }))}
        text={t}
      />
    </ModelCellBody>
  );
}
