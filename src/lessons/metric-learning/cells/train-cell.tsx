import { useMemo } from 'react';
import { PlotlyChart } from '../../../components/plotly-chart';
import { formatDuration } from '../../../notebook/format-duration';
import { LessonTrainPanel } from '../../../notebook/lesson-train-panel';
import { useChartText } from '../../../i18n/chart-text';
import { useBackendReport } from '../../../stores/backend-store';
import { lossAccuracyFigure } from '../figures';
import { actions, useFields, useLesson } from '../instance';
import { batchSpeed } from '../speed';
import { useText } from '../text';
import { useTrainCount } from './use-train-count';

/** Cell 4: the shared train panel (one Run trains every model of the ensemble, seeds s, s+1, …); each model's loss and accuracy per epoch. */
export function TrainCell() {
  const t = useText();
  const c = useChartText();
  const { problems } = useFields();
  const training = useLesson((s) => s.training);
  const params = useLesson((s) => s.params);
  const result = useLesson((s) => s.result);
  const report = useBackendReport();
  const est = batchSpeed.estimateEpochSeconds(useTrainCount(), params.batch, batchSpeed.read(), report?.backend ?? null);
  const running = training.status === 'running';
  const figure = useMemo(
    () => (result ? lossAccuracyFigure(result.models, { title: t.lossAccuracy, epoch: t.epoch, loss: c.loss.loss, accuracy: t.accuracy, model: t.modelName }) : null),
    [result, t, c.loss.loss],
  );
  return (
    <div className="nb-cell-body">
      {running ? (
        <p className="nb-notice" data-testid="training-model">
          {training.phase === 'model' ? t.trainingModel(training.model + 1, training.models || params.models) : t.phases[training.phase] ?? t.phases.embed}
        </p>
      ) : null}
      <LessonTrainPanel training={training} epochs={params.epochs} secondsPerEpoch={est.seconds * params.models} text={t} problems={problems} actions={actions} />
      {result && figure ? (
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
      ) : null}
    </div>
  );
}
