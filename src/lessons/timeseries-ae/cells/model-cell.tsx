import { EpochEstimate } from '../../../notebook/epoch-estimate';
import { DenseLayerTable } from '../../../notebook/layer-table';
import { paramFieldRenderer } from '../../../notebook/param-fields';
import { PresetRow } from '../../../notebook/preset-row';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS, type TimeseriesParams } from '../params';
import { batchSpeed } from '../speed';
import { expectedTrainCount } from '../store';
import { useText } from '../text';

/** Cell 3: the autoencoder L → hidden → latent → hidden → L, its output activation, what it trains on and how. */
export function ModelCell() {
  const t = useText();
  const p = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const report = useBackendReport();
  const cross = actions.problems();
  const L = data.source === 'csv' && data.set ? data.set.L : p.spec.length;
  const config = modelConfig(p, L);
  const nTrain = expectedTrainCount(p, { data });
  const est = batchSpeed.estimateEpochSeconds(nTrain, p.batch, batchSpeed.read(), report?.backend ?? null);
  const field = paramFieldRenderer({ params: p, drafts, problems: cross, setNumber: actions.setNumber });
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <div className="nb-field-grid">
        {field('hidden', t.hidden)}
        {field('latent', t.latent)}
        <div className="nb-field">
          <label htmlFor="ts-output">{t.output}</label>
          <select id="ts-output" data-testid="param-output" value={p.output} onChange={(e) => actions.setParams({ output: e.target.value as TimeseriesParams['output'] })}>
            <option value="sigmoid">{t.outputs.sigmoid}</option>
            <option value="linear">{t.outputs.linear}</option>
          </select>
        </div>
        <div className={`nb-field${cross.pool ? ' nb-field--error' : ''}`}>
          <label htmlFor="ts-pool">{t.pool}</label>
          <select id="ts-pool" data-testid="param-pool" value={p.pool} onChange={(e) => actions.setParams({ pool: e.target.value as TimeseriesParams['pool'] })}>
            <option value="all">{t.pools.all}</option>
            <option value="clean">{t.pools.clean}</option>
          </select>
          {cross.pool ? (
            <span className="nb-field__error" role="alert" data-testid="param-error-pool">
              {cross.pool}
            </span>
          ) : null}
        </div>
        {field('valFraction', t.valFraction, 'any')}
        {field('epochs', t.epochs)}
        {field('batch', t.batch)}
        {field('lr', t.lr, 'any')}
        {field('seed', t.seed)}
      </div>
      <DenseLayerTable config={config} text={t} />
      <EpochEstimate secondsPerEpoch={est.seconds} epochs={p.epochs} basis={est.basis} note={t.estimateNote} epochWord={t.epoch} />
    </div>
  );
}
