import { useCallback, useMemo } from 'react';
import { PlotlyChart, type ChartPoint } from './plotly-chart';
import { chartFrame, type ChartFrameProps } from './chart-frame';
import { binShared, histogramLayout, histogramTraces } from './figures/histogram';
import type { ChartText } from './chart-text';
import { histogramSummary } from './chart-summary';
import { thresholdDigits } from './format';

export interface ScoreHistogramProps extends ChartFrameProps {
  normal: ArrayLike<number>;
  anomaly: ArrayLike<number>;
  threshold?: number | null;
  bins?: number;
  logY?: boolean;
  xTitle?: string;
  /** Clicking a bar reports that bin's centre score (e.g. to move the threshold there). */
  onThresholdPick?: (score: number) => void;
  /** The words of the chart and of its placeholder. */
  text: Pick<ChartText, 'histogram' | 'chart' | 'summary'>;
}

/** Overlaid normal/anomaly score histograms with the threshold line. */
export function ScoreHistogram(props: ScoreHistogramProps) {
  const { normal, anomaly, threshold, bins, logY, xTitle, onThresholdPick, text } = props;
  const binned = useMemo(() => binShared(normal, anomaly, bins), [normal, anomaly, bins]);
  const data = useMemo(() => histogramTraces(binned, text.histogram), [binned, text.histogram]);
  // The threshold's decimals from the scores' range, as the slider over the same scores shows it.
  const digits = binned.edges.length > 1 ? thresholdDigits(binned.edges[0], binned.edges[binned.edges.length - 1]) : undefined;
  const summary = useMemo(() => histogramSummary(text.summary, normal, anomaly, threshold, digits), [text.summary, normal, anomaly, threshold, digits]);
  const layout = useMemo(() => histogramLayout(binned, { threshold, logY, xTitle, thresholdDigits: digits, text: text.histogram }), [binned, threshold, logY, xTitle, digits, text.histogram]);
  const handleClick = useCallback(
    (p: ChartPoint) => {
      const x = Number(p.x);
      if (Number.isFinite(x)) onThresholdPick?.(x);
    },
    [onThresholdPick],
  );
  return (
    <PlotlyChart
      {...chartFrame(props)}
      data={data}
      layout={layout}
      summary={summary}
      onClick={onThresholdPick ? handleClick : undefined}
      className="al-score-histogram"
      text={text.chart}
    />
  );
}
