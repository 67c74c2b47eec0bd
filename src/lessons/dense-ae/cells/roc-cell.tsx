import { MetricBadge } from '../../../components/metric-badge';
import { PrPlot } from '../../../components/pr-plot';
import { binaryStats, precisionOrNull } from '../../../core/metrics/binary-stats';
import { useChartText } from '../../../i18n/chart-text';
import { RocAtThreshold } from '../../../notebook/roc-at-threshold';
import { useText } from '../text';
import { useOperatingPoint } from './use-derived';

/** Cell 7: ROC with AUC and the slider's operating point; PR curve with average precision. */
export function RocCell() {
  const t = useText();
  const chartText = useChartText();
  const op = useOperatingPoint();
  if (!op) return <p className="nb-muted">{t.noResult}</p>;
  const { d, threshold, counts, set } = op;
  const s = binaryStats(counts, 'anomaly');
  return (
    <div className="nb-cell-body">
      <div className="nb-badge-row">
        <span data-testid="auc-value" data-auc={d.roc.auc}>
          <MetricBadge label={t.auc} value={d.roc.auc} digits={4} tone="accent" />
        </span>
        <span data-testid="ap-value">
          <MetricBadge label={t.ap} value={d.pr.averagePrecision} digits={4} />
        </span>
      </div>
      <div className="nb-split">
        <div data-testid="roc-plot">
          <RocAtThreshold roc={d.roc} counts={counts} threshold={threshold} onPick={set} aria-label={t.roc} text={chartText} />
        </div>
        <div data-testid="pr-plot">
          <PrPlot
            recall={d.pr.recall}
            precision={d.pr.precision}
            ap={d.pr.averagePrecision}
            point={{ recall: s.recall, precision: precisionOrNull(counts, 'anomaly') }}
            baseline={d.anomaly.length / d.scores.length}
            aria-label={t.pr}
            text={chartText}
          />
        </div>
      </div>
    </div>
  );
}
