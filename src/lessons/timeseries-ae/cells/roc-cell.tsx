import { useMemo } from 'react';
import { MetricBadge } from '../../../components/metric-badge';
import { RocPlot } from '../../../components/roc-plot';
import { groupRocs } from '../derived';
import { useLesson } from '../instance';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 7: one ROC per anomaly group against the normals (titled by the group) — high-tail groups scored by MSE, the low-noise group by −MSE. */
export function RocCell() {
  const t = useText();
  const chartText = useChartText();
  const result = useLesson((s) => s.result);
  // One text per group, made once: each ROC is titled by its group.
  const titled = useMemo(() => new Map(Object.entries(t.groups).map(([k, title]) => [k, { ...chartText, roc: { ...chartText.roc, title } }])), [chartText, t.groups]);
  if (!result) return <p className="nb-muted">{t.noResult}</p>;
  const rows = groupRocs(result);
  if (rows.length === 0) return <p className="nb-notice">{t.noLabels}</p>;
  return (
    <div className="nb-cell-body">
      <div className="nb-badge-row">
        {rows.map((row) => (
          <span key={row.name} data-testid={`auc-${row.name}`} data-auc={row.roc.auc}>
            <MetricBadge label={`${t.auc} · ${t.groups[row.name] ?? row.name}`} value={row.roc.auc} digits={4} tone={row.roc.auc >= 0.9 ? 'accent' : undefined} />
          </span>
        ))}
      </div>
      <div className="ts-roc-grid">
        {rows.map((row) => (
          <div key={row.name} data-testid={`roc-${row.name}`}>
            <RocPlot
              fpr={row.roc.fpr}
              tpr={row.roc.tpr}
              auc={row.roc.auc}
              height={280}
              text={titled.get(row.name) ?? { ...chartText, roc: { ...chartText.roc, title: row.name } }}
              aria-label={`${t.rocFor(t.groups[row.name] ?? row.name)}, ${t.scoredBy[row.tail]}`}
              caption={`${t.rocFor(t.groups[row.name] ?? row.name)} — ${t.scoredBy[row.tail]} (n=${row.size})`}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
