import { LiveLossCurve } from '../../../components/live-loss-curve';
import { LossCurve } from '../../../components/loss-curve';
import { createTrainCell } from '../../../notebook/lesson-cells';
import { starredIndex } from '../../../notebook/training-state';
import { useBatchEstimate, useSpeedEstimate } from '../../../notebook/use-estimate';
import { patchVae, useLesson } from '../instance';
import { batchSpeed, scoredWindows, scoringSpeed } from '../speed';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

/** Scoring progress, then the loss curve on a linear axis (this loss goes negative, which the panel's log axis cannot show). */
function ScoringAndLoss() {
  const t = useText();
  const chartText = useChartText();
  const training = useLesson((s) => s.training);
  const nTest = useLesson((s) => (s.data.split ? s.data.split.counts.testNormal + s.data.split.counts.testAnomaly : 0));
  return (
    <>
      {training.status === 'running' && training.phase === 'scoring' ? (
        <p className="nb-notice" data-testid="scoring-progress">
          {t.scoringProgress(training.scored, nTest)}
        </p>
      ) : null}
      {training.trainLoss.length > 0 ? (
        <div data-testid="loss-curve">
          {training.status === 'running' ? (
            <LiveLossCurve clipSpikes train={training.trainLoss} val={[]} aria-label={t.lossCurve} text={chartText} />
          ) : (
            <LossCurve clipSpikes train={training.trainLoss} val={[]} bestEpoch={starredIndex(training.bestEpoch, training.stop, false)} aria-label={t.lossCurve} text={chartText} />
          )}
        </div>
      ) : null}
    </>
  );
}

/** Seconds per epoch of the training patches, and of the cutting and scoring around them, on the current backend. */
function useEstimate() {
  const p = useLesson((s) => s.params);
  const counts = useLesson((s) => s.data.split?.counts ?? null);
  const training = useBatchEstimate(batchSpeed, p.patches, p.batch);
  const scoring = useSpeedEstimate(scoringSpeed, scoredWindows(p, counts));
  return { ...training, extraSeconds: scoring.seconds };
}

/**
 * Cell 4: Run / Stop, progress (training, then scoring every window), live loss
 * curve on a linear axis (plain SVG while training, Plotly after; epochs where σ² collapsed are drawn on the top edge).
 */
export const TrainCell = createTrainCell(patchVae, useText, useEstimate, { showLoss: false, After: ScoringAndLoss });
