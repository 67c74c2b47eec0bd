import { ScoreHistogram } from '../../../components/score-histogram';
import type { ScoreKind } from '../../../core/score/reconstruction-scores';
import { Check, Select } from '../../../notebook/controls';
import { clampThreshold } from '../../../notebook/runs/adapter-helpers';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { useDerived } from './use-derived';
import { useChartText } from '../../../i18n/chart-text';

const KINDS: ScoreKind[] = ['l1', 'l2', 'max'];

/** Cell 5: histogram of per-image scores, normals vs anomalies, with the threshold. */
export function ScoresCell() {
  const t = useText();
  const c = useChartText();
  const view = useLesson((s) => s.view);
  const { d } = useDerived();
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <Select id="dense-score-kind" testId="score-kind" label={t.scoreKind} value={view.scoreKind} options={KINDS.map((k) => ({ value: k, label: t.scoreKinds[k] }))} onChange={(scoreKind) => actions.setView({ scoreKind, threshold: null })} />
        <Check checked={view.logY} onChange={(logY) => actions.setView({ logY })} label={t.logY} />
      </div>
      {d ? (
        <div data-testid="score-histogram">
          <ScoreHistogram
            normal={d.normal}
            anomaly={d.anomaly}
            threshold={clampThreshold(view.threshold ?? d.bestNormal.threshold, d.min, d.max)}
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
