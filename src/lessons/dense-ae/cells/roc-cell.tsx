import { MetricBadge } from '../../../components/metric-badge';
import { PrPlot } from '../../../components/pr-plot';
import { RocPlot } from '../../../components/roc-plot';
import { binaryStats } from '../../../core/metrics/binary-stats';
import { countsAt } from '../../../core/metrics/threshold-sweep';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { useDerived } from './use-derived';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 7: ROC with AUC and the slider's operating point; PR curve with average precision. */
export function RocCell() {
  const t = useText();
  const chartText = useChartText();
  const stored = useLesson((s) => s.view.threshold);
  const { d } = useDerived();
  if (!d) return <p className="nb-muted">{t.noResult}</p>;
  // The slider's threshold, clamped as the Threshold cell shows it, so the ROC point matches the slider.
  const raw = stored ?? d.bestNormal.threshold;
  const threshold = Number.isFinite(raw) ? Math.min(d.max, Math.max(d.min, raw)) : d.max;
  const c = countsAt(d.sweep, threshold);
  const s = binaryStats(c, 'anomaly');
  const fpr = c.fp / Math.max(1, c.fp + c.tn);
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
          <RocPlot
            fpr={d.roc.fpr}
            tpr={d.roc.tpr}
            auc={d.roc.auc}
            point={{ fpr, tpr: s.tpr }}
            threshold={threshold}
            aria-label={t.roc}
            text={chartText}
            onPointPick={(i) => {
              const th = d.roc.thresholds[i];
              if (Number.isFinite(th)) actions.setView({ threshold: th });
            }}
          />
        </div>
        <div data-testid="pr-plot">
          <PrPlot
            recall={d.pr.recall}
            precision={d.pr.precision}
            ap={d.pr.averagePrecision}
            point={{ recall: s.recall, precision: s.precision }}
            baseline={d.anomaly.length / d.scores.length}
            aria-label={t.pr}
            text={chartText}
          />
        </div>
      </div>
    </div>
  );
}
