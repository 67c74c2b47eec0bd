import { useCallback, useMemo, type ReactNode } from 'react';
import { PlotlyChart, type ChartPoint } from './plotly-chart';
import { binShared, histogramLayout, histogramTraces } from './figures/histogram';
import { formatNumber } from './format';

export interface ScoreHistogramProps {
  normal: ArrayLike<number>;
  anomaly: ArrayLike<number>;
  threshold?: number | null;
  bins?: number;
  logY?: boolean;
  xTitle?: string;
  /** Clicking a bar reports that bin's centre score (e.g. to move the threshold there). */
  onThresholdPick?: (score: number) => void;
  height?: number;
  'aria-label'?: string;
  caption?: ReactNode;
}

/** Overlaid normal/anomaly score histograms with the threshold line. */
export function ScoreHistogram(props: ScoreHistogramProps) {
  const { normal, anomaly, threshold, bins, logY, xTitle, onThresholdPick, height, caption } = props;
  const binned = useMemo(() => binShared(normal, anomaly, bins), [normal, anomaly, bins]);
  const data = useMemo(() => histogramTraces(binned), [binned]);
  const layout = useMemo(() => histogramLayout(binned, { threshold, logY, xTitle }), [binned, threshold, logY, xTitle]);
  const handleClick = useCallback(
    (p: ChartPoint) => {
      const x = Number(p.x);
      if (Number.isFinite(x)) onThresholdPick?.(x);
    },
    [onThresholdPick],
  );
  const label =
    props['aria-label'] ??
    `Histogram of anomaly scores: ${normal.length} normal and ${anomaly.length} anomalous examples` +
      (threshold !== undefined && threshold !== null ? `, threshold ${formatNumber(threshold)}` : '');
  return (
    <PlotlyChart
      data={data}
      layout={layout}
      aria-label={label}
      caption={caption}
      height={height}
      onClick={onThresholdPick ? handleClick : undefined}
      className="al-score-histogram"
    />
  );
}
