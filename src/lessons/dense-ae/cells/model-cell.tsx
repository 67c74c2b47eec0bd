import { label as backendLabel, type BackendName } from '../../../core/backend/backend-choice';
import { layerTable, parameterCount, type DenseAeConfig } from '../../../core/model/dense-ae-architecture';
import type { ReconstructionLoss } from '../../../core/model/losses';
import { formatDuration } from '../../../notebook/format-duration';
import { NumberField } from '../../../notebook/number-field';
import { useBackendReport } from '../../../stores/backend-store';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import { PRESETS, type DenseAeParams, type NumberParam } from '../params';
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
  const lang = useLang();
  const p = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const loaded = useLesson((s) => s.data.split?.counts.train ?? null);
  const report = useBackendReport();
  const cross = actions.problems();
  const config = modelConfig(p);
  const rows = layerTable(config);
  const nTrain = expectedTrain(p, loaded);
  const est = estimateSecondsPerEpoch(trainFlopsPerEpoch(config, nTrain), readSpeeds(), report?.backend ?? null);
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
          {rows.map((r) => (
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
        ≈ {t.estimateNote(formatDuration(est.seconds * p.epochs), p.epochs, backendLabel(est.basis as BackendName) ?? est.basis)} (
        {formatDuration(est.seconds)} / {t.epoch})
      </p>
    </div>
  );
}
