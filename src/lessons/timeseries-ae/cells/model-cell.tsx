import { EpochEstimate } from '../../../notebook/epoch-estimate';
import { DenseLayerTable } from '../../../notebook/layer-table';
import { PresetRow } from '../../../notebook/preset-row';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS } from '../params';
import { batchSpeed } from '../speed';
import { expectedTrainCount } from '../validation';
import { useText } from '../text';

/** Cell 3: the autoencoder L → hidden → latent → hidden → L, its output activation, what it trains on and how. */
export function ModelCell() {
  const t = useText();
  const p = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const report = useBackendReport();
  const { field } = useFields();
  const L = data.source === 'csv' && data.set ? data.set.L : p.spec.length;
  const config = modelConfig(p, L);
  const nTrain = expectedTrainCount(p, { data });
  const est = batchSpeed.estimateEpochSeconds(nTrain, p.batch, batchSpeed.read(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <div className="nb-field-grid">
        {field('hidden')}
        {field('latent')}
        {field('output')}
        {field('pool')}
        {field('valFraction')}
        {field('epochs')}
        {field('batch')}
        {field('lr')}
        {field('seed')}
      </div>
      <DenseLayerTable config={config} text={t} />
      <EpochEstimate secondsPerEpoch={est.seconds} epochs={p.epochs} basis={est.basis} note={t.estimateNote} epochWord={t.epoch} />
    </div>
  );
}
