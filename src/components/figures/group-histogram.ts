import { axis, decadeTicks, logCountTicks, verticalLine } from './common';
import type { Layout, Shape, Trace } from './types';
import { palette, withAlpha } from '../palette';

/** Per-group counts of the errors on shared bins. `edges` are in plot units: log₁₀(MSE) when `log`, else MSE. */
export interface ErrorBins {
  log: boolean;
  edges: Float64Array;
  /** One Uint32Array of `edges.length − 1` counts per group. */
  counts: Uint32Array[];
}

/** Plot position of an MSE value. */
export function toPlot(mse: number, log: boolean): number {
  return log ? Math.log10(Math.max(mse, 1e-12)) : mse;
}

/**
 * Bins per-series errors on `bins` equal-width bins over their range (on a log
 * scale when `log`), counting each ground-truth group separately.
 */
export function binErrors(mse: ArrayLike<number>, group: ArrayLike<number>, groupCount: number, log: boolean, bins = 80): ErrorBins {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < mse.length; i++) {
    const v = toPlot(mse[i], log);
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) return { log, edges: new Float64Array(0), counts: [] };
  if (hi === lo) (lo -= 0.5), (hi += 0.5);
  const width = (hi - lo) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width));
  const counts = Array.from({ length: groupCount }, () => new Uint32Array(bins));
  for (let i = 0; i < mse.length; i++) {
    const v = toPlot(mse[i], log);
    if (!Number.isFinite(v)) continue;
    counts[group[i]][Math.min(bins - 1, Math.floor((v - lo) / width))] += 1;
  }
  return { log, edges, counts };
}

/**
 * Stacked bars: one trace per non-empty group with its colour when `revealed`,
 * else one trace of every series (the learner has no labels yet).
 */
export function errorTraces(b: ErrorBins, names: string[], colors: string[], revealed: boolean, allLabel: string): Trace[] {
  const m = b.edges.length - 1;
  if (m < 1) return [];
  const x = Array.from({ length: m }, (_, i) => (b.edges[i] + b.edges[i + 1]) / 2);
  const width = b.edges[1] - b.edges[0];
  const bar = (name: string, color: string, y: number[]): Trace => ({
    type: 'bar',
    name,
    x,
    y,
    width,
    marker: { color, opacity: 0.75, line: { width: 0 } },
    hovertemplate: `${name}: %{y}<extra></extra>`,
  });
  if (!revealed) {
    const total = Array.from({ length: m }, (_, i) => b.counts.reduce((s, c) => s + c[i], 0));
    return [bar(allLabel, palette.normal, total)];
  }
  return b.counts
    .map((c, g) => ({ g, y: Array.from(c), n: c.reduce((s, v) => s + v, 0) }))
    .filter(({ n }) => n > 0)
    .map(({ g, y, n }) => bar(`${names[g]} (n=${n.toLocaleString('en-US')})`, colors[g], y));
}

/** Tick positions (log₁₀ of the value) and labels for the log-scaled x axis spanning [lo, hi]. */
function logTicks(lo: number, hi: number): { tickvals: number[]; ticktext: string[] } {
  const { values, labels } = decadeTicks(lo, hi);
  return { tickvals: values.map((v) => Math.log10(v)), ticktext: labels };
}

/** How close (as a fraction of the x range) to a plot edge a threshold label turns inward. */
const EDGE_FRACTION = 0.12;

/** Layout with both thresholds, their shaded tails and a fixed x range (so slider moves only relayout). */
export function errorLayout(b: ErrorBins, o: { low: number; high: number; logY: boolean; xTitle: string; yTitle: string }): Layout {
  const m = b.edges.length;
  const lo = m > 0 ? b.edges[0] : 0;
  const hi = m > 0 ? b.edges[m - 1] : 1;
  const low = toPlot(o.low, b.log);
  const high = toPlot(o.high, b.log);
  const left = Math.min(lo, low);
  const right = Math.max(hi, high);
  const pad = (right - left) * 0.02;
  const tail = (x0: number, x1: number): Shape => ({
    type: 'rect',
    xref: 'x',
    yref: 'paper',
    x0,
    x1,
    y0: 0,
    y1: 1,
    fillcolor: withAlpha(palette.anomaly, 0.07),
    line: { width: 0 },
    layer: 'below',
  });
  // A label that would run off the plot (into the y ticks) turns to the inside, one line lower.
  const span = right - left + 2 * pad || 1;
  const label = (x: number, text: string, anchor: 'left' | 'right') => {
    const f = (x - (left - pad)) / span;
    const turned = anchor === 'right' ? f < EDGE_FRACTION : f > 1 - EDGE_FRACTION;
    return {
      x,
      xref: 'x',
      y: turned ? 0.9 : 1,
      yref: 'paper',
      yanchor: 'top',
      xanchor: turned ? (anchor === 'right' ? 'left' : 'right') : anchor,
      text: turned ? ` ${text.trim()} ` : text,
      showarrow: false,
      font: { color: palette.threshold, size: 11 },
    };
  };
  return {
    barmode: 'stack',
    bargap: 0,
    xaxis: axis(o.xTitle, { range: [left - pad, right + pad], autorange: false, ...(b.log ? logTicks(left, right) : {}) }),
    yaxis: axis(o.yTitle, { type: o.logY ? 'log' : 'linear', rangemode: 'tozero', ...(o.logY ? logCountTicks(stackedMax(b)) : {}) }),
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
    shapes: [tail(left - pad, low), tail(high, right + pad), verticalLine(low, palette.threshold, 'dash'), verticalLine(high, palette.threshold, 'dash')],
    annotations: [label(low, `≤ ${fmt(o.low)} `, 'right'), label(high, ` ≥ ${fmt(o.high)}`, 'left')],
  };
}

/** The tallest stacked bar. */
function stackedMax(b: ErrorBins): number {
  let max = 0;
  for (let i = 0; i < b.edges.length; i++) max = Math.max(max, b.counts.reduce((s, c) => s + (c[i] ?? 0), 0));
  return max;
}

function fmt(v: number): string {
  return Number(v.toPrecision(3)).toString();
}
