import { EpochEstimate } from '../../../notebook/epoch-estimate';
import { DenseLayerTable } from '../../../notebook/layer-table';
import { PresetRow } from '../../../notebook/preset-row';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS, type DenseAeParams } from '../params';
import { flopSpeed, trainFlopsPerEpoch } from '../speed';
import { useText } from '../text';

/** Expected training images: what is loaded, else MNIST-1's 90 % or the cap. */
export function expectedTrain(p: DenseAeParams, loaded: number | null): number {
  if (loaded !== null) return loaded;
  const guess = Math.round(6742 * 0.9 * p.normal.length);
  return p.maxTrain > 0 ? Math.min(p.maxTrain, guess) : guess;
}

/** Cell 2: architecture and optimisation settings, the layer table and an estimated duration. */
export function ModelCell() {
  const t = useText();
  const { field } = useFields();
  const p = useLesson((s) => s.params);
  const loaded = useLesson((s) => s.data.split?.counts.train ?? null);
  const report = useBackendReport();
  const config = modelConfig(p);
  const est = flopSpeed.estimateEpochSeconds(trainFlopsPerEpoch(config, expectedTrain(p, loaded)), flopSpeed.read(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <div className="nb-field-grid">
        {field('hidden')}
        {field('latent')}
        {field('loss')}
        {field('lr')}
        {field('batch')}
        {field('epochs')}
        {field('patience')}
      </div>
      <DenseLayerTable config={config} text={t} />
      <EpochEstimate secondsPerEpoch={est.seconds} epochs={p.epochs} basis={est.basis} note={t.estimateNote} epochWord={t.epoch} />
    </div>
  );
}
