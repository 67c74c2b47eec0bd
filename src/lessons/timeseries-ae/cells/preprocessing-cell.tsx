import { useMemo } from 'react';
import { PlotlyChart } from '../../../components/plotly-chart';
import { palette, withAlpha } from '../../../components/palette';
import { axis } from '../../../components/figures/common';
import type { Layout, Trace } from '../../../components/figures/types';
import { poolRows } from '../../../core/timeseries/pool-rows';
import { applyStepScaler, fitStepScaler, type StepScaler } from '../../../core/timeseries/standardize';
import { SeriesOverlay } from '../../../components/series-overlay';
import { groupLayers } from '../derived';
import { useLesson } from '../instance';
import { useText, type LessonText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

function meanStdFigure(s: StepScaler, t: LessonText): { data: Trace[]; layout: Layout } {
  const steps = Array.from(s.mean, (_, j) => j);
  const upper = Array.from(s.mean, (m, j) => m + s.std[j]);
  const lower = Array.from(s.mean, (m, j) => m - s.std[j]);
  const band = { type: 'scatter' as const, mode: 'lines', line: { width: 0 }, hoverinfo: 'skip', showlegend: false };
  return {
    data: [
      { ...band, x: steps, y: lower },
      { ...band, x: steps, y: upper, fill: 'tonexty', fillcolor: withAlpha(palette.normal, 0.18), name: t.plusMinusStd, showlegend: true },
      { type: 'scatter', mode: 'lines', x: steps, y: Array.from(s.mean), name: t.mean, line: { color: palette.normal, width: 2 } },
    ],
    layout: { xaxis: axis(t.stepAxis), yaxis: axis(t.valueAxis), legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' } },
  };
}

/** Cell 2: per-time-step standardisation fitted on the training pool, before and after. */
export function PreprocessingCell() {
  const t = useText();
  const chartText = useChartText();
  const set = useLesson((s) => s.data.set);
  const pool = useLesson((s) => s.params.pool);
  const revealed = useLesson((s) => s.view.revealed);
  const prepared = useMemo(() => {
    if (!set) return null;
    let rows: Int32Array | null = null;
    try {
      rows = poolRows(set.group, pool);
    } catch {
      rows = null;
    }
    const scaler = fitStepScaler(set.x, set.L, rows ?? undefined);
    return { scaler, z: applyStepScaler(set.x, scaler), fittedOn: rows ? rows.length : set.group.length };
  }, [set, pool]);
  const layers = useMemo(() => (set ? groupLayers(set, revealed) : []), [set, revealed]);
  const figure = useMemo(() => (prepared ? meanStdFigure(prepared.scaler, t) : null), [prepared, t]);
  if (!set || !prepared || !figure) return <p className="nb-muted">{t.noData}</p>;
  return (
    <div className="nb-cell-body">
      <div data-testid="scaler-plot">
        <PlotlyChart data={figure.data} layout={figure.layout} aria-label={t.meanStd} caption={t.meanStd} height={240} text={chartText.chart} />
      </div>
      <p className="nb-muted nb-small" data-testid="scaler-fitted-on">
        {t.fittedOn(prepared.fittedOn)}
      </p>
      <div className="nb-split">
        <SeriesOverlay x={set.x} L={set.L} layers={layers} aria-label={t.before} caption={t.before} stepWord={t.stepAxis} height={240} testId="overlay-before" />
        <SeriesOverlay x={prepared.z} L={set.L} layers={layers} aria-label={t.after} caption={t.after} stepWord={t.stepAxis} height={240} testId="overlay-after" />
      </div>
    </div>
  );
}
