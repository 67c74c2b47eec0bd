import { convAeLayers } from '../../../core/model/conv-ae';
import { EpochEstimate } from '../../../notebook/epoch-estimate';
import { LayerTable } from '../../../notebook/layer-table';
import { PresetRow } from '../../../notebook/preset-row';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { lossesOf, modelConfig } from '../model-config';
import { PRESETS } from '../params';
import { batchSpeed } from '../speed';
import { useText } from '../text';

/** Cell 2: the paper's encoder and mirrored decoder at the chosen size and width; losses and training. */
export function ModelCell() {
  const t = useText();
  const { field } = useFields();
  const p = useLesson((s) => s.params);
  const report = useBackendReport();
  const layers = convAeLayers(modelConfig(p, 'ssim'));
  const est = batchSpeed.estimateEpochSeconds(p.trainCount, p.batch, batchSpeed.read(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <div className="nb-field-grid">
        {field('losses')}
        {field('window')}
        {field('width')}
        {field('latent')}
        {field('epochs')}
        {field('batch')}
        {field('lr')}
      </div>
      <LayerTable
        rows={layers.map((l, i) => ({ name: `${i + 1} · ${l.kind} ${l.kernel}×${l.kernel}/${l.stride}`, shape: `${l.outSize}×${l.outSize}×${l.outChannels}`, params: l.params }))}
        text={t}
      />
      <EpochEstimate secondsPerEpoch={est.seconds * lossesOf(p).length} epochs={p.epochs} basis={est.basis} note={t.estimateNote} epochWord={t.epoch} />
    </div>
  );
}
