import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { segmentMask } from '../../../core/inspection/area-protocol';
import type { ConvAeLoss } from '../../../core/model/conv-ae';
import { useChartText } from '../../../i18n/chart-text';
import { useLang } from '../../../stores/settings-store';
import { splitRows } from '../derived';
import { actions, useLesson } from '../instance';
import { MAPS_PAGE as PAGE, mapsOffset, mapsPageStart } from '../maps-page';
import { useText } from '../text';
import { useInspection } from '../use-inspection';
import { ScoringChoice } from './scoring-choice';
import '../ssim-ae.css';

/** Cell 4: for each test crop, its reconstruction, both residual maps, the ground truth and the segmentation at a threshold; it opens on the first defective crops. */
export function MapsCell() {
  const t = useText();
  const c = useChartText();
  const lang = useLang();
  const view = useLesson((s) => s.view);
  const { data, result, table, scored: scoredAll, scoring } = useInspection();
  const models = result ? (Object.keys(result.models) as ConvAeLoss[]) : [];
  const method = models.includes(view.method) ? view.method : models[0];
  const model = method ? result?.models[method] : undefined;
  const rule = method && table ? table.overall[method].rule : null;
  const threshold = (method && view.threshold[method]) ?? rule?.threshold ?? 0;
  const scored = (method && scoredAll?.[method]?.test) ?? null;
  const maxMap = useMemo(() => (scored ? scored.reduce((a, b) => (b > a ? b : a), 0) : 0), [scored]);
  const columns = useMemo(() => {
    if (!data || !model || !scored) return [];
    const area = data.size * data.size;
    const n = data.labels.length;
    const map = splitRows(scored, area);
    const rec = splitRows(model.reconstructions, area);
    const l2 = splitRows(model.test.l2, area);
    const ssim = splitRows(model.test.ssim, area);
    const input = splitRows(data.test, area);
    const masks = splitRows(data.masks, area);
    const from = mapsPageStart(view.offset, data.labels);
    return Array.from({ length: Math.min(PAGE, n) }, (_, k) => {
      const i = from + k;
      const kind = data.kinds[i] < 0 ? t.normal : (t.kinds[data.kindNames[data.kinds[i]]] ?? data.kindNames[data.kinds[i]]);
      return { id: i, title: kind, images: [input[i], rec[i], l2[i], ssim[i], Float32Array.from(masks[i]), Float32Array.from(segmentMask(map[i], threshold))] };
    });
  }, [data, model, scored, view.offset, threshold, t]);
  if (!data || !model || !method || !rule || !scored) return <p className="nb-muted">{t.noResult}</p>;
  const n = data.labels.length;
  const from = mapsPageStart(view.offset, data.labels);
  const folder = data.source === 'mvtec';
  return (
    <div className="nb-cell-body">
      <div className="nb-cell-actions" role="group" aria-label={t.mapOf}>
        <span>{t.mapOf}</span>
        {models.map((m) => (
          <button key={m} type="button" className="btn btn--small" aria-pressed={m === method} data-testid={`maps-method-${m}`} onClick={() => actions.setView({ method: m })}>
            {t.method[m]} {t.model}
          </button>
        ))}
        <button type="button" className="btn btn--small" data-testid="maps-prev" disabled={from === 0} onClick={() => actions.setView({ offset: mapsOffset(Math.max(0, from - PAGE), data.labels) })}>
          {t.previous}
        </button>
        <span data-testid="maps-range">{(folder ? t.cropsFolder : t.crops)(from + 1, Math.min(n, from + PAGE), n)}</span>
        <button type="button" className="btn btn--small" data-testid="maps-next" disabled={from + PAGE >= n} onClick={() => actions.setView({ offset: mapsOffset(from + PAGE, data.labels) })}>
          {t.next}
        </button>
      </div>
      <ScoringChoice />
      <ThresholdSlider
        value={threshold}
        min={0}
        max={Math.max(maxMap, threshold)}
        label={t.threshold(t.method[method])}
        marks={[{ value: rule.threshold, label: t.protocolThreshold }]}
        onChange={(v) => actions.setThreshold(method, v)}
        text={c.slider}
      />
      <figure className="ssim-maps-grid" data-testid="maps-grid">
        <ImageGrid
          columns={columns}
          width={data.size}
          height={data.size}
          rowLabels={t.mapRows}
          colormaps={['gray', 'gray', 'heat', 'heat', 'gray', 'gray']}
          vmax={[1, 1, 'auto', 'auto', 1, 1]}
          scale={Math.max(1, Math.round(96 / data.size))}
          text={c.grid}
        />
        <figcaption data-testid="maps-legend">
          {[folder ? t.legendSegFolder : t.legendSeg, scoring === 'position' ? (folder ? t.scoringNoteFolder : t.scoringNote) : ''].filter(Boolean).join(lang === 'ja' ? '' : ' ')}
        </figcaption>
      </figure>
    </div>
  );
}
