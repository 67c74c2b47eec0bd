import { ConfusionMatrix } from '../../../components/confusion-matrix';
import { ScoreHistogram } from '../../../components/score-histogram';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { useChartText } from '../../../i18n/chart-text';
import { RocAtThreshold } from '../../../notebook/roc-at-threshold';
import { useLesson } from '../instance';
import { useText } from '../text';
import { useOperatingPoint } from './use-derived';

/** Presenter view: the threshold slider above the score histogram and the ROC curve, all on the same threshold. */
export function LiveView() {
  const t = useText();
  const c = useChartText();
  const scoreKind = useLesson((s) => s.view.scoreKind);
  const logY = useLesson((s) => s.view.logY);
  const op = useOperatingPoint();
  if (!op) return <p className="nb-muted">{t.noResult}</p>;
  const { d, threshold, counts, marks, set } = op;
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
          <RocAtThreshold roc={d.roc} counts={counts} threshold={threshold} onPick={set} aria-label={t.roc} text={c} />
        </div>
        <div data-testid="live-confusion">
          <ConfusionMatrix {...counts} text={c.confusion} />
        </div>
      </div>
    </div>
  );
}
