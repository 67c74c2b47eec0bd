import { ScrollArea } from '../../../components/scroll-area';
import { useId, useMemo } from 'react';
import { CaseSafe } from '../../../components/case-safe';
import { formatNumber } from '../../../components/format';
import { PlotlyChart } from '../../../components/plotly-chart';
import { overlayRocFigure } from '../../../components/figures/overlay';
import type { ConvAeLoss } from '../../../core/model/conv-ae';
import { useChartText } from '../../../i18n/chart-text';
import { useText } from '../text';
import { useInspection } from '../use-inspection';
import { ScoringChoice } from './scoring-choice';
import '../ssim-ae.css';

const f = (x: number) => (Number.isFinite(x) ? formatNumber(x, 3) : '—');

/**
 * Cell 5: pixel ROC and PRO of both models, the MVTec protocol's TPR/TNR, and the per-defect table
 * (each kind's crops counted with the normal ones its metrics use too).
 * The table's caption sits above its scroll box, so a phone shows all of it while the table scrolls.
 */
export function MetricsCell() {
  const t = useText();
  const captionId = useId();
  const c = useChartText();
  const { data, table } = useInspection();
  const methods = table ? (Object.keys(table.overall) as ConvAeLoss[]) : [];
  const rocFigure = useMemo(() => {
    if (!table) return null;
    const runs = methods.map((m) => ({ name: `${t.method[m]} · PRO ${f(table.overall[m].pro)}`, auc: table.overall[m].pixelAuroc, ap: Number.NaN, roc: table.overall[m].pixel.roc, pr: { recall: [], precision: [] }, trainLoss: [], valLoss: [] }));
    return overlayRocFigure(runs, { ...c.roc, title: t.pixelRoc });
  }, [table, methods, t, c.roc]);
  if (!data || !table || !rocFigure) return <p className="nb-muted">{t.noResult}</p>;
  const best = (values: Record<ConvAeLoss, number>) => (methods.length === 2 && values.ssim !== values.l2 ? (values.ssim > values.l2 ? 'ssim' : 'l2') : null);
  const cell = (values: Record<ConvAeLoss, number>, testId?: string) => {
    const winner = best(values);
    return methods.map((m) => (
      <td key={m} className="nb-num" data-testid={testId ? `${testId}-${m}` : undefined} data-best={winner === m ? 'true' : undefined}>
        {f(values[m])}
        {winner === m ? <span className="sr-only"> ({t.wins})</span> : null}
      </td>
    ));
  };
  const pick = (key: 'pixelAuroc' | 'pro' | 'imageAuroc' | 'tpr', row: (m: ConvAeLoss) => { pixelAuroc: number; pro: number; imageAuroc: number; tpr: number }) =>
    Object.fromEntries(methods.map((m) => [m, row(m)[key]])) as Record<ConvAeLoss, number>;
  return (
    <div className="nb-cell-body">
      <ScoringChoice />
      <PlotlyChart data={rocFigure.data} layout={rocFigure.layout} aria-label={t.pixelRoc} text={c.chart} height={340} />
      <p className="ssim-kind-caption" id={captionId} data-testid="kind-table-caption">
        {t.tableCaption}
      </p>
      <ScrollArea label={t.tableCaption} text={c.grid}>
        <table className="nb-layer-table ssim-kind-table" data-testid="kind-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th rowSpan={2}>{t.cols[0]}</th>
              <th rowSpan={2} className="nb-num">
                {t.cols[1]}
              </th>
              {t.cols.slice(2).map((h) => (
                <th key={h} colSpan={methods.length} className="nb-num">
                  <CaseSafe text={h} />
                </th>
              ))}
            </tr>
            <tr>{t.cols.slice(2).flatMap((h) => methods.map((m) => <th key={`${h}-${m}`} className="nb-num">{t.method[m]}</th>))}</tr>
          </thead>
          <tbody>
            <tr data-testid="kind-row-all">
              <th scope="row">{t.overall}</th>
              <td className="nb-num" data-testid="kind-crops-all">
                {t.kindCrops(data.labels.length - table.normalImages, table.normalImages)}
              </td>
              {cell(pick('pixelAuroc', (m) => table.overall[m]), 'pixel-auroc')}
              {cell(pick('pro', (m) => table.overall[m]), 'pro')}
              {cell(pick('imageAuroc', (m) => table.overall[m]), 'image-auroc')}
              {cell(pick('tpr', (m) => table.overall[m]), 'tpr')}
            </tr>
            {table.rows.map((r) => (
              <tr key={r.kind} data-testid={`kind-row-${data.kindNames[r.kind]}`}>
                <th scope="row">{t.kinds[data.kindNames[r.kind]] ?? data.kindNames[r.kind]}</th>
                <td className="nb-num" data-testid={`kind-crops-${data.kindNames[r.kind]}`}>
                  {t.kindCrops(r.images, table.normalImages)}
                </td>
                {cell(pick('pixelAuroc', (m) => r.metrics[m]))}
                {cell(pick('pro', (m) => r.metrics[m]))}
                {cell(pick('imageAuroc', (m) => r.metrics[m]))}
                {cell(pick('tpr', (m) => r.metrics[m]))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <dl className="nb-counts" data-testid="protocol">
        {methods.map((m) => (
          <div key={m}>
            <dt>
              {t.method[m]} · {t.tnr} / {t.tprTnr}
            </dt>
            <dd data-testid={`protocol-${m}`}>
              {f(table.overall[m].tnr)} / {f(table.overall[m].tprPlusTnr)}
            </dd>
            <dd className="nb-muted nb-small">{t.rule(f(table.overall[m].rule.threshold), table.overall[m].rule.minArea)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
