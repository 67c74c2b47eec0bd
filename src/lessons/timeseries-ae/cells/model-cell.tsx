import { label as backendLabel, type BackendName } from '../../../core/backend/backend-choice';
import { layerTable, parameterCount } from '../../../core/model/dense-ae-architecture';
import { formatDuration } from '../../../notebook/format-duration';
import { NumberField } from '../../../notebook/number-field';
import { useBackendReport } from '../../../stores/backend-store';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { PRESETS, type NumberParam, type TimeseriesParams } from '../params';
import { estimateEpochSeconds, readBatchSpeeds } from '../speed';
import { expectedTrainCount } from '../store';
import { useText } from '../text';

/** Cell 3: the autoencoder L → hidden → latent → hidden → L, its output activation, what it trains on and how. */
export function ModelCell() {
  const t = useText();
  const lang = useLang();
  const p = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const report = useBackendReport();
  const cross = actions.problems();
  const L = data.source === 'csv' && data.set ? data.set.L : p.spec.length;
  const config = modelConfig(p, L);
  const nTrain = expectedTrainCount(p, { data });
  const est = estimateEpochSeconds(nTrain, p.batch, readBatchSpeeds(), report?.backend ?? null);
  const field = (name: NumberParam, label: string, step: number | 'any' = 1) => (
    <NumberField name={name} label={label} value={p[name]} draft={drafts[name]} crossError={cross[name]} step={step} onChange={(v) => actions.setNumber(name, v)} />
  );
  return (
    <div className="nb-cell-body">
      <div className="nb-preset-row" role="group" aria-label={t.presets}>
        <span className="nb-preset-row__label">{t.presets}</span>
        {PRESETS.map((preset) => (
          <button key={preset.id} type="button" className="btn btn--small" data-testid={`preset-${preset.id}`} onClick={() => actions.setParams(preset.params)}>
            {preset.label[lang]}
          </button>
        ))}
      </div>
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
      <table className="nb-layer-table" data-testid="layer-table">
        <thead>
          <tr>
            <th>{t.layer}</th>
            <th>{t.shape}</th>
            <th>{t.activation}</th>
            <th className="nb-num">{t.params}</th>
          </tr>
        </thead>
        <tbody>
          {layerTable(config).map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>
                {r.inputs} → {r.outputs}
              </td>
              <td>{r.activation}</td>
              <td className="nb-num">{r.params.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>{t.total}</td>
            <td className="nb-num" data-testid="param-count">
              {parameterCount(config).toLocaleString('en-US')}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="nb-estimate" data-testid="estimate">
        ≈ {t.estimateNote(formatDuration(est.seconds * p.epochs), p.epochs, backendLabel(est.basis as BackendName) ?? est.basis)} ({formatDuration(est.seconds)} / {t.epoch})
      </p>
    </div>
  );
}
