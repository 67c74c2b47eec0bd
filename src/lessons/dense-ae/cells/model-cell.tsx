import type { DenseAeConfig } from '../../../core/model/dense-ae-architecture';
import type { ReconstructionLoss } from '../../../core/model/losses';
import { EpochEstimate } from '../../../notebook/epoch-estimate';
import { DenseLayerTable } from '../../../notebook/layer-table';
import { paramFieldRenderer } from '../../../notebook/param-fields';
import { PresetRow } from '../../../notebook/preset-row';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useLesson } from '../instance';
import { PRESETS, type DenseAeParams } from '../params';
import { estimateSecondsPerEpoch, readSpeeds, trainFlopsPerEpoch } from '../speed-memory';
import { useText } from '../text';

/** The model a set of lesson settings describes. */
export function modelConfig(p: DenseAeParams): DenseAeConfig {
  return { inputSize: 784, hidden: [p.hidden], latent: p.latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: p.loss };
}

/** Expected training images: what is loaded, else MNIST-1's 90 % or the cap. */
function expectedTrain(p: DenseAeParams, loaded: number | null): number {
  if (loaded !== null) return loaded;
  const guess = Math.round(6742 * 0.9 * p.normal.length);
  return p.maxTrain > 0 ? Math.min(p.maxTrain, guess) : guess;
}

/** Cell 2: architecture and optimisation settings, the layer table and an estimated duration. */
export function ModelCell() {
  const t = useText();
  const p = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const loaded = useLesson((s) => s.data.split?.counts.train ?? null);
  const report = useBackendReport();
  const config = modelConfig(p);
  const nTrain = expectedTrain(p, loaded);
  const est = estimateSecondsPerEpoch(trainFlopsPerEpoch(config, nTrain), readSpeeds(), report?.backend ?? null);
  const field = paramFieldRenderer({ params: p, drafts, problems: actions.problems(), setNumber: actions.setNumber });
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <div className="nb-field-grid">
        {field('hidden', t.hidden)}
        {field('latent', t.latent)}
        <div className="nb-field">
          <label htmlFor="dense-loss">{t.loss}</label>
          <select id="dense-loss" data-testid="param-loss" value={p.loss} onChange={(e) => actions.setParams({ loss: e.target.value as ReconstructionLoss })}>
            <option value="mse">MSE (seed 000)</option>
            <option value="bce">binary cross-entropy (seed 002)</option>
            <option value="l1">L1 (mean absolute error)</option>
          </select>
        </div>
        {field('lr', t.lr, 'any')}
        {field('batch', t.batch)}
        {field('epochs', t.epochs)}
        {field('patience', t.patience)}
      </div>
      <DenseLayerTable config={config} text={t} />
      <EpochEstimate secondsPerEpoch={est.seconds} epochs={p.epochs} basis={est.basis} note={t.estimateNote} epochWord={t.epoch} />
    </div>
  );
}
