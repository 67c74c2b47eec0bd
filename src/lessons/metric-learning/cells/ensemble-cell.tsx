import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import { TableHead } from '../../../notebook/table-head';
import { formatNumber } from '../../../components/format';
import { MetricBadge } from '../../../components/metric-badge';
import { useLesson } from '../instance';
import { useText } from '../text';

const f = (x: number) => formatNumber(x, 3);

/** The mean, smallest and largest of the AUCs that count (collapsed models left out). */
export function aucSpread(aucs: readonly number[]): { mean: number; min: number; max: number } {
  if (aucs.length === 0) return { mean: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { mean: aucs.reduce((a, b) => a + b, 0) / aucs.length, min: Math.min(...aucs), max: Math.max(...aucs) };
}

/** Cell 8: each model's AUC (LOF and kNN), their spread, and the ensemble's; a collapsed model is flagged, not scored. */
export function EnsembleCell() {
  const t = useText();
  const grid = useChartText().grid;
  const result = useLesson((s) => s.result);
  if (!result) return <p className="nb-muted">{t.noResult}</p>;
  const ok = result.models.filter((m) => !m.collapsed);
  const lof = aucSpread(ok.map((m) => m.lof.auc));
  const knn = aucSpread(ok.map((m) => m.knn.auc));
  const nCollapsed = result.models.length - ok.length;
  return (
    <div className="nb-cell-body">
      <div className="nb-badge-row">
        <span data-testid="ensemble-auc-lof" data-auc={result.ensemble.lof.auc}>
          <MetricBadge label={t.ensembleLof} value={result.ensemble.lof.auc} digits={3} tone="accent" />
        </span>
        <span data-testid="ensemble-auc-knn" data-auc={result.ensemble.knn.auc}>
          <MetricBadge label={t.ensembleKnn} value={result.ensemble.knn.auc} digits={3} />
        </span>
        <span data-testid="raw-knn-auc" data-auc={result.rawKnn.auc}>
          <MetricBadge label={t.sources['raw-knn']} value={result.rawKnn.auc} digits={3} />
        </span>
      </div>
      {nCollapsed > 0 ? (
        <p className="nb-notice nb-notice--error" data-testid="collapsed-warning">
          {t.collapsedModels(nCollapsed)}
        </p>
      ) : null}
      <ScrollArea label={t.ensembleCaption} text={grid}>
        <table className="nb-layer-table ml-ensemble-table" data-testid="ensemble-table">
          <caption>{t.ensembleCaption}</caption>
          <TableHead cols={t.ensembleCols} />
          <tbody>
            {result.models.map((m, i) => (
              <tr key={i} data-testid={`model-row-${i}`} data-collapsed={m.collapsed ? 'true' : undefined}>
                <th scope="row">{t.modelName(i)}</th>
                <td className="nb-num">{m.seed}</td>
                <td className="nb-num">{m.collapsed ? '—' : f(m.lof.auc)}</td>
                <td className="nb-num">{m.collapsed ? '—' : f(m.knn.auc)}</td>
                <td className="nb-num">{formatNumber(m.embeddingSpread, 4)}</td>
                <td>{m.collapsed ? <span className="ml-flag">{t.collapsedShort}</span> : t.fine}</td>
              </tr>
            ))}
            <tr data-testid="model-row-spread">
              <th scope="row" colSpan={2}>
                {t.spreadRow}
              </th>
              <td className="nb-num">{t.range(f(lof.mean), f(lof.min), f(lof.max))}</td>
              <td className="nb-num">{t.range(f(knn.mean), f(knn.min), f(knn.max))}</td>
              <td colSpan={2} />
            </tr>
            <tr data-testid="model-row-ensemble">
              <th scope="row" colSpan={2}>
                {t.ensemble}
              </th>
              <td className="nb-num">{f(result.ensemble.lof.auc)}</td>
              <td className="nb-num">{f(result.ensemble.knn.auc)}</td>
              <td colSpan={2} />
            </tr>
          </tbody>
        </table>
      </ScrollArea>
      <p className="nb-muted nb-small">{t.ensembleHow}</p>
    </div>
  );
}
