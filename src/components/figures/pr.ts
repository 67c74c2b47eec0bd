import type { ChartText } from '../chart-text';
import { palette } from '../palette';
import { formatNumber } from '../format';
import { unitCurveLayout } from './common';
import type { Figure, Layout, Numeric, Trace } from './types';

export interface PrInput {
  recall: Numeric;
  precision: Numeric;
  ap: number;
  /**
   * The slider's operating point. A null precision (nothing flagged, 0/0) is drawn where
   * scikit-learn's curve ends, at precision 1 and recall 0, and labelled `text.none`.
   */
  point?: { recall: number; precision: number | null } | null;
  /** Fraction of anomalies in the test set: the precision of a random detector. */
  baseline?: number;
  text: ChartText['pr'];
  /** Brackets a legend's detail in the learner's language (`ChartText.chart.paren`). */
  paren: ChartText['chart']['paren'];
}

/** Optional chance line + PR curve. Memoise on recall/precision/ap/baseline. */
export function prTraces({ recall, precision, ap, baseline, text, paren }: PrInput): Trace[] {
  const data: Trace[] = [];
  if (baseline !== undefined && Number.isFinite(baseline)) {
    data.push({
      type: 'scatter', mode: 'lines', name: paren(text.chance, `${text.precision} ${formatNumber(baseline, 2)}`),
      x: [0, 1], y: [baseline, baseline],
      line: { color: palette.chance, dash: 'dash', width: 1 }, hoverinfo: 'skip',
    });
  }
  data.push({
    type: 'scatter', mode: 'lines', name: paren('PR', `AP ${formatNumber(ap)}`), x: recall, y: precision,
    line: { color: palette.anomaly, width: 2 },
    hovertemplate: `${text.recall} %{x:.3f}<br>${text.precision} %{y:.3f}<extra></extra>`,
  });
  return data;
}

export function prLayout({ ap, point, text }: Pick<PrInput, 'ap' | 'point' | 'text'>): Layout {
  return unitCurveLayout({
    title: text.title,
    metric: 'AP',
    value: ap,
    xTitle: text.recall,
    yTitle: text.precision,
    legend: 'left',
    point: point ? { x: point.recall, y: point.precision ?? 1, label: `${text.recall} ${formatNumber(point.recall)} · ${text.precision} ${point.precision === null ? text.none : formatNumber(point.precision)}` } : null,
  });
}

/** Precision–recall curve with AP in legend + title and the operating point. */
export function prFigure(input: PrInput): Figure {
  return { data: prTraces(input), layout: prLayout(input) };
}
