import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { PlotlyChart } from '../../../components/plotly-chart';
import type { ProjectionGroup } from '../../../core/pipeline/metric-learning-types';
import { useChartText } from '../../../i18n/chart-text';
import { GROUP_COLORS, projectionFigure } from '../figures';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

const GROUPS = Object.keys(GROUP_COLORS) as ProjectionGroup[];

/** Cell 6: the first model's normalised embeddings projected on their first two principal components; clicking a point shows its image. */
export function EmbeddingCell() {
  const t = useText();
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const picked = useLesson((s) => s.view.picked);
  const figure = useMemo(
    () => (result ? projectionFigure(result.projection, { title: t.embeddingTitle, axis: t.pcAxis, groups: t.groups }) : null),
    [result, t],
  );
  if (!result || !figure) return <p className="nb-muted">{t.noResult}</p>;
  const p = result.projection;
  const side = result.data.size;
  const area = side * side;
  const image = (i: number) => {
    const train = p.group[i] === 'normal-train' || p.group[i] === 'reference';
    const x = train ? result.data.trainX : result.data.testX;
    return x.subarray(p.index[i] * area, (p.index[i] + 1) * area);
  };
  return (
    <div className="nb-cell-body">
      <div data-testid="embedding-plot">
        <PlotlyChart
          data={figure.data}
          layout={figure.layout}
          aria-label={t.embeddingTitle}
          text={c.chart}
          height={380}
          onClick={(pt) => {
            const idx = GROUPS[pt.curveNumber] ? p.group.flatMap((g, i) => (g === GROUPS[pt.curveNumber] ? [i] : []))[pt.pointIndex] : undefined;
            if (idx !== undefined) actions.setView({ picked: idx });
          }}
        />
      </div>
      <div className="nb-btn-row" role="group" aria-label={t.pickLabel}>
        <span className="nb-muted nb-small">{t.pickHint}</span>
        {GROUPS.map((g) => {
          const first = p.group.indexOf(g);
          return first < 0 ? null : (
            <button key={g} type="button" className="btn btn--small" data-testid={`pick-${g}`} onClick={() => actions.setView({ picked: first })}>
              {t.groups[g]}
            </button>
          );
        })}
      </div>
      {picked !== null && picked < p.group.length ? (
        <figure className="ml-picked" data-testid="picked-image">
          <ImageGrid columns={[{ id: 'picked', images: [image(picked)] }]} width={side} height={side} rowLabels={['']} scale={4} text={c.grid} />
          <figcaption>{t.pickedCaption(t.groups[p.group[picked]], p.index[picked] + 1)}</figcaption>
        </figure>
      ) : null}
      <p className="nb-muted nb-small" data-testid="spread">
        {t.spread(result.models.map((m) => m.embeddingSpread))}
      </p>
    </div>
  );
}
