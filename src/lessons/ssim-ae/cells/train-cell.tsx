import { formatDuration } from '../../../notebook/format-duration';
import { createTrainCell } from '../../../notebook/lesson-cells';
import { ssimAe, useLesson } from '../instance';
import { useText } from '../text';
import { useEstimate } from './model-cell';

/** Which model is training (SSIM, then L2) or that the test crops are being scored. */
function TrainingModel() {
  const t = useText();
  const training = useLesson((s) => s.training);
  if (training.status !== 'running' || !training.loss) return null;
  return (
    <p className="nb-notice" data-testid="training-model">
      {training.phase === 'scoring' ? t.scoring : t.training(t.method[training.loss])}
    </p>
  );
}

/** The models a result holds: epochs run and seconds per epoch of each. */
function TrainedModels() {
  const t = useText();
  const result = useLesson((s) => s.result);
  if (!result) return null;
  return (
    <ul className="nb-muted nb-small" data-testid="trained-models">
      {Object.values(result.models).map((m) => (
        <li key={m.loss}>{t.trained(t.method[m.loss], m.epochsRun, formatDuration(m.secondsPerEpoch))}</li>
      ))}
    </ul>
  );
}

/** Cell 3: the shared train panel; one run trains the SSIM model, then the L2 model, and keeps both. */
export const TrainCell = createTrainCell(ssimAe, useText, useEstimate, { Before: TrainingModel, After: TrainedModels });
