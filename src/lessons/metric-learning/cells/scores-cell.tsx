import { MetricBadge } from '../../../components/metric-badge';
import { RocPlot } from '../../../components/roc-plot';
import { ScoreHistogram } from '../../../components/score-histogram';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { useChartText } from '../../../i18n/chart-text';
import { ratesAt, viewedScores } from '../derived';
import { actions, useFields, useLesson } from '../instance';
import type { ScoreSource } from '../state';
import { useText } from '../text';

const SOURCES: ScoreSource[] = ['lof', 'knn', 'raw-knn'];

/** Cell 7: LOF and kNN distance on the embeddings (ensemble or one model) and kNN on raw pixels; histogram, the shared threshold slider and ROC. */
export function ScoresCell() {
  const t = useText();
  const c = useChartText();
  const { field } = useFields();
  const result = useLesson((s) => s.result);
  const view = useLesson((s) => s.view);
  if (!result) return <p className="nb-muted">{t.noResult}</p>;
  const { set, summary: s, fallback, threshold } = viewedScores(result, view);
  const rates = ratesAt(s, threshold);
  const collapsed = view.source !== 'raw-knn' && view.model !== null && result.models[view.model]?.collapsed;
  const standardised = view.source !== 'raw-knn' && view.model === null;
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <div className="nb-field">
          <label htmlFor="ml-source">{t.scoreOf}</label>
          <select id="ml-source" data-testid="score-source" value={view.source} onChange={(e) => actions.setView({ source: e.target.value as ScoreSource, threshold: null })}>
            {SOURCES.map((k) => (
              <option key={k} value={k}>
                {t.sources[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="nb-field">
          <label htmlFor="ml-model">{t.modelOf}</label>
          <select
            id="ml-model"
            data-testid="score-model"
            value={view.model ?? -1}
            disabled={view.source === 'raw-knn'}
            onChange={(e) => actions.setView({ model: Number(e.target.value) < 0 ? null : Number(e.target.value), threshold: null })}
          >
            <option value={-1}>{t.ensemble}</option>
            {result.models.map((_, i) => (
              <option key={i} value={i}>
                {t.modelName(i)}
              </option>
            ))}
          </select>
        </div>
        {field('neighbors')}
      </div>
      <p className="nb-muted nb-small">{t.kNote}</p>
      {collapsed ? <p className="nb-notice nb-notice--error ml-flag">{t.collapsed}</p> : null}
      <div className="nb-badge-row">
        <span data-testid="score-auc" data-auc={set.auc}>
          <MetricBadge label={t.auc} value={set.auc} digits={4} tone="accent" />
        </span>
        <MetricBadge label="TPR" value={rates.tpr} />
        <MetricBadge label="TNR" value={rates.tnr} />
        <MetricBadge label="TPR + TNR" value={rates.sum} />
      </div>
      <div data-testid="score-histogram">
        <ScoreHistogram normal={s.normal} anomaly={s.anomaly} threshold={threshold} xTitle={standardised ? t.ensembleAxis(t.sources[view.source]) : t.sources[view.source]} aria-label={t.histogram} text={c} onThresholdPick={(v) => actions.setView({ threshold: v })} />
      </div>
      {standardised ? (
        <p className="nb-muted nb-small" data-testid="ensemble-z-note">
          {t.ensembleZ}
        </p>
      ) : null}
      <ThresholdSlider value={threshold} min={s.min} max={s.max} onChange={(v) => actions.setView({ threshold: v })} label={t.threshold} marks={[{ value: fallback, label: t.defaultThreshold }]} text={c.slider} />
      <div data-testid="roc-plot">
        <RocPlot fpr={s.roc.fpr} tpr={s.roc.tpr} auc={s.roc.auc} point={{ fpr: rates.fpr, tpr: rates.tpr }} threshold={threshold} aria-label={t.roc} text={c} />
      </div>
    </div>
  );
}
