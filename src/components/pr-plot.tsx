import { useMemo } from 'react';
import { PlotlyChart } from './plotly-chart';
import { chartFrame, useCurvePick, type ChartFrameProps } from './chart-frame';
import { prLayout, prTraces } from './figures/pr';
import type { ChartText } from './chart-text';
import { prSummary } from './chart-summary';

export interface PrPlotProps extends ChartFrameProps {
  recall: ArrayLike<number>;
  precision: ArrayLike<number>;
  ap: number;
  /** The operating point; precision null when nothing is flagged (0/0, shown as `text.pr.none`). */
  point?: { recall: number; precision: number | null } | null;
  /** Anomaly prevalence: drawn as the chance line. */
  baseline?: number;
  /** Clicking the curve reports the index into recall/precision. */
  onPointPick?: (index: number) => void;
  /** The words of the chart and of its placeholder. */
  text: Pick<ChartText, 'pr' | 'chart' | 'summary'>;
}

/** Precision–recall curve with AP and the current operating point. */
export function PrPlot(props: PrPlotProps) {
  const { recall, precision, ap, point, baseline, onPointPick, text } = props;
  const data = useMemo(() => prTraces({ recall, precision, ap, baseline, text: text.pr, paren: text.chart.paren }), [recall, precision, ap, baseline, text.pr, text.chart.paren]);
  const pr = point?.recall;
  const pp = point?.precision;
  const layout = useMemo(
    () => prLayout({ ap, point: pr !== undefined && pp !== undefined ? { recall: pr, precision: pp } : null, text: text.pr }),
    [ap, pr, pp, text.pr],
  );
  const handleClick = useCurvePick(data.length - 1, onPointPick);
  return (
    <PlotlyChart
      {...chartFrame(props, 320)}
      data={data}
      layout={layout}
      summary={prSummary(text.summary, ap, point, text.pr.none)}
      onClick={handleClick}
      className="al-pr-plot"
      text={text.chart}
    />
  );
}
