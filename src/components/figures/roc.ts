import type { ChartText } from '../chart-text';
import { palette, withAlpha } from '../palette';
import { formatNumber } from '../format';
import { unitCurveLayout } from './common';
import type { Figure, Layout, Numeric, Trace } from './types';

export interface RocInput {
  fpr: Numeric;
  tpr: Numeric;
  auc: number;
  /** Current operating point (from the threshold slider). */
  point?: { fpr: number; tpr: number } | null;
  text: ChartText['roc'];
  /** Brackets a legend's detail in the learner's language (`ChartText.chart.paren`). */
  paren: ChartText['chart']['paren'];
}

/** Chance diagonal + ROC curve (filled: the shaded area IS the AUC). Memoise on fpr/tpr/auc. */
export function rocTraces({ fpr, tpr, auc, text, paren }: RocInput): Trace[] {
  return [
    {
      type: 'scatter', mode: 'lines', name: paren(text.chance, 'AUC 0.5'), x: [0, 1], y: [0, 1],
      line: { color: palette.chance, dash: 'dash', width: 1 }, hoverinfo: 'skip',
    },
    {
      type: 'scatter', mode: 'lines', name: paren('ROC', `AUC ${formatNumber(auc)}`), x: fpr, y: tpr,
      line: { color: palette.normal, width: 2 },
      fill: 'tozeroy', fillcolor: withAlpha(palette.normal, 0.12),
      hovertemplate: 'FPR %{x:.3f}<br>TPR %{y:.3f}<extra></extra>',
    },
  ];
}

export function rocLayout({ auc, point, text }: Pick<RocInput, 'auc' | 'point' | 'text'>): Layout {
  return unitCurveLayout({
    title: text.title,
    metric: 'AUC',
    value: auc,
    xTitle: text.fpr,
    yTitle: text.tpr,
    legend: 'right',
    point: point ? { x: point.fpr, y: point.tpr, label: `FPR ${formatNumber(point.fpr)} · TPR ${formatNumber(point.tpr)}` } : null,
  });
}

/** ROC curve with the chance diagonal, AUC in legend + title, and the operating point. */
export function rocFigure(input: RocInput): Figure {
  return { data: rocTraces(input), layout: rocLayout(input) };
}
