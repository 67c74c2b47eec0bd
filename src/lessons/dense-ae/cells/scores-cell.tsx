import { ScoreHistogram } from '../../../components/score-histogram';
import type { ScoreKind } from '../../../core/score/reconstruction-scores';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { useDerived } from './use-derived';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 5: histogram of per-image scores, normals vs anomalies, with the threshold. */
export function ScoresCell() {
  const t = useText();
  const c = useChartText();
  const view = useLesson((s) => s.view);
  const { d } = useDerived();
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <div className="nb-field">
          <label htmlFor="dense-score-kind">{t.scoreKind}</label>
          <select
            id="dense-score-kind"
            data-testid="score-kind"
            value={view.scoreKind}
            onChange={(e) => actions.setView({ scoreKind: e.target.value as ScoreKind, threshold: null })}
          >
            {(['l1', 'l2', 'max'] as const).map((k) => (
              <option key={k} value={k}>
                {t.scoreKinds[k]}
              </option>
            ))}
          </select>
        </div>
        <label className="nb-check">
          <input type="checkbox" checked={view.logY} onChange={(e) => actions.setView({ logY: e.target.checked })} /> {t.logY}
        </label>
      </div>
      {d ? (
        <div data-testid="score-histogram">
          <ScoreHistogram
            normal={d.normal}
            anomaly={d.anomaly}
            threshold={view.threshold ?? d.bestNormal.threshold}
            logY={view.logY}
            xTitle={t.scoreKinds[view.scoreKind]}
            aria-label={t.histogram}
            text={c}
            onThresholdPick={(score) => actions.setView({ threshold: score })}
          />
        </div>
      ) : (
        <p className="nb-muted">{t.noResult}</p>
      )}
    </div>
  );
}
