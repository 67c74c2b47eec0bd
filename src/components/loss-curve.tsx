import { useMemo, type ReactNode } from 'react';
import type { ChartText } from './chart-text';
import { lossSummary } from './chart-summary';
import { PlotlyChart } from './plotly-chart';
import { lossFigure } from './figures/loss';

export interface LossCurveProps {
  train: ArrayLike<number>;
  val: ArrayLike<number>;
  /** 0-based index of the best epoch (drawn as epoch index+1). */
  bestEpoch?: number | null;
  logY?: boolean;
  /** Draw losses far above the rest as markers on the top edge (see `lossFigure`). */
  clipSpikes?: boolean;
  height?: number;
  'aria-label': string;
  caption?: ReactNode;
  /** The words of the chart and of its placeholder. */
  text: Pick<ChartText, 'loss' | 'chart' | 'summary'>;
}

/** Train / validation loss per epoch; updates live while training. */
export function LossCurve(props: LossCurveProps) {
  const { train, val, bestEpoch, logY, clipSpikes, height = 300, caption, text } = props;
  const figure = useMemo(() => lossFigure({ train, val, bestEpoch, logY, clipSpikes, text: text.loss }), [train, val, bestEpoch, logY, clipSpikes, text.loss]);
  return (
    <PlotlyChart data={figure.data} layout={figure.layout} aria-label={props['aria-label']} caption={caption} summary={lossSummary(text.summary, train, val, bestEpoch)} height={height} className="al-loss-curve" text={text.chart} />
  );
}
