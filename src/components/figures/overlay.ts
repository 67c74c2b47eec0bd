import { capitalize, withNote, type ChartText } from '../chart-text';
import { palette } from '../palette';
import { formatNumber } from '../format';
import { axis, bottomLegend, bottomMargin, epochAxis, unitAxis } from './common';
import type { Figure, Numeric, Trace } from './types';

/** One run's curves to overlay, named by what differs from the others. */
export interface OverlayRun {
  name: string;
  auc: number;
  ap: number;
  roc: { fpr: Numeric; tpr: Numeric };
  pr: { recall: Numeric; precision: Numeric };
  trainLoss: number[];
  valLoss: number[];
}

/** Colours for overlaid runs, in order (Okabe–Ito, then repeated). */
export const OVERLAY_COLORS = [palette.normal, palette.anomaly, palette.threshold, palette.accent, palette.val, palette.train, '#000000', palette.grey];

const color = (i: number) => OVERLAY_COLORS[i % OVERLAY_COLORS.length];

/** Every run's ROC curve (legend: AUC first, so a narrow screen still shows it, then the name) over the chance diagonal. */
export function overlayRocFigure(runs: readonly OverlayRun[], text: ChartText['roc']): Figure {
  const data: Trace[] = [
    { type: 'scatter', mode: 'lines', name: text.chance, x: [0, 1], y: [0, 1], line: { color: palette.chance, dash: 'dash', width: 1 }, hoverinfo: 'skip', showlegend: false },
    ...runs.map((r, i): Trace => ({ type: 'scatter', mode: 'lines', name: `AUC ${formatNumber(r.auc, 4)} · ${r.name}`, x: r.roc.fpr, y: r.roc.tpr, line: { color: color(i), width: 2 } })),
  ];
  return { data, layout: { title: { text: text.title }, xaxis: unitAxis(capitalize(text.fpr)), yaxis: unitAxis(capitalize(text.tpr)), legend: bottomLegend, margin: bottomMargin(runs.length) } };
}

/** Every run's precision–recall curve (legend: name and AP). */
export function overlayPrFigure(runs: readonly OverlayRun[], text: ChartText['pr']): Figure {
  const data = runs.map((r, i): Trace => ({ type: 'scatter', mode: 'lines', name: `AP ${formatNumber(r.ap, 4)} · ${r.name}`, x: r.pr.recall, y: r.pr.precision, line: { color: color(i), width: 2 } }));
  return { data, layout: { title: { text: text.title }, xaxis: unitAxis(capitalize(text.recall)), yaxis: unitAxis(capitalize(text.precision)), legend: bottomLegend, margin: bottomMargin(runs.length) } };
}

/** Every run's training loss (solid) and validation loss (dotted) per epoch, on a log axis. */
export function overlayLossFigure(runs: readonly OverlayRun[], text: ChartText['loss'], words: { train: string; val: string }): Figure {
  const logY = runs.every((r) => [...r.trainLoss, ...r.valLoss].every((v) => v > 0));
  const data: Trace[] = runs.flatMap((r, i) => {
    const line = (values: number[], word: string, dash: string): Trace => ({
      type: 'scatter',
      mode: values.length < 40 ? 'lines+markers' : 'lines',
      name: `${r.name} · ${word}`,
      x: values.map((_, k) => k + 1),
      y: values,
      line: { color: color(i), width: 2, dash },
      marker: { size: 4 },
    });
    return [line(r.trainLoss, words.train, 'solid'), ...(r.valLoss.length > 0 ? [line(r.valLoss, words.val, 'dot')] : [])];
  });
  return {
    data,
    layout: {
      title: { text: text.title },
      xaxis: epochAxis(capitalize(text.epoch), Math.max(1, ...runs.map((r) => Math.max(r.trainLoss.length, r.valLoss.length)))),
      yaxis: axis(logY ? withNote(capitalize(text.loss), text.log) : capitalize(text.loss), logY ? { type: 'log' } : {}),
      legend: bottomLegend,
      margin: bottomMargin(data.length),
    },
  };
}
