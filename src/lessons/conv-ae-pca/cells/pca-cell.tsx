import { useMemo } from 'react';
import { formatNumber } from '../../../components/format';
import { unitCurvesFigure } from '../../../components/figures/curves-by-k';
import { ImageGrid } from '../../../components/image-grid';
import { PlotlyChart } from '../../../components/plotly-chart';
import { RocPlot } from '../../../components/roc-plot';
import { rocCurve } from '../../../core/metrics/roc';
import { useChartText } from '../../../i18n/chart-text';
import { RangeField } from '../../../notebook/range-field';
import { absDiff, imageAt, maskOf, pcaReconstruction, scorable, signedForDisplay, testIndices } from '../derived';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

const SHOWN = 4;
const EIGENFACES = 7;

/** PCA's score of every test image at k: squared distance to the mean minus the energy of its first k codes. */
function scoresAtK(codes: Float32Array, norms: Float64Array, max: number, k: number): Float64Array {
  return norms.map((n, i) => {
    let s = n;
    for (let j = 0; j < k; j++) s -= codes[i * max + j] ** 2;
    return Math.max(0, s);
  });
}

/** Cell 4: the mean face and eigenfaces, a k slider with reconstructions and residuals, explained variance and AUC against k, the ROC at k. */
export function PcaCell() {
  const text = useText();
  const t = text.pca;
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const running = useLesson((s) => s.training.status === 'running');
  const viewK = useLesson((s) => s.view.k);
  const pca = result?.job.pca ?? null;
  const faces = result?.data ?? null;
  const max = pca?.variances.length ?? 1;
  const k = Math.max(1, Math.min(max, viewK ?? result?.params.k ?? 1));
  const eigen = useMemo(() => {
    if (!pca) return [];
    const area = pca.mean.length;
    return [
      { id: 'mean', title: t.meanFace, images: [pca.mean] },
      ...Array.from({ length: Math.min(EIGENFACES, max) }, (_, j) => ({ id: j, title: t.eigenface(j + 1), images: [signedForDisplay(imageAt(pca.components, j, area))] })),
    ];
  }, [pca, max, t]);
  const columns = useMemo(() => {
    if (!pca || !faces) return [];
    const picks = [...testIndices(faces, 0).slice(0, SHOWN), ...testIndices(faces, 1).slice(0, SHOWN)];
    return picks.map((i) => {
      const input = imageAt(faces.test, i, faces.size * faces.size);
      const rec = pcaReconstruction(pca, i, k);
      return { id: i, title: faces.testLabels[i] ? t.glasses : t.normal, images: [input, rec, absDiff(input, rec)], outline: maskOf(faces, i) };
    });
  }, [pca, faces, k, t]);
  const scored = faces !== null && scorable(faces);
  const roc = useMemo(() => (pca && faces && scored ? rocCurve(scoresAtK(pca.testCodes, pca.testCentredNorms, max, k), faces.testLabels) : null), [pca, faces, scored, max, k]);
  const curves = useMemo(() => {
    if (!pca) return null;
    const variance = { name: t.varianceAxis, values: pca.cumulativeExplained };
    const words = { title: scored ? t.varianceTitle : t.varianceOnlyTitle, x: t.kAxis, y: '' };
    return unitCurvesFigure(scored ? [variance, { name: t.aucAxis, values: pca.aucByK }] : [variance], words, k);
  }, [pca, scored, t, k]);
  const fitButton = (
    <button type="button" className="btn" data-testid="pca-fit" disabled={running} onClick={() => void actions.fitPca()}>
      {running ? t.fitting : t.fit}
    </button>
  );
  if (!pca || !faces || !curves) return <div className="nb-cell-actions">{fitButton}<span className="nb-muted">{t.noResult}</span></div>;
  const auc = pca.aucByK[k - 1];
  return (
    <div className="nb-cell-body">
      <div className="nb-cell-actions">{fitButton}</div>
      <figure data-testid="pca-eigenfaces">
        <ImageGrid columns={eigen} width={faces.size} height={faces.size} rowLabels={['']} scale={Math.max(1, Math.round(72 / faces.size))} text={c.grid} />
        <figcaption>{t.eigenCaption}</figcaption>
      </figure>
      <RangeField label={t.k} shown={k} testId="pca-k" min={1} max={max} step={1} value={k} onChange={(v) => actions.setView({ k: v })} />
      <figure data-testid="pca-recon" data-k={k} data-auc={scored ? auc : undefined}>
        <ImageGrid columns={columns} width={faces.size} height={faces.size} rowLabels={t.rows} colormaps={['gray', 'gray', 'heat']} vmax={[1, 1, 'auto']} outlineRows={[2]} scale={Math.max(1, Math.round(72 / faces.size))} text={c.grid} />
        <figcaption>{scored ? t.recCaption(k, formatNumber(auc, 3)) : t.recCaptionUnscored(k)}</figcaption>
      </figure>
      <div data-testid="pca-curves">
        <PlotlyChart data={curves.data} layout={curves.layout} aria-label={scored ? t.varianceTitle : t.varianceOnlyTitle} text={c.chart} height={320} />
      </div>
      {roc ? (
        <div data-testid="pca-roc">
          <RocPlot fpr={roc.fpr} tpr={roc.tpr} auc={auc} aria-label={t.rocTitle(k)} text={{ ...c, roc: { ...c.roc, title: t.rocTitle(k) } }} />
        </div>
      ) : (
        <p className="nb-notice" data-testid="pca-no-anomalies">
          {text.noAnomalies}
        </p>
      )}
    </div>
  );
}

