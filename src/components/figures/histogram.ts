import { capitalize, withNote, type ChartText } from '../chart-text';
import { palette, withAlpha } from '../palette';
import { formatThreshold, thresholdDigits } from '../format';
import { axis, logCountTicks, verticalLine } from './common';
import type { Axis, Figure, Layout, Numeric, Shape, Trace } from './types';

/** Counts of both classes on the same bin edges (`edges.length === bins + 1`). */
export interface SharedBins {
  edges: Float64Array;
  normal: Uint32Array;
  anomaly: Uint32Array;
}

export interface HistogramOptions {
  threshold?: number | null;
  logY?: boolean;
  /** x-axis title (default: the text's "anomaly score"). */
  xTitle?: string;
  /** Decimals of the threshold's label (default: `thresholdDigits` of the binned range, as the slider's). */
  thresholdDigits?: number;
}

/** What a histogram's figure needs besides the bins: its options and its words. */
export interface HistogramLayoutOptions extends HistogramOptions {
  text: ChartText['histogram'];
}

export interface HistogramInput extends HistogramLayoutOptions {
  normal: Numeric;
  anomaly: Numeric;
  bins?: number;
}

export const DEFAULT_BINS = 60;

function extent(a: Numeric, b: Numeric): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const arr of [a, b]) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}

function count(values: Numeric, lo: number, width: number, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  const inv = 1 / width;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    let k = Math.floor((v - lo) * inv);
    if (k >= bins) k = bins - 1;
    else if (k < 0) k = 0;
    counts[k]++;
  }
  return counts;
}

/**
 * Bins both score arrays on shared, equal-width edges spanning their joint
 * finite range. Non-finite scores are ignored. The maximum lands in the last
 * bin (bins are [lo, hi) except the last, which is closed).
 */
export function binShared(normal: Numeric, anomaly: Numeric, bins = DEFAULT_BINS): SharedBins {
  const n = Math.max(1, Math.floor(bins));
  let [lo, hi] = extent(normal, anomaly);
  if (!Number.isFinite(lo)) return { edges: new Float64Array(0), normal: new Uint32Array(0), anomaly: new Uint32Array(0) };
  if (hi === lo) {
    const pad = Math.abs(lo) * 0.05 || 0.5;
    lo -= pad;
    hi += pad;
  }
  const width = (hi - lo) / n;
  const edges = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) edges[i] = lo + i * width;
  edges[n] = hi;
  return { edges, normal: count(normal, lo, width, n), anomaly: count(anomaly, lo, width, n) };
}

function total(counts: Uint32Array): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i];
  return s;
}

/** Anomaly bars are hatched as well as coloured: the classes differ in more than hue. */
const ANOMALY_PATTERN = { shape: '/', solidity: 0.35, size: 7 };

function barTrace(name: string, scoreWord: string, color: string, bins: SharedBins, counts: Uint32Array, pattern?: Record<string, unknown>): Trace {
  const m = counts.length;
  const x = new Array<number>(m);
  const customdata = new Array<[number, number]>(m);
  for (let i = 0; i < m; i++) {
    x[i] = (bins.edges[i] + bins.edges[i + 1]) / 2;
    customdata[i] = [bins.edges[i], bins.edges[i + 1]];
  }
  const width = m > 0 ? bins.edges[1] - bins.edges[0] : 0;
  return {
    type: 'bar',
    name: `${name} (n=${total(counts).toLocaleString('en-US')})`,
    x,
    y: Array.from(counts),
    width,
    customdata,
    marker: { color, opacity: 0.6, line: { width: 0 }, ...(pattern ? { pattern: { ...pattern, fgcolor: color, fgopacity: 1 } } : {}) },
    hovertemplate: `${name}: %{y}<br>${scoreWord} %{customdata[0]:.4g} – %{customdata[1]:.4g}<extra></extra>`,
  };
}

