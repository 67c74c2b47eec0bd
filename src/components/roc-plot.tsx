import { useMemo } from 'react';
import { PlotlyChart } from './plotly-chart';
import { chartFrame, useCurvePick, type ChartFrameProps } from './chart-frame';
import { rocLayout, rocTraces } from './figures/roc';
import type { ChartText } from './chart-text';
import { rocSummary } from './chart-summary';

export interface RocPlotProps extends ChartFrameProps {
  fpr: ArrayLike<number>;
  tpr: ArrayLike<number>;
  auc: number;
  point?: { fpr: number; tpr: number } | null;
  /** The threshold of `point`, for the text summary ("At threshold 19: …"). */
  threshold?: number | null;
  /** Decimals of `threshold` in the summary, as the slider shows it (see `thresholdDigits`; default: three significant digits). */
  thresholdDigits?: number;
  /** Clicking the curve reports the index into fpr/tpr (map it to a threshold). */
  onPointPick?: (index: number) => void;
  /** The words of the chart and of its placeholder. */
  text: Pick<ChartText, 'roc' | 'chart' | 'summary'>;
}

const ROC_CURVE = 1;

/** ROC curve with the chance diagonal, AUC and the current operating point. */
export function RocPlot(props: RocPlotProps) {
  const { fpr, tpr, auc, point, threshold, thresholdDigits, onPointPick, text } = props;
  const data = useMemo(() => rocTraces({ fpr, tpr, auc, text: text.roc, paren: text.chart.paren }), [fpr, tpr, auc, text.roc, text.chart.paren]);
  const px = point?.fpr;
  const py = point?.tpr;
  const layout = useMemo(
    () => rocLayout({ auc, point: px !== undefined && py !== undefined ? { fpr: px, tpr: py } : null, text: text.roc }),
    [auc, px, py, text.roc],
  );
  const handleClick = useCurvePick(ROC_CURVE, onPointPick);
  return (
    <PlotlyChart
      {...chartFrame(props, 320)}
      data={data}
      layout={layout}
      summary={rocSummary(text.summary, auc, point, threshold, thresholdDigits)}
      onClick={handleClick}
      className="al-roc-plot"
      text={text.chart}
    />
  );
}
