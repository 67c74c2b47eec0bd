import { formatCompact } from '../../../components/chart-summary';
import { useMemo } from 'react';
import { MetricBadge } from '../../../components/metric-badge';
import { rocSummary } from '../../../components/chart-summary';
import { PlotlyChart } from '../../../components/plotly-chart';
import { ScoreHistogram } from '../../../components/score-histogram';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { countsAt } from '../../../core/metrics/threshold-sweep';
import { formatNumber } from '../../../components/format';
import { newScoreAt } from '../../../core/score/window-scores';
import { Chips } from '../../../notebook/controls';
import { clampThreshold } from '../../../notebook/runs/adapter-helpers';
import { derive } from '../derived';
import { rocPairFigure } from '../figures';
import { actions, useLesson } from '../instance';
import type { PatchVaeResult, ScoreKind } from '../state';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

const KINDS: ScoreKind[] = ['old', 'new'];

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
  const threshold = d ? clampThreshold(view.threshold[kind] ?? d.best.threshold, d.min, d.max) : 0;
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
      <Chips label={t.scoreKind} value={kind} onPick={(k) => actions.setView({ scoreKind: k })} chips={KINDS.map((k) => ({ value: k, label: k === 'old' ? t.oldScore : t.newScore, testId: `score-kind-${k}` }))} />
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
    <Chips
      legend={t.positionNorm}
      testId="position-norm"
      value={on}
      onPick={actions.setPositionNorm}
      chips={[false, true].map((p) => ({ value: p, testId: `position-norm-${p ? 'on' : 'off'}`, label: `${p ? t.positionOn : t.positionOff} · ${t.auc} ${formatNumber(derive(result, 'new', floor, p).roc.auc, 3)}` }))}
    />
  );
}

/**
 * The σ² floor of the new score, each choice with the AUC it gives (instant: every floor was scored in the
 * same pass), and a note when some floors lie at or below the smallest σ² the model predicted (they change nothing).
 */
function FloorPicker({ result, floor, pos }: { result: PatchVaeResult; floor: number; pos: boolean }) {
  const t = useText();
  const minSigma2 = result.test.minSigma2;
  const inert = result.test.news.some((n) => n.floor > 0 && n.floor <= minSigma2);
  return (
    <>
      <Chips
        legend={t.scoreFloor}
        testId="score-floor"
        value={newScoreAt(result.test, floor).floor}
        onPick={actions.setScoreFloor}
        chips={result.test.news.map((n) => ({ value: n.floor, testId: `score-floor-${n.floor}`, label: `${n.floor > 0 ? `σ² ≥ ${n.floor}` : t.floorNone} · ${t.auc} ${formatNumber(derive(result, 'new', n.floor, pos).roc.auc, 3)}` }))}
      />
      {inert ? (
        <p className="nb-muted nb-small" data-testid="floors-inert">
          {t.floorsInert(formatCompact(minSigma2))}
        </p>
      ) : null}
    </>
  );
}
