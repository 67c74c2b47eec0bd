import { useMemo } from 'react';
import { PlotlyChart } from '../../components/plotly-chart';
import { overlayLossFigure, overlayPrFigure, overlayRocFigure } from '../../components/figures/overlay';
import { useChartText } from '../../i18n/chart-text';
import type { Lang } from '../../i18n/lang';
import type { SettingsTable } from '../settings/settings-table';
import { legendNames } from './differences';
import type { RunMeta } from './run-record';
import type { RunsText } from './runs-text';

/** ROC, PR and loss curves of the chosen runs on shared axes, each run named by what differs. */
export function RunsOverlay({ runs, table, t, lang }: { runs: RunMeta[]; table: SettingsTable; t: RunsText; lang: Lang }) {
  const c = useChartText();
  const figures = useMemo(() => {
    const names = legendNames(table, runs, lang);
    const overlay = runs.map((r, i) => ({ name: names[i], auc: r.metrics.auc, ap: r.metrics.ap, roc: r.curves.roc, pr: r.curves.pr, trainLoss: r.trainLoss, valLoss: r.valLoss }));
    return { roc: overlayRocFigure(overlay, c.roc), pr: overlayPrFigure(overlay, c.pr), loss: overlayLossFigure(overlay, c.loss, { train: t.lossTrain, val: t.lossVal }) };
  }, [runs, table, lang, c, t]);
  const height = 340 + 22 * runs.length;
  return (
    <div className="nb-runs__overlay" data-testid="runs-overlay">
      <div data-testid="runs-overlay-roc">
        <PlotlyChart data={figures.roc.data} layout={figures.roc.layout} aria-label={t.overlayRoc} height={height} text={c.chart} />
      </div>
      <div data-testid="runs-overlay-pr">
        <PlotlyChart data={figures.pr.data} layout={figures.pr.layout} aria-label={t.overlayPr} height={height} text={c.chart} />
      </div>
      <div data-testid="runs-overlay-loss">
        <PlotlyChart data={figures.loss.data} layout={figures.loss.layout} aria-label={t.overlayLoss} height={height + 22 * runs.length} text={c.chart} />
      </div>
    </div>
  );
}
