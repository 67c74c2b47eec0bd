import { useMemo, type ReactNode } from 'react';
import { PlotlyChart } from './plotly-chart';
import { lossFigure } from './figures/loss';
import { formatNumber } from './format';

export interface LossCurveProps {
  train: ArrayLike<number>;
  val: ArrayLike<number>;
  /** 0-based index of the best epoch (drawn as epoch index+1). */
  bestEpoch?: number | null;
  logY?: boolean;
  /** Draw losses far above the rest as markers on the top edge (see `lossFigure`). */
  clipSpikes?: boolean;
  height?: number;
  'aria-label'?: string;
  caption?: ReactNode;
}

function last(values: ArrayLike<number>): number | undefined {
  return values.length > 0 ? values[values.length - 1] : undefined;
}

/** Train / validation loss per epoch; updates live while training. */
export function LossCurve(props: LossCurveProps) {
  const { train, val, bestEpoch, logY, clipSpikes, height = 260, caption } = props;
  const figure = useMemo(() => lossFigure({ train, val, bestEpoch, logY, clipSpikes }), [train, val, bestEpoch, logY, clipSpikes]);
  const label =
    props['aria-label'] ??
    `Loss curve over ${train.length} epochs; latest train loss ${formatNumber(last(train), 4)}` +
      (val.length > 0 ? `, validation loss ${formatNumber(last(val), 4)}` : '');
  return (
    <PlotlyChart data={figure.data} layout={figure.layout} aria-label={label} caption={caption} height={height} className="al-loss-curve" />
  );
}
