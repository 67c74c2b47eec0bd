import { palette } from '../palette';
import { formatNumber } from '../format';
import { axis, verticalLine } from './common';
import type { Figure, Trace } from './types';

export interface LossInput {
  train: ArrayLike<number>;
  val: ArrayLike<number>;
  /** 0-based index into `val` of the best (restored) epoch; shown as epoch index+1. */
  bestEpoch?: number | null;
  logY?: boolean;
}

function epochs(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

function lossTrace(name: string, values: ArrayLike<number>, color: string): Trace {
  const y = Array.from(values);
  return {
    type: 'scatter',
    mode: y.length < 40 ? 'lines+markers' : 'lines',
    name,
    x: epochs(y.length),
    y,
    line: { color, width: 2 },
    marker: { size: 5 },
    hovertemplate: `${name} %{y:.4g}<br>epoch %{x}<extra></extra>`,
  };
}

/** Train / validation loss per epoch (x = 1-based epoch), with the best epoch marked. */
export function lossFigure({ train, val, bestEpoch, logY = false }: LossInput): Figure {
  const data: Trace[] = [lossTrace('train', train, palette.train)];
  if (val.length > 0) data.push(lossTrace('validation', val, palette.val));
  const hasBest = bestEpoch !== undefined && bestEpoch !== null && bestEpoch >= 0 && bestEpoch < val.length;
  if (hasBest) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: `best (epoch ${bestEpoch + 1})`,
      x: [bestEpoch + 1],
      y: [val[bestEpoch]],
      marker: { color: palette.threshold, size: 12, symbol: 'star' },
      hovertemplate: `best epoch ${bestEpoch + 1}<br>val ${formatNumber(val[bestEpoch], 4)}<extra></extra>`,
    });
  }
  return {
    data,
    layout: {
      title: { text: 'Loss' },
      xaxis: axis('Epoch', { tickformat: 'd', ...(train.length <= 10 ? { dtick: 1, range: [0.5, Math.max(1, train.length) + 0.5] } : {}) }),
      yaxis: axis(logY ? 'Loss (log)' : 'Loss', { type: logY ? 'log' : 'linear' }),
      legend: { x: 0.98, xanchor: 'right', y: 0.98, yanchor: 'top' },
      shapes: hasBest ? [verticalLine(bestEpoch + 1, palette.threshold, 'dot', 1)] : [],
    },
  };
}
