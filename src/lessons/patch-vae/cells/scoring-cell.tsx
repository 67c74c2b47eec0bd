import { useMemo } from 'react';
import { ImageGrid, type ImageColumn } from '../../../components/image-grid';
import { formatNumber } from '../../../components/format';
import type { BackendName } from '../../../core/backend/backend-choice';
import { backendLabel } from '../../../i18n/backend-text';
import { useLang } from '../../../stores/settings-store';
import { newScoreAt, type WindowScores } from '../../../core/score/window-scores';
import { logVarianceImage, shownScores, topIndices, windowHeat } from '../derived';
import { useLesson } from '../instance';
import { SIDE, type PatchVaeResult } from '../state';
import { useText, type LessonText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

const PX = SIDE * SIDE;
/** The log₁₀ σ² row shows −6…0 rescaled to 0…1 (`logVarianceImage`): its colour bar reads −6 to 0. */
export const LOG_SIGMA2_RANGE = [undefined, undefined, [-6, 0] as const, undefined, undefined];
const EXTRA = 6;

function heatColumns(result: PatchVaeResult, shown: WindowScores, indices: number[], floor: number, t: LessonText): ImageColumn[] {
  const { patchSize, stride } = result.params;
  const g2 = shown.grid * shown.grid;
  const nw = newScoreAt(shown, floor);
  return indices.map((i) => ({
    id: i,
    title: `${result.labels[i] ? t.anomaly : t.normal} · ${result.classes[i]}`,
    caption: `${formatNumber(shown.old[i], 2)} · ${formatNumber(nw.image[i], 1)}`,
    images: [
      result.testX.subarray(i * PX, (i + 1) * PX),
      windowHeat(shown.oldMap.subarray(i * g2, (i + 1) * g2), SIDE, patchSize, stride),
      windowHeat(nw.map.subarray(i * g2, (i + 1) * g2), SIDE, patchSize, stride),
    ],
  }));
}

/** Cell 6: every window of every test image scored in batches; per-image μ, σ² and score maps. */
export function ScoringCell() {
  const t = useText();
  const chartText = useChartText();
  const lang = useLang();
  const result = useLesson((s) => s.result);
  const floor = useLesson((s) => s.view.scoreFloor);
  const positionNorm = useLesson((s) => s.view.positionNorm);
  const shown = useMemo(() => (result ? shownScores(result, positionNorm) : null), [result, positionNorm]);
  const details = useMemo(() => {
    if (!result || !shown) return [];
    const heat = heatColumns(result, shown, result.details.map((d) => d.index), floor, t);
    return result.details.map((d, k) => ({
      ...heat[k],
      images: [heat[k].images[0], d.mu, logVarianceImage(d.sigma2), heat[k].images[1], heat[k].images[2]],
    }));
  }, [result, shown, floor, t]);
  const falseAlarms = useMemo(
    () => (result && shown ? heatColumns(result, shown, topIndices(result, shown, 'new', floor, 0, EXTRA), floor, t) : []),
    [result, shown, floor, t],
  );
  if (!result || !shown) return <p className="nb-muted">{t.noResult}</p>;
  const nImages = result.labels.length;
  return (
    <div className="nb-cell-body">
      <p data-testid="scoring-summary" data-windows={result.windows} data-seconds={result.scoringSeconds}>
        {t.scoredIn(result.windows, nImages, result.scoringSeconds, backendLabel(result.backend as BackendName, lang) ?? result.backend)}
      </p>
      <p className="nb-muted" data-testid="min-sigma2">
        {t.minSigma2}
        {t.colon}
        <strong>{result.test.minSigma2.toExponential(1)}</strong>
      </p>
      <figure data-testid="heatmap-grid">
        <ImageGrid
          columns={details}
          width={SIDE}
          height={SIDE}
          rowLabels={t.rows}
          colormaps={['gray', 'gray', 'heat', 'heat', 'heat']}
          vmax={[1, 1, 1, 'auto', 'auto']}
          scaleRange={LOG_SIGMA2_RANGE}
          scale={3}
          text={chartText.grid}
        />
        <figcaption>{t.scoreCaption(floor, shown !== result.test)}</figcaption>
      </figure>
      <figure data-testid="false-alarm-grid">
        <ImageGrid columns={falseAlarms} width={SIDE} height={SIDE} rowLabels={t.heatRows} colormaps={['gray', 'heat', 'heat']} vmax={[1, 'auto', 'auto']} scale={3} text={chartText.grid} />
        <figcaption>{t.falseAlarms}</figcaption>
      </figure>
    </div>
  );
}
