import { formatDuration } from '../../../notebook/format-duration';
import { TrainPanel } from '../../../notebook/train-panel';
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
  const problems = actions.problems();
  const blocked = Object.keys(problems).length > 0 ? Object.values(problems).join(' ') : null;
  const nTrain = loaded ?? (params.maxTrain > 0 ? params.maxTrain : 6068);
  const est = estimateSecondsPerEpoch(trainFlopsPerEpoch(modelConfig(params), nTrain), readSpeeds(), report?.backend ?? null);
  return (
    <div className="nb-cell-body">
      <TrainPanel
        {...training}
        epochs={training.status === 'idle' ? params.epochs : training.epochs}
        blocked={blocked}
        estimate={`≈ ${formatDuration(est.seconds * params.epochs)}`}
        labels={{ run: t.run, stop: t.stop, epoch: t.epoch, batch: t.batchWord, elapsed: t.elapsed, remaining: t.remaining, estimate: t.estimate, loss: t.lossCurve }}
        onRun={() => void actions.train()}
        onStop={actions.stop}
      />
    </div>
  );
}
