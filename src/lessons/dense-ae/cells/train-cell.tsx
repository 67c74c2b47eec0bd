import { LessonTrainPanel } from '../../../notebook/lesson-train-panel';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useFields, useLesson } from '../instance';
import { modelConfig } from '../model-config';
import { flopSpeed, trainFlopsPerEpoch } from '../speed';
import { useText } from '../text';
import { expectedTrain } from './model-cell';

/** Cell 3: Run / Stop, progress with time estimates, live loss curves. */
export function TrainCell() {
  const t = useText();
  const { problems } = useFields();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  const loaded = useLesson((s) => s.data.split?.counts.train ?? null);
  const report = useBackendReport();
  const est = flopSpeed.estimateEpochSeconds(trainFlopsPerEpoch(modelConfig(params), expectedTrain(params, loaded)), flopSpeed.read(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <LessonTrainPanel training={training} epochs={params.epochs} secondsPerEpoch={est.seconds} text={t} problems={problems} actions={actions} />
    </div>
  );
}
