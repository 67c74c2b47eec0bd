import { useMemo } from 'react';
import { PlotlyChart } from '../../../components/plotly-chart';
import { useChartText } from '../../../i18n/chart-text';
import { formatDuration } from '../../../notebook/format-duration';
import { lossAccuracyFigure } from '../figures';
import { useLesson } from '../instance';
import { useText } from '../text';

/** Above the train panel (one Run trains every model of the ensemble, seeds s, s+1, …): which model trains, or which scoring phase runs. */
export function TrainPhase() {
  const t = useText();
  const training = useLesson((s) => s.training);
  const models = useLesson((s) => s.params.models);
  if (training.status !== 'running') return null;
  return (
    <p className="nb-notice" data-testid="training-model">
      {training.phase === 'model' ? t.trainingModel(training.model + 1, training.models || models) : t.phases[training.phase] ?? t.phases.embed}
    </p>
  );
}

/** Below the train panel: each model's loss and accuracy per epoch, what each trained model is, and the pretrained backbone used. */
export function TrainedModels() {
  const t = useText();
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const figure = useMemo(
    () => (result ? lossAccuracyFigure(result.models, { title: t.lossAccuracy, epoch: t.epoch, loss: c.loss.loss, accuracy: t.accuracy, model: t.modelName }) : null),
    [result, t, c.loss.loss],
  );
  if (!result || !figure) return null;
  return (
    <>
      <PlotlyChart data={figure.data} layout={figure.layout} aria-label={t.lossAccuracy} text={c.chart} height={300} />
      <ul className="nb-muted nb-small" data-testid="trained-models">
        {result.models.map((m, i) => (
          <li key={i}>{t.trained(i + 1, m.seed, m.epochsRun, formatDuration(m.secondsPerEpoch), m.accuracy[m.accuracy.length - 1] ?? Number.NaN, m.alpha)}</li>
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
