import { palette } from '../palette';
import { axis, unitAxis, verticalLine } from './common';
import type { Figure, Trace } from './types';

/** One curve of values in [0, 1] against 1, 2, …, n (components, epochs, …). */
export interface UnitCurve {
  name: string;
  values: ArrayLike<number>;
}

const COLORS = [palette.normal, palette.anomaly, palette.threshold, palette.accent];

/** Curves in [0, 1] against a 1-based count, with a vertical line at `at` (the current choice); the legend sits in the bottom-right corner. */
export function unitCurvesFigure(curves: readonly UnitCurve[], words: { title: string; x: string; y: string }, at: number | null): Figure {
  const data = curves.map(
    (c, i): Trace => ({
      type: 'scatter',
      mode: 'lines',
      name: c.name,
      x: Array.from({ length: c.values.length }, (_, j) => j + 1),
      y: Array.from(c.values),
      line: { color: COLORS[i % COLORS.length], width: 2 },
      hovertemplate: `${c.name} %{y:.3f}<br>${words.x} %{x}<extra></extra>`,
    }),
  );
  return {
    data,
    layout: {
      title: { text: words.title },
      xaxis: axis(words.x, { rangemode: 'tozero' }),
      yaxis: unitAxis(words.y),
      shapes: at === null ? [] : [verticalLine(at, palette.grey, 'dot', 1.5)],
      // Inside the plot, bottom right: curves that rise towards 1 leave that corner empty.
      legend: { x: 0.98, xanchor: 'right', y: 0.04, yanchor: 'bottom', bgcolor: 'rgba(127,127,127,0.08)' },
    },
  };
}
