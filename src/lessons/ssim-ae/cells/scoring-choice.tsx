import type { MapScoring } from '../state';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

const CHOICES: readonly MapScoring[] = ['position', 'raw'];

/** How the result cells score a residual map: divided by the normal residual at each pixel, or raw as in the paper. Shared by the Maps and Metrics cells. */
export function ScoringChoice() {
  const t = useText();
  const scoring = useLesson((s) => s.view.scoring);
  return (
    <div className="nb-cell-actions" role="group" aria-label={t.scoringLabel}>
      <span>{t.scoringLabel}</span>
      {CHOICES.map((s) => (
        <button key={s} type="button" className="btn btn--small" aria-pressed={s === scoring} data-testid={`scoring-${s}`} onClick={() => actions.setScoring(s)}>
          {t.scoreBy[s]}
        </button>
      ))}
    </div>
  );
}
