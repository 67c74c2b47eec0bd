import { formatDuration } from '../../../notebook/format-duration';
import { LessonTrainPanel } from '../../../notebook/lesson-train-panel';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { batchSpeed } from '../speed';
import { useText } from '../text';

/** Cell 3: the shared train panel; one run trains the SSIM model, then the L2 model, and keeps both. */
export function TrainCell() {
  const t = useText();
  const { problems } = useFields();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  const result = useLesson((s) => s.result);
  const report = useBackendReport();
  const est = batchSpeed.estimateEpochSeconds(params.trainCount, params.batch, batchSpeed.read(), report?.backend ?? null);
  const running = training.status === 'running';
  return (
    <div className="nb-cell-body">
      {running && training.loss ? (
        <p className="nb-notice" data-testid="training-model">
          {training.phase === 'scoring' ? t.scoring : t.training(t.method[training.loss])}
        </p>
      ) : null}
      <LessonTrainPanel training={training} epochs={params.epochs} secondsPerEpoch={est.seconds} text={t} problems={problems} actions={actions} />
      {result ? (
        <ul className="nb-muted nb-small" data-testid="trained-models">
          {Object.values(result.models).map((m) => (
            <li key={m.loss}>{t.trained(t.method[m.loss], m.epochsRun, formatDuration(m.secondsPerEpoch))}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
