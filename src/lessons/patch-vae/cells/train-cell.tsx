import { LiveLossCurve } from '../../../components/live-loss-curve';
import { LossCurve } from '../../../components/loss-curve';
import { LessonTrainPanel } from '../../../notebook/lesson-train-panel';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { batchSpeed } from '../speed';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

/**
 * Cell 4: Run / Stop, progress (training, then scoring every window), live loss
 * curve on a linear axis (this loss goes negative, which the shared panel's log axis cannot show;
 * plain SVG while training, Plotly after; epochs where σ² collapsed are drawn on the top edge).
 */
export function TrainCell() {
  const t = useText();
  const chartText = useChartText();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  const nTest = useLesson((s) => (s.data.split ? s.data.split.counts.testNormal + s.data.split.counts.testAnomaly : 0));
  const { problems } = useFields();
  const report = useBackendReport();
  const est = batchSpeed.estimateEpochSeconds(params.patches, params.batch, batchSpeed.read(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <LessonTrainPanel training={training} epochs={params.epochs} secondsPerEpoch={est.seconds} text={t} showLoss={false} problems={problems} actions={actions} />
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
            <LossCurve clipSpikes train={training.trainLoss} val={[]} bestEpoch={training.bestEpoch !== null ? training.bestEpoch - 1 : null} aria-label={t.lossCurve} text={chartText} />
          )}
        </div>
      ) : null}
    </div>
  );
}
