import { useMemo } from 'react';
import { MetricBadge } from '../../../components/metric-badge';
import { rocSummary } from '../../../components/chart-summary';
import { PlotlyChart } from '../../../components/plotly-chart';
import { ScoreHistogram } from '../../../components/score-histogram';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { countsAt } from '../../../core/metrics/threshold-sweep';
import { formatNumber } from '../../../components/format';
import { newScoreAt } from '../../../core/score/window-scores';
import { derive } from '../derived';
import { rocPairFigure } from '../figures';
import { actions, useLesson } from '../instance';
import type { PatchVaeResult, ScoreKind } from '../state';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 7: old vs new — histogram and threshold of the chosen score, both ROC curves on one plot. */
export function CompareCell() {
  const t = useText();
  const chartText = useChartText();
  const result = useLesson((s) => s.result);
  const view = useLesson((s) => s.view);
  const kind = view.scoreKind;
  const floor = view.scoreFloor;
  const pos = view.positionNorm && result?.heldOut != null;
  const both = useMemo(() => (result ? { old: derive(result, 'old', floor, pos), new: derive(result, 'new', floor, pos) } : null), [result, floor, pos]);
  const d = both?.[kind] ?? null;
  const threshold = d ? clamp(view.threshold[kind] ?? d.best.threshold, d.min, d.max) : 0;
  const c = d ? countsAt(d.sweep, threshold) : null;
  const fpr = c ? c.fp / Math.max(1, c.fp + c.tn) : null;
  const tpr = c ? c.tp / Math.max(1, c.tp + c.fn) : null;
  const figure = useMemo(
    () => (both ? rocPairFigure(both.old.roc, both.new.roc, { old: t.oldScore, new: t.newScore, oldShort: t.oldShort, newShort: t.newShort }, fpr !== null && tpr !== null ? { fpr, tpr } : null, chartText.roc) : null),
    [both, t, chartText, fpr, tpr],
  );
  if (!result || !both || !d || !c || !figure) {
    return (
      <div className="nb-cell-body">
        <p className="nb-muted">{t.noResult}</p>
      </div>
    );
  }
  return (
    <div className="nb-cell-body">
      <div className="nb-badge-row">
        <span data-testid="auc-old" data-auc={both.old.roc.auc}>
          <MetricBadge label={`${t.auc} ${t.oldScore}`} value={both.old.roc.auc} digits={4} />
        </span>
        <span data-testid="auc-new" data-auc={both.new.roc.auc}>
          <MetricBadge label={`${t.auc} ${t.newScore}`} value={both.new.roc.auc} digits={4} tone="accent" />
        </span>
      </div>
      <PositionPicker result={result} on={pos} floor={floor} />
      <FloorPicker result={result} floor={floor} pos={pos} />
      <div className="nb-segmented" role="group" aria-label={t.scoreKind}>
        {(['old', 'new'] as ScoreKind[]).map((k) => (
          <button key={k} type="button" className="nb-chip" data-testid={`score-kind-${k}`} aria-pressed={kind === k} onClick={() => actions.setView({ scoreKind: k })}>
            {k === 'old' ? t.oldScore : t.newScore}
          </button>
        ))}
      </div>
      <div className="nb-split">
        <div>
          <div data-testid="score-histogram">
            <ScoreHistogram
              normal={d.normal}
              anomaly={d.anomaly}
              threshold={threshold}
              logY
              xTitle={kind === 'old' ? t.oldScore : t.newScore}
              aria-label={t.histogram}
              text={chartText}
              onThresholdPick={(v) => actions.setThreshold(kind, v)}
            />
          </div>
          <div data-testid="threshold">
            <ThresholdSlider value={threshold} min={d.min} max={d.max} onChange={(v) => actions.setThreshold(kind, v)} label={t.threshold} marks={[{ value: d.best.threshold, label: 'F1' }]} text={chartText.slider} />
          </div>
          <p className="nb-small" data-testid="threshold-counts">
            {t.flagged(c.tp, c.fp, c.fn)}
          </p>
        </div>
        <div data-testid="roc-plot">
          <PlotlyChart
            data={figure.data}
            layout={figure.layout}
            aria-label={t.roc}
            summary={`${kind === 'old' ? t.oldScore : t.newScore} — ${rocSummary(chartText.summary, d.roc.auc, fpr !== null && tpr !== null ? { fpr, tpr } : null, threshold)}`}
            height={340}
            text={chartText.chart}
          />
        </div>
      </div>
    </div>
  );
}

/** The new score's windows raw (seed 004) or compared with their position over held-out normals; each choice with its AUC. */
function PositionPicker({ result, on, floor }: { result: PatchVaeResult; on: boolean; floor: number }) {
  const t = useText();
  if (!result.heldOut) return <p className="nb-muted nb-small">{t.noHeldOut}</p>;
  return (
    <fieldset className="nb-digit-picker" data-testid="position-norm">
      <legend>{t.positionNorm}</legend>
      {[false, true].map((p) => (
        <button key={String(p)} type="button" className="nb-chip" data-testid={`position-norm-${p ? 'on' : 'off'}`} aria-pressed={on === p} onClick={() => actions.setPositionNorm(p)}>
          {p ? t.positionOn : t.positionOff} · {t.auc} {formatNumber(derive(result, 'new', floor, p).roc.auc, 3)}
        </button>
      ))}
    </fieldset>
  );
}

/** The σ² floor of the new score, each choice with the AUC it gives (instant: every floor was scored in the same pass). */
function FloorPicker({ result, floor, pos }: { result: PatchVaeResult; floor: number; pos: boolean }) {
  const t = useText();
  return (
    <fieldset className="nb-digit-picker" data-testid="score-floor">
      <legend>{t.scoreFloor}</legend>
      {result.test.news.map((n) => (
        <button
          key={n.floor}
          type="button"
          className="nb-chip"
          data-testid={`score-floor-${n.floor}`}
          aria-pressed={n.floor === newScoreAt(result.test, floor).floor}
          onClick={() => actions.setScoreFloor(n.floor)}
        >
          {n.floor > 0 ? `σ² ≥ ${n.floor}` : t.floorNone} · {t.auc} {formatNumber(derive(result, 'new', n.floor, pos).roc.auc, 3)}
        </button>
      ))}
    </fieldset>
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : hi;
}
