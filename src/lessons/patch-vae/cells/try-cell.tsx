import { useEffect, useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { formatNumber } from '../../../components/format';
import { ErrorNotice } from '../../../notebook/error-notice';
import { derive, imageScores, logVarianceImage, normalizedOf, tryHeatTop, windowHeat, windowMaps } from '../derived';
import { actions, useLesson } from '../instance';
import { drawingEdited } from '../try-action';
import { SIDE, type ScoreKind } from '../state';
import { useText } from '../text';
import { DrawingCanvas } from '../../../components/drawing-canvas';
import { LOG_SIGMA2_RANGE } from './scoring-cell';
import { useChartText } from '../../../i18n/chart-text';
import { problemText } from '../../../notebook/settings/problem-text';
import { useLang } from '../../../stores/settings-store';

/** Cell 8: draw a digit or paint on a test image; its maps and both scores against the Compare cell's thresholds. */
export function TryCell() {
  const t = useText();
  const lang = useLang();
  const chartText = useChartText();
  const result = useLesson((s) => s.result);
  const tryIt = useLesson((s) => s.tryIt);
  const training = useLesson((s) => s.training.status);
  const thresholds = useLesson((s) => s.view.threshold);
  const floor = useLesson((s) => s.view.scoreFloor);
  const positionNorm = useLesson((s) => s.view.positionNorm);
  const nNormal = useLesson((s) => s.data.split?.counts.testNormal ?? 0);
  const nTest = useLesson((s) => (s.data.split ? s.data.split.counts.testNormal + s.data.split.counts.testAnomaly : 0));
  const scored = tryIt.scored;
  const edited = drawingEdited(tryIt);
  /** Strokes made while training ran are scored once the model is free (a failed score waits for the learner). */
  const rescore = edited && result !== null && training !== 'running' && tryIt.status === 'done';
  useEffect(() => {
    if (rescore) void actions.scoreDrawing();
  }, [rescore]);
  const scores = useMemo(() => (scored && result ? normalizedOf(scored.scores, result.heldOut, positionNorm) : null), [scored, result, positionNorm]);
  const maps = useMemo(() => {
    if (!scored || !scores || !result) return [];
    const { patchSize, stride } = result.params;
    return [
      {
        id: 'drawing',
        images: [
          scored.image,
          scored.mu,
          logVarianceImage(scored.sigma2),
          windowHeat(windowMaps(scores, 'old', floor), SIDE, patchSize, stride),
          windowHeat(windowMaps(scores, 'new', floor), SIDE, patchSize, stride),
        ],
      },
    ];
  }, [scored, scores, result, floor]);
  if (!result) return <p className="nb-muted">{t.trainFirst}</p>;
  const busy = training === 'running';
  const pick = (from: number, count: number) => void actions.drawFromTest(from + Math.floor(Math.random() * Math.max(1, count)));
  /** The Compare cell's threshold of each score: the chosen one, else the best F1. */
  const th = { old: thresholds.old ?? derive(result, 'old', floor, positionNorm).best.threshold, new: thresholds.new ?? derive(result, 'new', floor, positionNorm).best.threshold };
  const digits = (kind: ScoreKind) => (kind === 'old' ? 2 : 1);
  const verdict = (kind: ScoreKind, value: number) => (
    <span data-testid={`try-${kind}`} data-score={value}>
      {kind === 'old' ? t.oldScore : t.newScore} = <strong>{formatNumber(value, digits(kind))}</strong> ({value >= th[kind] ? t.aboveThreshold : t.belowThreshold})
    </span>
  );
  return (
    <div className="nb-cell-body">
      <div className="nb-split">
        <div>
          <DrawingCanvas
            image={tryIt.image}
            side={SIDE}
            scale={8}
            label={t.draw}
            onCommit={(img) => {
              actions.setDrawing(img);
              if (!busy) void actions.scoreDrawing();
            }}
          />
          <p className="nb-muted nb-small">{t.draw}</p>
          <div className="nb-btn-row">
            <button type="button" className="btn btn--small" data-testid="try-clear" onClick={actions.clearDrawing}>
              {t.clear}
            </button>
            <button type="button" className="btn btn--small" data-testid="try-from-normal" disabled={nNormal === 0} onClick={() => pick(0, nNormal)}>
              {t.fromNormal}
            </button>
            <button type="button" className="btn btn--small" data-testid="try-from-anomaly" disabled={nTest - nNormal === 0} onClick={() => pick(nNormal, nTest - nNormal)}>
              {t.fromAnomaly}
            </button>
            <button type="button" className="btn btn--primary btn--small" data-testid="try-score" data-cell-run="" disabled={busy || tryIt.status === 'running'} onClick={() => void actions.scoreDrawing()}>
              {tryIt.status === 'running' ? t.scoring : t.score}
            </button>
          </div>
          {busy ? <p className="nb-muted">{t.waitTraining}</p> : null}
          {tryIt.error ? <ErrorNotice>{tryIt.error.code === 'train-first' ? t.trainFirst : tryIt.error.code === 'wait-training' ? t.waitTraining : problemText(tryIt.error, lang)}</ErrorNotice> : null}
        </div>
        {scored && scores ? (
          <div data-testid="try-result">
            {edited ? (
              <p className="nb-notice" data-testid="try-edited">
                {busy ? t.editedWhileTraining : t.edited}
              </p>
            ) : null}
            <ImageGrid columns={maps} width={SIDE} height={SIDE} rowLabels={t.rows} colormaps={['gray', 'gray', 'heat', 'heat', 'heat']} vmax={[1, 1, 1, tryHeatTop(th.old), tryHeatTop(th.new)]} scaleRange={LOG_SIGMA2_RANGE} scale={3} text={chartText.grid} />
            <p>{verdict('old', imageScores(scores, 'old', floor)[0])}</p>
            <p>{verdict('new', imageScores(scores, 'new', floor)[0])}</p>
            <p className="nb-muted nb-small" data-testid="try-heat-scale">
              {t.tryHeatScale(formatNumber(th.old, digits('old')), formatNumber(th.new, digits('new')))}
            </p>
            {tryIt.resultKey !== result.key ? <p className="nb-muted">{t.staleDrawing}</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
