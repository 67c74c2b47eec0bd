import { useMemo } from 'react';
import { formatNumber } from '../../../components/format';
import { overlayRocFigure, type OverlayRun } from '../../../components/figures/overlay';
import { PlotlyChart } from '../../../components/plotly-chart';
import { ScrollArea } from '../../../components/scroll-area';
import type { MethodEvaluation } from '../../../core/pipeline/conv-ae-pca-types';
import { useChartText } from '../../../i18n/chart-text';
import { TableHead } from '../../../notebook/table-head';
import { scorable } from '../derived';
import { useLesson } from '../instance';
import { useText } from '../text';

const f = (x: number) => formatNumber(x, 3);

/** A method's curve for the overlay plots. */
function overlay(name: string, auc: number, roc: { fpr: Float64Array; tpr: Float64Array }): OverlayRun {
  return { name, auc, ap: Number.NaN, roc, pr: { recall: [], precision: [] }, trainLoss: [], valLoss: [] };
}

/** Which method is better on a metric (higher wins; the mean |difference| outside the mask: lower wins). */
function winner(pca: number, ae: number, lowerWins = false): 'pca' | 'ae' | null {
  if (!Number.isFinite(pca) || !Number.isFinite(ae) || pca === ae) return null;
  return pca > ae !== lowerWins ? 'pca' : 'ae';
}

/** Cell 8: PCA against the conv AE at matched k and latent size: overlaid image and pixel ROC, a table, and which won and why. */
export function CompareCell() {
  const text = useText();
  const t = text.compare;
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const pca = result?.job.pca.evaluation ?? null;
  const ae = result?.job.ae?.evaluation ?? null;
  const k = result ? Math.min(result.params.k, result.job.pca.variances.length) : 0;
  const latent = result?.params.latent ?? 0;
  const names = { pca: t.pca(k), ae: t.ae(latent) };
  const scored = result !== null && scorable(result.data);
  const figures = useMemo(() => {
    if (!pca || !ae || !scored) return null;
    const image = overlayRocFigure([overlay(names.pca, pca.auc, pca.roc), overlay(names.ae, ae.auc, ae.roc)], { ...c.roc, title: t.rocTitle });
    const pixel = Number.isFinite(pca.pixelAuc) ? overlayRocFigure([overlay(names.pca, pca.pixelAuc, pca.pixelRoc), overlay(names.ae, ae.pixelAuc, ae.pixelRoc)], { ...c.roc, title: t.pixelRocTitle }) : null;
    return { image, pixel };
  }, [pca, ae, scored, names.pca, names.ae, c.roc, t]);
  if (result && ae && !scored) {
    return (
      <p className="nb-notice" data-testid="compare-no-anomalies">
        {text.noAnomalies}
      </p>
    );
  }
  if (!result || !pca || !ae || !figures) return <p className="nb-muted">{t.noResult}</p>;
  const rows: { key: keyof MethodEvaluation; lowerWins?: boolean }[] = [{ key: 'auc' }, { key: 'pixelAuc' }, { key: 'pixelAucAnomalies' }, { key: 'meanDiffInside' }, { key: 'meanDiffOutside', lowerWins: true }];
  const won = winner(pca.auc, ae.auc);
  const inside = winner(pca.pixelAucAnomalies, ae.pixelAucAnomalies);
  return (
    <div className="nb-cell-body">
      {k !== latent ? <p className="nb-notice">{t.mismatch}</p> : null}
      <div data-testid="compare-roc">
        <PlotlyChart data={figures.image.data} layout={figures.image.layout} aria-label={t.rocTitle} text={c.chart} height={360} />
      </div>
      {figures.pixel ? (
        <div data-testid="compare-pixel-roc">
          <PlotlyChart data={figures.pixel.data} layout={figures.pixel.layout} aria-label={t.pixelRocTitle} text={c.chart} height={360} />
        </div>
      ) : (
        <p className="nb-muted nb-small">{t.noMasks}</p>
      )}
      <ScrollArea label={t.caption(k, latent)} text={c.grid}>
        <table className="nb-layer-table cap-table" data-testid="compare-table">
          <caption>{t.caption(k, latent)}</caption>
          <TableHead cols={t.cols} />
          <tbody>
            {(['pca', 'ae'] as const).map((m) => {
              const ev = m === 'pca' ? pca : ae;
              return (
                <tr key={m} data-testid={`compare-row-${m}`}>
                  <th scope="row">{names[m]}</th>
                  {rows.map((r) => {
                    const best = winner(pca[r.key] as number, ae[r.key] as number, r.lowerWins) === m;
                    return (
                      <td key={r.key} className="nb-num" data-testid={`compare-${m}-${r.key}`} data-value={ev[r.key] as number} data-best={best ? 'true' : undefined}>
                        {f(ev[r.key] as number)}
                        {best ? <span className="sr-only"> ({t.better})</span> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <p className="nb-notice" data-testid="compare-verdict" data-winner={won ?? 'tie'}>
        {won === 'ae' ? t.verdict.ae(f(pca.auc), f(ae.auc)) : won === 'pca' ? t.verdict.pca(f(pca.auc), f(ae.auc)) : t.verdict.tie(f(pca.auc))}{' '}
        {inside === 'ae' ? t.why.aeInside : inside === 'pca' ? t.why.pcaInside : null} {t.why.hardest}
      </p>
    </div>
  );
}
