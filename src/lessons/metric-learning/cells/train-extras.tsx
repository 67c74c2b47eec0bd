import { useMemo } from 'react';
import { PlotlyChart } from '../../../components/plotly-chart';
import { useChartText } from '../../../i18n/chart-text';
import { formatDuration } from '../../../notebook/format-duration';
import { useLang } from '../../../stores/settings-store';
import { lossAccuracyFigure } from '../figures';
import { useLesson } from '../instance';
import { useText } from '../text';

/**
 * Above the train panel (one Run trains every model of the ensemble, seeds s, s+1, …): which model
 * trains and its epoch (the panel's own counts cover the whole run), or which scoring phase runs.
 */
export function TrainPhase() {
  const t = useText();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  if (training.status !== 'running') return null;
  const modelEpochs = training.modelEpochs || params.epochs;
  const epoch = Math.min(modelEpochs, Math.max(1, training.epoch - training.model * modelEpochs));
  const named = training.phase === 'model' ? undefined : t.phases[training.phase];
  return (
    <p className="nb-notice" data-testid="training-model">
      {named ?? t.trainingModel(training.model + 1, training.models || params.models, epoch, modelEpochs)}
    </p>
  );
}

/** Below the train panel: each model's loss and accuracy per epoch, what each trained model is, and the pretrained backbone used. */
export function TrainedModels() {
  const t = useText();
  const lang = useLang();
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const training = useLesson((s) => s.training);
  const figure = useMemo(
    () => (result ? lossAccuracyFigure(result.models, { title: t.lossAccuracy, epoch: t.epoch, loss: c.loss.loss, accuracy: t.accuracy, model: t.modelName }) : null),
    [result, t, c.loss.loss],
  );
  if (!result || !figure) return null;
  const stopped = training.status === 'done' && training.stop?.reason === 'aborted' && training.stop.epochsRun > 0 && result.models.length < training.models;
  return (
    <>
      {stopped ? (
        <p className="nb-notice" data-testid="stopped-models">
          {t.stoppedModels(result.models.length, training.models)}
        </p>
      ) : null}
      <PlotlyChart data={figure.data} layout={figure.layout} aria-label={t.lossAccuracy} text={c.chart} height={300} />
      <ul className="nb-muted nb-small" data-testid="trained-models">
        {result.models.map((m, i) => (
          <li key={i}>{t.trained(i + 1, m.seed, m.epochsRun, formatDuration(m.secondsPerEpoch, lang), m.accuracy[m.accuracy.length - 1] ?? Number.NaN, m.alpha)}</li>
        ))}
      </ul>
      {result.backbone ? (
        <p className="nb-muted nb-small" data-testid="trained-backbone">
          {t.backbone.result(result.backbone.name, result.backbone.mode === 'frozen' ? t.backbone.frozen : t.backbone.fineTune, result.backbone.input.join(' × '), result.backbone.channels)}
        </p>
      ) : null}
    </>
  );
}
