import { formatDuration } from '../../../notebook/format-duration';
import { useLang } from '../../../stores/settings-store';
import { useLesson } from '../instance';
import { useText } from '../text';

/** Above the train panel: which part of the job runs (PCA, AE training, scoring, metrics). */
export function TrainPhase() {
  const t = useText().train;
  const training = useLesson((s) => s.training);
  if (training.status !== 'running') return null;
  return (
    <p className="nb-notice" data-testid="training-phase">
      {t.phases[training.phase]}
    </p>
  );
}

/** Below the train panel: what the trained AE is (or that it came from a model file, without training facts). */
export function TrainedModel() {
  const t = useText().train;
  const lang = useLang();
  const ae = useLesson((s) => s.result?.job.ae ?? null);
  if (!ae) return null;
  return (
    <p className="nb-muted nb-small" data-testid="trained-model">
      {ae.epochsRun > 0 ? t.trained(ae.epochsRun, formatDuration(ae.secondsPerEpoch, lang), ae.parameters) : t.opened(ae.parameters)}
    </p>
  );
}
