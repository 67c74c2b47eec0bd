import { capitalize, withNote, type ChartText } from '../chart-text';
import { palette } from '../palette';
import { formatNumber } from '../format';
import { axis, bottomLegend, bottomMargin, epochAxis, logAxisTicks, verticalLine } from './common';
import type { Figure, Trace } from './types';

export interface LossInput {
  train: ArrayLike<number>;
  val: ArrayLike<number>;
  /** 0-based index into `val` of the best (restored) epoch; shown as epoch index+1. */
  bestEpoch?: number | null;
  logY?: boolean;
  /**
   * Keep the linear y axis on the ordinary epochs: losses far above the rest
   * (see `spikeThreshold`) are drawn as markers on the top edge, their value on hover.
   */
  clipSpikes?: boolean;
  /** Title, axes and legend words. */
  text: ChartText['loss'];
}

/**
 * The loss above which an epoch counts as a spike: median + 20 × (median
 * absolute deviation + 10 % of |median|) of the finite losses; null with fewer than 3.
 */
export function spikeThreshold(values: number[]): number | null {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length < 3) return null;
  const med = (xs: number[]) => (xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2);
  const m = med(v);
  const mad = med(v.map((x) => Math.abs(x - m)).sort((a, b) => a - b));
  return m + 20 * (mad + 0.1 * Math.abs(m));
}

function epochs(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

function lossTrace(name: string, values: ArrayLike<number>, color: string, epoch: string): Trace {
  const y = Array.from(values);
  return {
    type: 'scatter',
    mode: y.length < 40 ? 'lines+markers' : 'lines',
    name,
    x: epochs(y.length),
    y,
    line: { color, width: 2 },
    marker: { size: 5 },
    hovertemplate: `${name} %{y:.4g}<br>${epoch} %{x}<extra></extra>`,
  };
}

/** Whether a loss series has any finite value (a run without validation data reports NaN for it). */
export function hasLoss(values: ArrayLike<number>): boolean {
  return Array.from(values).some(Number.isFinite);
}

/**
 * The series the best epoch was chosen on: the validation loss, or the training
 * loss when there is no validation data (the train loop then watches that).
 * Also whether that is the validation loss.
 */
export function monitoredLoss(train: ArrayLike<number>, val: ArrayLike<number>): { values: ArrayLike<number>; isVal: boolean } {
  return hasLoss(val) ? { values: val, isVal: true } : { values: train, isVal: false };
}

/**
 * Ticks of the log loss axis: 1-2-5 labels in full where the losses span
 * enough of a decade for three of them; otherwise Plotly's own ticks, which
 * label a narrow range in full anyway (over a decade or two they read
 * "2, 10, 5, 2, 1").
 */
function logLossTicks(train: ArrayLike<number>, val: ArrayLike<number>): { tickvals: number[]; ticktext: string[] } | Record<string, never> {
  const positive = [...Array.from(train), ...Array.from(val)].filter((v) => Number.isFinite(v) && v > 0);
  return positive.length > 0 ? logAxisTicks(Math.log10(Math.min(...positive)), Math.log10(Math.max(...positive)), 3) : {};
}

/** Train / validation loss per epoch (x = 1-based epoch), with the best epoch marked on the series it was chosen on. */
export function lossFigure({ train, val, bestEpoch, logY = false, clipSpikes = false, text: t }: LossInput): Figure {
  const data: Trace[] = [lossTrace(t.train, train, palette.train, t.epoch)];
  if (hasLoss(val)) data.push(lossTrace(t.validation, val, palette.val, t.epoch));
  const range = clipSpikes && !logY ? spikeRange([...Array.from(train), ...Array.from(val)]) : null;
  if (range) {
    const spikes = Array.from(train)
      .map((y, i) => ({ epoch: i + 1, y }))
      .filter((p) => p.y > range.cut);
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: t.offChart,
      x: spikes.map((p) => p.epoch),
      y: spikes.map(() => range.top),
      text: spikes.map((p) => formatNumber(p.y, 3)),
      marker: { color: palette.train, size: 11, symbol: 'triangle-up' },
      hovertemplate: `${t.train} %{text} (${t.offChart})<br>${t.epoch} %{x}<extra></extra>`,
    });
  }
  const watched = monitoredLoss(train, val);
  const hasBest = bestEpoch !== undefined && bestEpoch !== null && bestEpoch >= 0 && bestEpoch < watched.values.length && Number.isFinite(watched.values[bestEpoch]);
  if (hasBest) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: t.best(bestEpoch + 1),
      x: [bestEpoch + 1],
      y: [watched.values[bestEpoch]],
      marker: { color: palette.threshold, size: 12, symbol: 'star' },
      hovertemplate: `${t.best(bestEpoch + 1)}<br>${watched.isVal ? t.validation : t.train} ${formatNumber(watched.values[bestEpoch], 4)}<extra></extra>`,
    });
  }
  return {
    data,
    layout: {
      title: { text: t.title },
      xaxis: epochAxis(capitalize(t.epoch), train.length),
      // automargin: a long tick ("0.0288") pushes the axis title out instead of running under it.
      yaxis: axis(capitalize(logY ? withNote(t.loss, t.log) : t.loss), { type: logY ? 'log' : 'linear', automargin: true, ...(range ? { range: [range.bottom, range.top] } : {}), ...(logY ? logLossTicks(train, val) : {}) }),
      // Below the axis title, off the curves (inside the plot it covered the first epochs on a phone).
      legend: bottomLegend,
      margin: bottomMargin(1),
      shapes: hasBest ? [verticalLine(bestEpoch + 1, palette.threshold, 'dot', 1)] : [],
    },
  };
}

/** y range of the ordinary losses when some are spikes, else null. */
function spikeRange(values: number[]): { cut: number; bottom: number; top: number } | null {
  const cut = spikeThreshold(values);
  if (cut === null || !values.some((v) => v > cut)) return null;
  const kept = values.filter((v) => Number.isFinite(v) && v <= cut);
  const lo = Math.min(...kept);
  const hi = Math.max(...kept);
  const pad = 0.08 * (hi - lo || Math.abs(hi) || 1);
  return { cut, bottom: lo - pad, top: hi + pad };
}
