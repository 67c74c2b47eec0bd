import { useMemo } from 'react';
import { LossCurve } from '../../../components/loss-curve';
import { useChartText } from '../../../i18n/chart-text';
import { formatDuration } from '../../../notebook/format-duration';
import { createTrainCell } from '../../../notebook/lesson-cells';
import { starredIndex } from '../../../notebook/training-state';
import { useLang } from '../../../stores/settings-store';
import { ssimAe, useLesson } from '../instance';
import { lossesOf } from '../model-config';
import type { ModelResult } from '../state';
import { useText } from '../text';
import { useEstimate } from './model-cell';

/**
 * Which model is training (SSIM, then L2) or that the test crops are being scored; after a run of
 * two models that was stopped, which model the stop came in, or which model the run lacks.
 */
export function TrainingModel() {
  const t = useText();
  const training = useLesson((s) => s.training);
  const models = useLesson((s) => s.result?.models);
  if (!training.loss) return null;
  if (training.status === 'running') {
    return (
      <p className="nb-notice" data-testid="training-model">
        {training.phase === 'scoring' ? t.scoring : t.training(t.method[training.loss])}
      </p>
    );
  }
  if (training.status !== 'done' || training.losses.length < 2) return null;
  const missing = training.losses.filter((l) => !models?.[l]);
  const kept = training.losses.filter((l) => models?.[l]);
  const text =
    training.stop === null && missing.length > 0 && kept.length > 0
      ? t.stoppedBetween(kept.map((l) => t.method[l]).join(', '), missing.map((l) => t.method[l]).join(', '))
      : training.stop && training.stop.reason !== 'completed'
        ? t.stoppedWhile(t.method[training.loss])
        : null;
  return text ? (
    <p className="nb-notice" data-testid="training-model">
      {text}
    </p>
  ) : null;
}

/** One kept model's loss chart, titled with its loss and captioned with its epochs and seconds per epoch. */
function ModelCurve({ model: m }: { model: ModelResult }) {
  const t = useText();
  const lang = useLang();
  const chartText = useChartText();
  const text = useMemo(() => ({ ...chartText, loss: { ...chartText.loss, title: t.modelLossTitle(t.method[m.loss]) } }), [chartText, t, m.loss]);
  return (
    <div data-testid={`model-curve-${m.loss}`}>
      <LossCurve
        train={m.trainLoss}
        val={m.valLoss}
        bestEpoch={starredIndex(m.bestEpoch, m.stop, false)}
        aria-label={t.modelLossCurve(t.method[m.loss])}
        logY
        height={280}
        caption={t.trained(t.method[m.loss], m.epochsRun, formatDuration(m.secondsPerEpoch, lang))}
        text={text}
      />
    </div>
  );
}

/**
 * After a run, one loss chart per kept model, each on its own log axis (1 − SSIM and a mean squared
 * error are not on one scale); while training, the panel draws the live curve of the model in training.
 * A run stopped before any model was kept shows the curve it had.
 */
function ModelCurves() {
  const t = useText();
  const chartText = useChartText();
  const training = useLesson((s) => s.training);
  const result = useLesson((s) => s.result);
  if (training.status === 'running') return null;
  if (!result) {
    if (training.trainLoss.length === 0) return null;
    const best = starredIndex(training.bestEpoch, training.stop, false);
    return <LossCurve train={training.trainLoss} val={training.valLoss} bestEpoch={best} aria-label={t.lossCurve} logY text={chartText} />;
  }
  return (
    <div className="nb-split" data-testid="trained-models">
      {Object.values(result.models).map((m) => (
        <ModelCurve key={m.loss} model={m} />
      ))}
    </div>
  );
}

/** Cell 3: the shared train panel; one run trains the SSIM model, then the L2 model, and keeps both, each with its own loss chart. */
export const TrainCell = createTrainCell(ssimAe, useText, useEstimate, { showLoss: 'while-training', Before: TrainingModel, After: ModelCurves, runEpochs: (p) => p.epochs * lossesOf(p).length });
