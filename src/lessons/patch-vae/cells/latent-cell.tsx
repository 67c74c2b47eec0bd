import { Chips } from '../../../notebook/controls';
import { useMemo } from 'react';
import { PixelCanvas } from '../../../components/pixel-canvas';
import { PlotlyChart } from '../../../components/plotly-chart';
import { logVarianceImage, mosaic } from '../derived';
import { latentFigure } from '../figures';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 5: where training patches land in the latent plane, and what the decoder draws across it. */
export function LatentCell() {
  const t = useText();
  const chartText = useChartText();
  const result = useLesson((s) => s.result);
  const show = useLesson((s) => s.view.latentShow);
  const latent = result?.latent ?? null;
  const figure = useMemo(() => (latent ? latentFigure(latent, t) : null), [latent, t]);
  const grid = useMemo(() => {
    if (!latent || !result) return null;
    const source = show === 'mu' ? latent.mu : logVarianceImage(latent.sigma2);
    return mosaic(source, latent.gridSide, result.params.patchSize, 1, show === 'mu' ? 0.25 : 0);
  }, [latent, result, show]);
  if (!result || !latent || !figure || !grid) return <p className="nb-muted">{t.noResult}</p>;
  return (
    <div className="nb-cell-body">
      <div className="nb-split">
        <div data-testid="latent-scatter">
          <PlotlyChart data={figure.data} layout={figure.layout} aria-label={t.latentScatter} caption={t.latentScatter} height={360} text={chartText.chart} />
        </div>
        <figure data-testid="latent-grid">
          <Chips value={show} onPick={(k) => actions.setView({ latentShow: k })} chips={(['mu', 'sigma2'] as const).map((k) => ({ value: k, label: k === 'mu' ? t.showMu : t.showSigma2, testId: `latent-show-${k}` }))} />
          {grid ? (
            <PixelCanvas pixels={grid.pixels} width={grid.side} height={grid.side} colormap={show === 'mu' ? 'gray' : 'heat'} vmax={1} scale={Math.max(1, Math.floor(360 / grid.side))} label={t.latentGrid} />
          ) : null}
          <figcaption>
            {t.latentGrid}
            {latent.latent > 2 ? ` ${t.latentOther}` : ''}
          </figcaption>
        </figure>
      </div>
    </div>
  );
}
