import type { VarianceModel } from '../../../core/model/patch-vae';
import { patchVaeLayers, type PatchVaeLayerRow } from '../../../core/model/patch-vae-layers';
import { Check } from '../../../notebook/controls';
import { LayerTable, type LayerWords } from '../../../notebook/layer-table';
import { PresetRow } from '../../../notebook/preset-row';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig, PRESETS } from '../params';
import { useText } from '../text';

const VARIANCES: VarianceModel[] = ['pixel', 'floor', 'shared'];

/** The word of each part of the patch VAE. */
const PART_WORD: Record<PatchVaeLayerRow['part'], keyof LayerWords> = { encoder: 'encoder', decoder: 'decoder', 'head-mu': 'headMu', 'head-sigma2': 'headSigma2', 'shared-sigma2': 'sharedSigma2' };

/** "encoder · conv 2×2/2 + BN + ReLU" in the learner's words (a dense layer's kind is a word, a convolution's is notation). */
function layerName(w: LayerWords, r: PatchVaeLayerRow): string {
  const kind = r.kind === 'dense' ? w.dense : r.kind === 'value' ? '' : r.kind;
  return `${w[PART_WORD[r.part]]} · ${kind ? `${kind} ` : ''}${r.detail}`;
}

/** Cell 3: latent size, optimisation, β, and the variance model; the layer table. */
export function ModelCell() {
  const t = useText();
  const p = useLesson((s) => s.params);
  const { field } = useFields();
  const rows = p.patchSize % 4 === 0 ? patchVaeLayers(modelConfig(p)) : [];
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <fieldset className="nb-digit-picker" data-testid="variance-model">
        <legend>{t.variance}</legend>
        {VARIANCES.map((v) => (
          <Check key={v} radio="pvae-variance" testId={`variance-${v}`} checked={p.variance === v} onChange={() => actions.setParams({ variance: v })} label={t.varianceKinds[v]} />
        ))}
        <p className="nb-muted nb-small">{t.varianceHelp[p.variance]}</p>
        {p.variance === 'floor' ? (
          <div className="nb-field-row">
            <label className="nb-field">
              <span className="nb-field__label">
                {t.floor}
                {t.colon}
                {p.floor}
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
            {field('floor')}
          </div>
        ) : null}
      </fieldset>
      <div className="nb-field-grid">
        {field('latent')}
        {field('beta')}
        {field('lr')}
        {field('batch')}
        {field('epochs')}
      </div>
      <LayerTable rows={rows.map((r) => ({ name: layerName(t.layerWords, r), shape: r.output, params: r.params }))} text={t} />
    </div>
  );
}
