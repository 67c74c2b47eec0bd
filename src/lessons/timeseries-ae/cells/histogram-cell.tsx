import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatCompact } from '../../../components/chart-summary';
import { PlotlyChart, type ChartPoint } from '../../../components/plotly-chart';
import { ThresholdSlider, type ThresholdSliderProps } from '../../../components/threshold-slider';
import { Check } from '../../../notebook/controls';
import { binErrors, errorLayout, errorTraces, toPlot } from '../../../components/figures/group-histogram';
import { groupColor, sliderRange, type ErrorSummary, type LogRange } from '../derived';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { RegionTable } from './region-table';
import { SuggestionNote } from './suggestion-note';
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
  const [preset, setPreset] = useState(0);
  const range = useKeptRange(r?.summary ?? null, low, high, [result, preset]);
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
  const suggestion = summary.suggestion;
  const seedMarks = (v: number) => (Math.log10(v) >= range.lo && Math.log10(v) <= range.hi ? [{ value: Math.log10(v), label: t.marks.seed(v) }] : []);
  const marks = (gap: number | undefined, fromGap: boolean, seed: number) => [
    ...(gap !== undefined ? [{ value: Math.log10(gap), label: fromGap ? t.marks.gap : t.marks.suggested }] : []),
    ...seedMarks(seed),
  ];
  const slider = { ...range, text: chartText.slider };
  const pickPreset = (v: { low: number | null; high: number | null }) => {
    setPreset((n) => n + 1);
    actions.setView(v);
  };
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <Check testId="hist-log-x" checked={view.logX} onChange={(logX) => actions.setView({ logX })} label={t.logX} />
        <Check testId="hist-log-y" checked={view.logY} onChange={(logY) => actions.setView({ logY })} label={t.logY} />
        <Check testId="hist-reveal" checked={view.revealed} onChange={(revealed) => actions.setView({ revealed })} label={t.colourByGroup} />
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
          <LogSlider {...slider} value={r.low} label={t.lowThreshold} asMse={t.asMse('≤', formatCompact(r.low))} below marks={marks(suggestion?.low, suggestion?.lowFromGap ?? false, 0.1)} onChange={(v) => actions.setView({ low: Math.min(v, r.high * 0.9999) })} />
        </div>
        <div data-testid="threshold-high">
          <LogSlider {...slider} value={r.high} label={t.highThreshold} asMse={t.asMse('≥', formatCompact(r.high))} marks={marks(suggestion?.high, suggestion?.highFromGap ?? false, 10)} onChange={(v) => actions.setView({ high: Math.max(v, r.low * 1.0001) })} />
        </div>
      </div>
      <div className="nb-btn-row">
        <button type="button" className="btn btn--small" data-testid="threshold-suggested" onClick={() => pickPreset({ low: null, high: null })}>
          {t.suggested}
        </button>
        <button type="button" className="btn btn--small" data-testid="threshold-seed" onClick={() => pickPreset({ low: 0.1, high: 10 })}>
          {t.seedThresholds}
        </button>
      </div>
      <SuggestionNote missed={summary.missed} low={view.low === null} high={view.high === null} />
      <RegionTable result={r.result} counts={r.counts} low={r.low} high={r.high} />
    </div>
  );
}

/**
 * The sliders' log₁₀ range (`sliderRange`): it holds the errors and both thresholds, and keeps any
 * widening while `key` stays the same (the same result, no preset pressed since), so dragging a
 * thumb back from outside the errors does not shrink the track under it.
 */
function useKeptRange(summary: ErrorSummary | null, low: number, high: number, key: readonly unknown[]): LogRange {
  const kept = useRef<{ key: readonly unknown[]; range: LogRange } | null>(null);
  const prev = kept.current;
  const same = prev !== null && prev.key.every((k, i) => k === key[i]);
  const range = summary ? sliderRange(summary, low, high, same ? prev.range : null) : { lo: 0, hi: 1 };
  useEffect(() => {
    kept.current = { key, range };
  });
  return range;
}

/**
 * A threshold slider on a log₁₀ axis from `lo` to `hi` (its value and changes in linear units), with the
 * threshold as an MSE beneath it (`asMse`), whichever axis the histogram uses; `below`: anomalies lie below it.
 */
function LogSlider(p: { lo: number; hi: number; value: number; label: string; asMse: string; below?: boolean; marks: ThresholdSliderProps['marks']; text: ThresholdSliderProps['text']; onChange(v: number): void }) {
  const step = (p.hi - p.lo) / 400 || 0.01;
  const side = p.below ? { anomalySide: 'below' as const } : {};
  return (
    <>
      <ThresholdSlider value={Math.log10(p.value)} min={p.lo} max={p.hi} step={step} digits={3} label={p.label} {...side} text={p.text} marks={p.marks} onChange={(v) => p.onChange(10 ** v)} />
      <p className="nb-muted nb-small" data-testid="threshold-as-mse">
        {p.asMse}
      </p>
    </>
  );
}
