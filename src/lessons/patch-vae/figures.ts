import { capitalize, type ChartText } from '../../components/chart-text';
import { axis, operatingPoint, unitAxis } from '../../components/figures/common';
import type { Figure, Trace } from '../../components/figures/types';
import { formatNumber } from '../../components/format';
import { palette } from '../../components/palette';
import type { LatentPicture } from '../../core/pipeline/patch-vae-latent';
import type { RocCurve } from '../../core/metrics/roc';

/** Scatter of latent codes (dims 0 and 1), coloured by the patches' mean ink. */
export function latentFigure(latent: LatentPicture, labels: { inkLegend: string; patchesName: string }): Figure {
  const L = latent.latent;
  const n = latent.z.length / L;
  const x = Float32Array.from({ length: n }, (_, i) => latent.z[i * L]);
  const y = Float32Array.from({ length: n }, (_, i) => (L > 1 ? latent.z[i * L + 1] : 0));
  return {
    data: [
      {
        type: 'scatter',
        mode: 'markers',
        name: labels.patchesName,
        x,
        y,
        marker: { size: 4, color: latent.ink, colorscale: 'Viridis', opacity: 0.7, colorbar: { title: { text: labels.inkLegend }, thickness: 12 } },
        hovertemplate: `z₁ %{x:.2f}<br>z₂ %{y:.2f}<br>${labels.inkLegend} %{marker.color:.2f}<extra></extra>`,
      },
    ],
    layout: { xaxis: axis('z₁'), yaxis: axis('z₂', { scaleanchor: 'x' }), showlegend: false },
  };
}

/**
 * Chance diagonal and the old and new scores' ROC curves with their AUCs; the
 * chosen score's operating point. `names` label the curves (`old`, `new`) and
 * the title (`oldShort`, `newShort`); `text` gives the axes and "chance".
 */
export function rocPairFigure(
  old: RocCurve,
  nw: RocCurve,
  names: { old: string; new: string; oldShort: string; newShort: string },
  point: { fpr: number; tpr: number } | null,
  text: ChartText['roc'],
): Figure {
  const curve = (r: RocCurve, name: string, color: string): Trace => ({
    type: 'scatter',
    mode: 'lines',
    name: `${name} · AUC ${formatNumber(r.auc, 3)}`,
    x: r.fpr,
    y: r.tpr,
    line: { color, width: 2 },
    hovertemplate: 'FPR %{x:.3f}<br>TPR %{y:.3f}<extra></extra>',
  });
  const op = point ? operatingPoint(point.fpr, point.tpr, `FPR ${formatNumber(point.fpr)} · TPR ${formatNumber(point.tpr)}`) : null;
  return {
    data: [
      { type: 'scatter', mode: 'lines', name: text.chance, x: [0, 1], y: [0, 1], line: { color: palette.chance, dash: 'dash', width: 1 }, hoverinfo: 'skip' },
      curve(old, names.old, palette.grey),
      curve(nw, names.new, palette.accent),
    ],
    layout: {
      title: { text: `AUC ${names.oldShort} ${formatNumber(old.auc, 3)} · ${names.newShort} ${formatNumber(nw.auc, 3)}` },
      xaxis: unitAxis(capitalize(text.fpr)),
      yaxis: unitAxis(capitalize(text.tpr)),
      legend: { x: 0.98, xanchor: 'right', y: 0.02, yanchor: 'bottom' },
      shapes: op?.shapes ?? [],
      annotations: op?.annotations ?? [],
    },
  };
}
