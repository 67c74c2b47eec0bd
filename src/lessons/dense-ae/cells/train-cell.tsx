import { LessonTrainPanel } from '../../../notebook/lesson-train-panel';
import { useBackendReport } from '../../../stores/backend-store';
import { actions, useLesson } from '../instance';
import { estimateSecondsPerEpoch, readSpeeds, trainFlopsPerEpoch } from '../speed-memory';
import { useText } from '../text';
import { modelConfig } from './model-cell';

/** Cell 3: Run / Stop, progress with time estimates, live loss curves. */
export function TrainCell() {
  const t = useText();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  useLesson((s) => s.drafts);
  const loaded = useLesson((s) => s.data.split?.counts.train ?? null);
  const report = useBackendReport();
  const nTrain = loaded ?? (params.maxTrain > 0 ? params.maxTrain : 6068);
  const est = estimateSecondsPerEpoch(trainFlopsPerEpoch(modelConfig(params), nTrain), readSpeeds(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <LessonTrainPanel training={training} epochs={params.epochs} secondsPerEpoch={est.seconds} text={t} actions={actions} />
    </div>
  );
}
