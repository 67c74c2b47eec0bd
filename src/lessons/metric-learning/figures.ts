import { axis, bottomLegend, bottomMargin, epochAxis } from '../../components/figures/common';
import { OVERLAY_COLORS } from '../../components/figures/overlay';
import type { Figure, Trace } from '../../components/figures/types';
import { palette } from '../../components/palette';
import type { EmbeddingProjection, MetricModelResult, ProjectionGroup } from '../../core/pipeline/metric-learning-types';

/** Loss (left axis) and classification accuracy (right axis, dotted) per epoch, one colour per model. */
export function lossAccuracyFigure(models: readonly MetricModelResult[], w: { title: string; epoch: string; loss: string; accuracy: string; model: (i: number) => string }): Figure {
  const data: Trace[] = models.flatMap((m, i) => {
    const x = m.loss.map((_, e) => e + 1);
    const color = OVERLAY_COLORS[i % OVERLAY_COLORS.length];
    return [
      { type: 'scatter', mode: 'lines+markers', name: `${w.model(i)} · ${w.loss}`, x, y: m.loss, line: { color, width: 2 } },
      { type: 'scatter', mode: 'lines+markers', name: `${w.model(i)} · ${w.accuracy}`, x: m.accuracy.map((_, e) => e + 1), y: m.accuracy, yaxis: 'y2', line: { color, width: 2, dash: 'dot' } },
    ];
  });
  return {
    data,
    layout: {
      title: { text: w.title },
      xaxis: epochAxis(w.epoch, Math.max(1, ...models.map((m) => m.loss.length))),
      yaxis: axis(w.loss),
      // automargin: the right axis' title gets room beside its tick labels instead of covering them.
      yaxis2: { ...axis(w.accuracy), overlaying: 'y', side: 'right', range: [0, 1.02], automargin: true },
      // One legend row per model (its loss and accuracy), below the axis title in either language.
      legend: bottomLegend,
      margin: bottomMargin(models.length),
    },
  };
}

/** Colours of the projection's four groups. */
export const GROUP_COLORS: Record<ProjectionGroup, string> = {
  'normal-train': palette.train,
  reference: palette.grey,
  'test-normal': palette.normal,
  'test-anomaly': palette.anomaly,
};

/** The 2-D PCA of the embeddings: one trace per group (its customdata is the point's index in the projection). */
export function projectionFigure(p: EmbeddingProjection, w: { title: string; axis: (i: number, share: number) => string; groups: Record<ProjectionGroup, string> }): Figure {
  const groups = Object.keys(GROUP_COLORS) as ProjectionGroup[];
  const data: Trace[] = groups.map((g) => {
    const idx = p.group.flatMap((q, i) => (q === g ? [i] : []));
    return {
      type: 'scatter',
      mode: 'markers',
      name: w.groups[g],
      x: idx.map((i) => p.x[i]),
      y: idx.map((i) => p.y[i]),
      customdata: idx,
      marker: { color: GROUP_COLORS[g], size: 5, opacity: g === 'reference' ? 0.45 : 0.8 },
      hoverinfo: 'name',
    };
  });
  return {
    data,
    layout: {
      title: { text: w.title },
      xaxis: axis(w.axis(1, p.explained[0])),
      yaxis: axis(w.axis(2, p.explained[1])),
      // Below the axis title in either language; two rows hold the four groups on a phone.
      legend: bottomLegend,
      margin: bottomMargin(2),
    },
  };
}
