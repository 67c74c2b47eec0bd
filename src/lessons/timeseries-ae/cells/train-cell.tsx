import { LessonTrainPanel } from '../../../notebook/lesson-train-panel';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { batchSpeed } from '../speed';
import { expectedTrainCount } from '../validation';
import { useText } from '../text';

/** Cell 4: the shared train panel — Run / Stop, progress with time estimates, live loss curves. */
export function TrainCell() {
  const t = useText();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const { problems } = useFields();
  const report = useBackendReport();
  const est = batchSpeed.estimateEpochSeconds(expectedTrainCount(params, { data }), params.batch, batchSpeed.read(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <LessonTrainPanel training={training} epochs={params.epochs} secondsPerEpoch={est.seconds} text={t} problems={problems} actions={actions} />
    </div>
  );
}
