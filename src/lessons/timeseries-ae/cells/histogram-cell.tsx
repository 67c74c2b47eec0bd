import { useCallback, useMemo } from 'react';
import { formatCompact } from '../../../components/chart-summary';
import { PlotlyChart, type ChartPoint } from '../../../components/plotly-chart';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { binErrors, errorLayout, errorTraces, toPlot } from '../charts/error-histogram';
import { groupColor } from '../derived';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { RegionTable } from './region-table';
import { useResult } from './use-result';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 5: per-series MSE histogram with a low and a high threshold, and what each region holds. */
export function HistogramCell() {
  const t = useText();
  const chartText = useChartText();
  const view = useLesson((s) => s.view);
  const r = useResult();
  const result = r?.result ?? null;
  const bins = useMemo(() => (result ? binErrors(result.mse, result.set.group, result.set.groupNames.length, view.logX) : null), [result, view.logX]);
  const traces = useMemo(() => {
    if (!bins || !result) return [];
    const names = result.set.groupNames.map((g) => t.groups[g] ?? g);
    return errorTraces(bins, names, result.set.groupNames.map(groupColor), view.revealed, t.allSeries);
  }, [bins, result, view.revealed, t]);
  const layout = useMemo(
    () => (bins && r ? errorLayout(bins, { low: r.low, high: r.high, logY: view.logY, xTitle: view.logX ? t.mseAxisLog : t.mseAxis, yTitle: t.countAxis }) : undefined),
    [bins, r, view.logY, view.logX, t],
  );
  const low = r?.low ?? NaN;
  const high = r?.high ?? NaN;
  const pick = useCallback(
    (p: ChartPoint) => {
      const x = Number(p.x);
      if (!Number.isFinite(x)) return;
      const v = view.logX ? 10 ** x : x;
      const nearLow = Math.abs(x - toPlot(low, view.logX)) <= Math.abs(x - toPlot(high, view.logX));
      if (nearLow && v < high) actions.setView({ low: v });
      else if (!nearLow && v > low) actions.setView({ high: v });
    },
    [view.logX, low, high],
  );
  if (!r || !bins) return <p className="nb-muted">{t.noResult}</p>;
  const { summary } = r;
  const lo = Math.log10(Math.max(summary.min, 1e-12));
  const hi = Math.log10(Math.max(summary.max, 1e-12));
  const seedMarks = (v: number) => (v > summary.min && v < summary.max ? [{ value: Math.log10(v), label: t.marks.seed(v) }] : []);
  const suggestion = summary.suggestion;
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <label className="nb-check">
          <input type="checkbox" data-testid="hist-log-x" checked={view.logX} onChange={(e) => actions.setView({ logX: e.target.checked })} /> {t.logX}
        </label>
        <label className="nb-check">
          <input type="checkbox" data-testid="hist-log-y" checked={view.logY} onChange={(e) => actions.setView({ logY: e.target.checked })} /> {t.logY}
        </label>
        <label className="nb-check">
          <input type="checkbox" data-testid="hist-reveal" checked={view.revealed} onChange={(e) => actions.setView({ revealed: e.target.checked })} /> {t.colourByGroup}
        </label>
      </div>
      <div data-testid="error-histogram">
        <PlotlyChart
          data={traces}
          layout={layout}
          aria-label={t.histogram}
          summary={t.histSummary(r.result.mse.length, formatCompact(r.low), r.counts.low.total, formatCompact(r.high), r.counts.high.total)}
          onClick={pick}
          height={320}
          text={chartText.chart}
        />
      </div>
      <div className="nb-split">
        <div data-testid="threshold-low">
          <ThresholdSlider
            value={Math.log10(r.low)}
            min={lo}
            max={hi}
            step={(hi - lo) / 400 || 0.01}
            digits={3}
            label={t.lowThreshold}
            anomalySide="below"
            text={chartText.slider}
            marks={[...(suggestion ? [{ value: Math.log10(suggestion.low), label: t.marks.gap }] : []), ...seedMarks(0.1)]}
            onChange={(v) => actions.setView({ low: Math.min(10 ** v, r.high * 0.9999) })}
          />
        </div>
        <div data-testid="threshold-high">
          <ThresholdSlider
            value={Math.log10(r.high)}
            min={lo}
            max={hi}
            step={(hi - lo) / 400 || 0.01}
            digits={3}
            label={t.highThreshold}
            text={chartText.slider}
            marks={[...(suggestion ? [{ value: Math.log10(suggestion.high), label: t.marks.gap }] : []), ...seedMarks(10)]}
            onChange={(v) => actions.setView({ high: Math.max(10 ** v, r.low * 1.0001) })}
          />
        </div>
      </div>
      <div className="nb-btn-row">
        <button type="button" className="btn btn--small" data-testid="threshold-suggested" onClick={() => actions.setView({ low: null, high: null })}>
          {t.suggested}
        </button>
        <button type="button" className="btn btn--small" data-testid="threshold-seed" onClick={() => actions.setView({ low: 0.1, high: 10 })}>
          {t.seedThresholds}
        </button>
      </div>
      <RegionTable result={r.result} counts={r.counts} low={r.low} high={r.high} />
    </div>
  );
}
