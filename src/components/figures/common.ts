import { capitalize } from '../chart-text';
import { formatNumber } from '../format';
import { palette } from '../palette';
import type { Axis, Layout, Shape } from './types';

export function axis(title: string, extra: Partial<Axis> = {}): Axis {
  return { title: { text: title }, zeroline: false, ...extra };
}

/**
 * An x axis of epochs 1…`epochs`: whole numbers only (Plotly's own ticks put
 * "0.5" and "1.5" on a short run), one tick per epoch up to 10.
 */
export function epochAxis(title: string, epochs: number): Axis {
  return axis(title, { tickformat: 'd', ...(epochs <= 10 ? { dtick: 1, range: [0.5, Math.max(1, epochs) + 0.5] } : {}) });
}

/**
 * Tick values v for a log axis from 10^lo to 10^hi: 1, 2 and 5 of each decade
 * over at most three decades, else the powers of ten alone. Each gets its
 * whole number as label ("20", "50", "100"), where Plotly's own log ticks
 * label the in-between ones by their first digit ("1, 2, 5, 10, 2, 5, 100").
 */
export function decadeTicks(lo: number, hi: number): { values: number[]; labels: string[] } {
  const values: number[] = [];
  const steps = hi - lo <= 3 ? [1, 2, 5] : [1];
  for (let p = Math.floor(lo); p <= Math.ceil(hi); p++) {
    for (const m of steps) {
      const v = Number((m * 10 ** p).toPrecision(1));
      const e = Math.log10(v);
      if (e >= lo - 1e-9 && e <= hi + 1e-9) values.push(v);
    }
  }
  return { values, labels: values.map((v) => String(v)) };
}

/** {@link decadeTicks} as a log axis' `tickvals`/`ticktext`, or nothing (Plotly's own ticks) when fewer than `minTicks` fit. */
export function logAxisTicks(lo: number, hi: number, minTicks = 1): { tickvals: number[]; ticktext: string[] } | Record<string, never> {
  const { values, labels } = decadeTicks(lo, hi);
  return values.length >= minTicks ? { tickvals: values, ticktext: labels } : {};
}

/** A log count axis' ticks (from 1 to twice the largest count, so the tick above the tallest bar is there), or nothing when every count is 0. */
export function logCountTicks(maxCount: number): { tickvals: number[]; ticktext: string[] } | Record<string, never> {
  return maxCount >= 1 ? logAxisTicks(0, Math.log10(2 * maxCount)) : {};
}

/**
 * The legend sits on the figure's bottom edge (container coordinates), below
 * the x-axis title whatever its font: a legend placed at a fraction of the
 * plot's height ran into the taller Japanese axis title.
 */
export const bottomLegend = { orientation: 'h', x: 0, xanchor: 'left', yref: 'container', y: 0, yanchor: 'bottom' } as const;

/** Bottom margin for {@link bottomLegend}: tick labels and the axis title (56 px), then one 22-px legend row per `rows`. */
export const bottomMargin = (rows: number) => ({ b: 56 + 22 * rows });

/** A full-height vertical line in data-x / paper-y coordinates. */
export function verticalLine(x: number, color: string, dash = 'solid', width = 2): Shape {
  return { type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, width, dash } };
}

/** Unit-square axes shared by ROC and PR plots (a little padding so the border is visible). */
export function unitAxis(title: string): Axis {
  return axis(title, { range: [-0.01, 1.01], dtick: 0.2, constrain: 'domain' });
}

/**
 * The operating point as layout shapes (a pixel-sized dot plus dotted guides to
 * both axes) and a label. Layout-only, so moving the threshold at 60 fps never
 * forces Plotly to recalculate the curve traces. `legend`: the bottom corner
 * the plot's legend sits in, if any; a label that would land on it goes above it.
 */
export function operatingPoint(x: number, y: number, label: string, legend?: 'left' | 'right'): { shapes: Shape[]; annotations: Array<Record<string, unknown>> } {
  const guide = { color: palette.threshold, width: 1, dash: 'dot' };
  const r = 6;
  const low = y < 0.25;
  // A label near the bottom edge would be drawn over the legend in that edge's corner: on a phone a
  // label at x = 0 reaches the right-hand corner too.
  const underLegend = low && legend !== undefined;
  return {
    shapes: [
      { type: 'line', xref: 'x', yref: 'y', x0: x, x1: x, y0: 0, y1: y, line: guide },
      { type: 'line', xref: 'x', yref: 'y', x0: 0, x1: x, y0: y, y1: y, line: guide },
      {
        type: 'circle', xref: 'x', yref: 'y', xsizemode: 'pixel', ysizemode: 'pixel',
        xanchor: x, yanchor: y, x0: -r, x1: r, y0: -r, y1: r,
        fillcolor: palette.threshold, line: { color: 'white', width: 2 },
      },
    ],
    annotations: [{
      x, y: underLegend ? LABEL_OVER_LEGEND : y, xref: 'x', yref: 'y', text: label, showarrow: false,
      // Below the point, or above it near the bottom edge, where the label would cover the axis
      // (and higher still where the legend's corner is).
      xanchor: x > 0.6 ? 'right' : 'left', yanchor: low ? 'bottom' : 'top', xshift: x > 0.6 ? -10 : 10, yshift: low && !underLegend ? 6 : low ? 0 : -4,
      font: { color: palette.threshold, size: 11 }, bgcolor: 'rgba(127,127,127,0.14)',
    }],
  };
}

/** Where a label that would fall on the bottom-corner legend (bottom 25 % of a unit-square plot) goes instead: just above it. */
export const LABEL_OVER_LEGEND = 0.3;

/** What a unit-square curve layout (ROC, PR) shows. */
export interface UnitCurveLayout {
  /** Chart title, followed by ` · <metric> <value>`. */
  title: string;
  metric: string;
  value: number;
  xTitle: string;
  yTitle: string;
  /** Corner of the legend, along the bottom edge. */
  legend: 'left' | 'right';
  /** The operating point and its label, or null for none. */
  point: { x: number; y: number; label: string } | null;
}

/** Layout of a curve on the unit square with its summary metric in the title and the operating point (ROC and PR share it). */
export function unitCurveLayout(c: UnitCurveLayout): Layout {
  const op = c.point ? operatingPoint(c.point.x, c.point.y, c.point.label, c.legend) : null;
  return {
    title: { text: `${c.title} · ${c.metric} ${formatNumber(c.value)}` },
    xaxis: unitAxis(capitalize(c.xTitle)),
    yaxis: unitAxis(capitalize(c.yTitle)),
    legend: c.legend === 'left' ? { x: 0.02, xanchor: 'left', y: 0.02, yanchor: 'bottom' } : { x: 0.98, xanchor: 'right', y: 0.02, yanchor: 'bottom' },
    shapes: op?.shapes ?? [],
    annotations: op?.annotations ?? [],
  };
}
