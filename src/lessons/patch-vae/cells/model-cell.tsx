import type { VarianceModel } from '../../../core/model/patch-vae';
import { patchVaeLayers } from '../../../core/model/patch-vae-layers';
import { NumberField } from '../../../notebook/number-field';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import { PRESETS, type NumberParam, type PatchVaeParams } from '../params';
import { useText } from '../text';

const VARIANCES: VarianceModel[] = ['pixel', 'floor', 'shared'];

/** The model config a set of lesson settings describes (the seed's 16 channels). */
export function modelConfig(p: PatchVaeParams) {
  return { patchSize: p.patchSize, latent: p.latent, channels: 16, variance: p.variance, varianceFloor: p.floor, beta: p.beta };
}

/** Cell 3: latent size, optimisation, β, and the variance model; the layer table. */
export function ModelCell() {
  const t = useText();
  const lang = useLang();
  const p = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const cross = actions.problems();
  const field = (name: NumberParam, label: string, step: number | 'any' = 1) => (
    <NumberField name={name} label={label} value={p[name]} draft={drafts[name]} crossError={cross[name]} step={step} onChange={(v) => actions.setNumber(name, v)} />
  );
  const rows = p.patchSize % 4 === 0 ? patchVaeLayers(modelConfig(p)) : [];
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
      <fieldset className="nb-digit-picker" data-testid="variance-model">
        <legend>{t.variance}</legend>
        {VARIANCES.map((v) => (
          <label key={v} className="nb-check">
            <input type="radio" name="pvae-variance" data-testid={`variance-${v}`} checked={p.variance === v} onChange={() => actions.setParams({ variance: v })} />{' '}
            {t.varianceKinds[v]}
          </label>
        ))}
        <p className="nb-muted nb-small">{t.varianceHelp[p.variance]}</p>
        {p.variance === 'floor' ? (
          <div className="nb-field-row">
            <label className="nb-field">
              <span>
                {t.floor}: {p.floor}
              </span>
              <input
                type="range"
                data-testid="floor-slider"
                min={-4}
                max={-1}
                step={0.25}
                value={Math.log10(p.floor)}
                onChange={(e) => actions.setParams({ floor: Number((10 ** Number(e.target.value)).toPrecision(2)) })}
              />
            </label>
            {field('floor', t.floor, 'any')}
          </div>
        ) : null}
      </fieldset>
      <div className="nb-field-grid">
        {field('latent', t.latent)}
        {field('beta', t.beta, 'any')}
        {field('lr', t.lr, 'any')}
        {field('batch', t.batch)}
        {field('epochs', t.epochs)}
      </div>
      <table className="nb-layer-table" data-testid="layer-table">
        <thead>
          <tr>
            <th>{t.layer}</th>
            <th>{t.shape}</th>
            <th className="nb-num">{t.params}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.name}</td>
              <td>{r.output}</td>
              <td className="nb-num">{r.params.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{t.total}</td>
            <td className="nb-num" data-testid="param-count">
              {rows.reduce((s, r) => s + r.params, 0).toLocaleString('en-US')}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
