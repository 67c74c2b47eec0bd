import { ConfusionMatrix } from '../../../components/confusion-matrix';
import { RocPlot } from '../../../components/roc-plot';
import { ScoreHistogram } from '../../../components/score-histogram';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { binaryStats } from '../../../core/metrics/binary-stats';
import { countsAt } from '../../../core/metrics/threshold-sweep';
import { useChartText } from '../../../i18n/chart-text';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { useDerived } from './use-derived';

/** Presenter view: the threshold slider above the score histogram and the ROC curve, all on the same threshold. */
export function LiveView() {
  const t = useText();
  const c = useChartText();
  const stored = useLesson((s) => s.view.threshold);
  const scoreKind = useLesson((s) => s.view.scoreKind);
  const logY = useLesson((s) => s.view.logY);
  const { d } = useDerived();
  if (!d) return <p className="nb-muted">{t.noResult}</p>;
  const threshold = Math.min(d.max, Math.max(d.min, stored ?? d.bestNormal.threshold));
  const counts = countsAt(d.sweep, threshold);
  const s = binaryStats(counts, 'anomaly');
  const set = (v: number) => actions.setView({ threshold: v });
  const marks = [
    { value: d.bestNormal.threshold, label: t.marks.bestNormal },
    { value: d.bestAnomaly.threshold, label: t.marks.bestAnomaly },
    ...(Number.isFinite(d.p99) ? [{ value: d.p99, label: t.marks.p99 }] : []),
  ].filter((m) => Number.isFinite(m.value));
  return (
    <div className="nb-cell-body live-view" data-testid="live-view">
      <div data-testid="live-threshold">
        <ThresholdSlider value={threshold} min={d.min} max={d.max} onChange={set} label={t.threshold} marks={marks} text={c.slider} />
      </div>
      <div className="live-view__charts">
        <div data-testid="live-histogram">
          <ScoreHistogram normal={d.normal} anomaly={d.anomaly} threshold={threshold} logY={logY} xTitle={t.scoreKinds[scoreKind]} aria-label={t.histogram} text={c} onThresholdPick={set} />
        </div>
        <div data-testid="live-roc">
          <RocPlot
            fpr={d.roc.fpr}
            tpr={d.roc.tpr}
            auc={d.roc.auc}
            point={{ fpr: counts.fp / Math.max(1, counts.fp + counts.tn), tpr: s.tpr }}
            threshold={threshold}
            aria-label={t.roc}
            text={c}
            onPointPick={(i) => {
              const th = d.roc.thresholds[i];
              if (Number.isFinite(th)) set(th);
            }}
          />
        </div>
        <div data-testid="live-confusion">
          <ConfusionMatrix {...counts} text={c.confusion} />
        </div>
      </div>
    </div>
  );
}