function thresholdShapes(threshold: number, hi: number): Shape[] {
  const flagged: Shape = {
    type: 'rect',
    xref: 'x',
    yref: 'paper',
    x0: threshold,
    x1: Math.max(hi, threshold),
    y0: 0,
    y1: 1,
    fillcolor: withAlpha(palette.anomaly, 0.06),
    line: { width: 0 },
    layer: 'below',
  };
  return [flagged, verticalLine(threshold, palette.threshold, 'dash')];
}

/**
 * Explicit x range (the bins, widened to show an outside threshold). Without it
 * the threshold shape would take part in autorange and every slider frame would
 * force a full Plotly recalculation.
 */
function xRange(bins: SharedBins, threshold: number | null): Partial<Axis> {
  const m = bins.edges.length;
  if (m < 2) return {};
  let lo = bins.edges[0];
  let hi = bins.edges[m - 1];
  if (threshold !== null) {
    lo = Math.min(lo, threshold);
    hi = Math.max(hi, threshold);
  }
  const pad = (hi - lo) * 0.02;
  return { range: [lo - pad, hi + pad], autorange: false };
}

/** The two bar traces. Depends only on the bins and words, so memoise it and keep identity stable. */
export function histogramTraces(bins: SharedBins, text: ChartText['histogram']): Trace[] {
  return [barTrace(text.normal, text.score, palette.normal, bins, bins.normal), barTrace(text.anomaly, text.score, palette.anomaly, bins, bins.anomaly, ANOMALY_PATTERN)];
}

/** Layout incl. the threshold line: cheap, so it can be rebuilt every slider frame. */
export function histogramLayout(bins: SharedBins, opts: HistogramLayoutOptions): Layout {
  const { threshold, logY = false, text: t } = opts;
  const xTitle = opts.xTitle ?? capitalize(t.axis);
  const hasThreshold = threshold !== undefined && threshold !== null && Number.isFinite(threshold);
  const hi = bins.edges.length > 0 ? bins.edges[bins.edges.length - 1] : 0;
  // The label sits on the side of the line with more room: anchored left of a threshold in the
  // right half, so it is never clipped at the plot's edge ("thresh…").
  const lo = bins.edges.length > 0 ? bins.edges[0] : 0;
  const rightHalf = hasThreshold && threshold > (lo + Math.max(hi, threshold)) / 2;
  const label = hasThreshold ? `${t.threshold} ${formatThreshold(threshold, opts.thresholdDigits ?? thresholdDigits(lo, hi))}` : '';
  return {
    barmode: 'overlay',
    bargap: 0,
    xaxis: axis(xTitle, xRange(bins, hasThreshold ? threshold : null)),
    yaxis: axis(capitalize(logY ? withNote(t.count, t.log) : t.count), { type: logY ? 'log' : 'linear', rangemode: 'tozero', ...(logY ? logCountTicks(Math.max(0, ...bins.normal, ...bins.anomaly)) : {}) }),
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
    shapes: hasThreshold ? thresholdShapes(threshold, hi) : [],
    annotations: hasThreshold
      ? [{
          x: threshold, xref: 'x', y: 1, yref: 'paper', yanchor: 'top', xanchor: rightHalf ? 'right' : 'left',
          text: rightHalf ? `${label} ` : ` ${label}`, showarrow: false,
          font: { color: palette.threshold, size: 11 },
        }]
      : [],
  };
}

export function histogramFigureFromBins(bins: SharedBins, opts: HistogramLayoutOptions): Figure {
  return { data: histogramTraces(bins, opts.text), layout: histogramLayout(bins, opts) };
}

/**
 * Overlaid histograms of normal vs anomaly scores on SHARED edges. Counts are
 * computed here and sent as bar traces, so 100k scores stay cheap to draw.
 */
export function histogramFigure(input: HistogramInput): Figure {
  const { normal, anomaly, bins, ...opts } = input;
  return histogramFigureFromBins(binShared(normal, anomaly, bins), opts);
}
