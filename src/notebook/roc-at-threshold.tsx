import { thresholdDigits } from '../components/format';
import { RocPlot, type RocPlotProps } from '../components/roc-plot';
import { binaryStats } from '../core/metrics/binary-stats';
import type { RocCurve } from '../core/metrics/roc';
import type { Confusion } from '../core/metrics/threshold-sweep';

/** Props of `RocAtThreshold`. */
export interface RocAtThresholdProps {
  roc: RocCurve;
  /** The confusion counts at `threshold` (anomaly = flagged), which place the curve's point. */
  counts: Confusion;
  threshold: number;
  /** Picking a point of the curve sets the threshold to that point's. */
  onPick(threshold: number): void;
  'aria-label': string;
  text: RocPlotProps['text'];
}

/** A ROC curve with the current threshold's operating point; clicking the curve moves the threshold there. */
export function RocAtThreshold({ roc, counts: c, threshold, onPick, text, 'aria-label': label }: RocAtThresholdProps) {
  const point = { fpr: c.fp / Math.max(1, c.fp + c.tn), tpr: binaryStats(c, 'anomaly').tpr };
  // The scores' range (thresholds[0] is +∞, then descending): the summary shows the threshold as the slider does.
  const all = roc.thresholds;
  const digits = all.length > 1 ? thresholdDigits(all[all.length - 1], all[1]) : undefined;
  const pick = (i: number) => {
    const th = roc.thresholds[i];
    if (Number.isFinite(th)) onPick(th);
  };
  return <RocPlot fpr={roc.fpr} tpr={roc.tpr} auc={roc.auc} point={point} threshold={threshold} thresholdDigits={digits} aria-label={label} text={text} onPointPick={pick} />;
}
