import { useMemo, useState } from 'react';
import { formatNumber } from '../../../components/format';
import { RangeField } from '../../../notebook/range-field';
import { TableHead } from '../../../notebook/table-head';
import { fitPca2d, type Point2 } from '../../../core/pca/pca-2d';
import { farButNormal, linePoints, outlierPoint } from '../pca-2d-points';
import { useText } from '../text';
import { Pca2dPlot } from './pca-2d-plot';
import '../conv-ae-pca.css';

const SEED = 3;

/** Cell 1: points along a line, their principal axis and each point's distance to it (its score); drag, add, change the noise. */
export function Pca2dCell() {
  const t = useText().pca2d;
  const [noise, setNoise] = useState(0.25);
  const [points, setPoints] = useState<Point2[]>(() => linePoints(0.25, SEED));
  const [selected, setSelected] = useState<number | null>(null);
  const [added, setAdded] = useState(0);
  // The explainer always has at least POINT_COUNT + 1 points, so the fit exists.
  const fit = useMemo(() => fitPca2d(points)!, [points]);
  const far = useMemo(() => farButNormal(points, fit.mean, fit.distances), [points, fit]);
  const chosen = selected !== null && selected < points.length ? selected : null;
  const order = useMemo(() => points.map((_, i) => i).sort((a, b) => fit.distances[b] - fit.distances[a]), [points, fit]);
  const firstFar = [...far][0];
  const addOutlier = () => {
    setPoints([...points, outlierPoint(added)]);
    setSelected(points.length);
    setAdded(added + 1);
  };
  const reset = (n: number) => {
    setNoise(n);
    setPoints(linePoints(n, SEED));
    setSelected(null);
    setAdded(0);
  };
  return (
    <div className="nb-cell-body" data-testid="pca2d">
      <div className="nb-field-row">
        <RangeField label={t.noise} shown={formatNumber(noise, 2)} testId="pca2d-noise" min={0} max={1} step={0.05} value={noise} onChange={reset} />
        <button type="button" className="btn btn--small" data-testid="pca2d-add-outlier" onClick={addOutlier}>
          {t.addOutlier}
        </button>
        <button type="button" className="btn btn--small" data-testid="pca2d-reset" onClick={() => reset(noise)}>
          {t.reset}
        </button>
      </div>
      <div className="cap-pca2d">
        <Pca2dPlot
          points={points}
          projections={fit.projections}
          scores={fit.distances}
          mean={fit.mean}
          direction={fit.axis}
          selected={chosen}
          farButNormal={far}
          onSelect={setSelected}
          onMove={(i, to) => setPoints(points.map((p, j) => (j === i ? to : p)))}
          text={t.plot}
        />
        <div className="cap-pca2d__side">
          <p className="nb-muted nb-small">{t.legend}</p>
          <dl className="nb-counts">
            <div>
              <dt>{t.selectedScore}</dt>
              <dd data-testid="pca2d-score" data-index={chosen ?? ''} data-value={chosen !== null ? fit.distances[chosen] : ''}>
                {chosen !== null ? formatNumber(fit.distances[chosen], 3) : '—'}
              </dd>
            </div>
            <div>
              <dt>{t.explained}</dt>
              <dd data-testid="pca2d-explained">{formatNumber((100 * fit.variances[0]) / (fit.variances[0] + fit.variances[1]), 1)} %</dd>
            </div>
          </dl>
          {chosen !== null ? <p className="nb-small" data-testid="pca2d-selected">{t.selected(chosen + 1, formatNumber(points[chosen].x, 2), formatNumber(points[chosen].y, 2))}</p> : <p className="nb-muted nb-small">{t.pick}</p>}
          {firstFar !== undefined ? (
            <p className="nb-notice" data-testid="pca2d-far">
              {t.farNote(firstFar + 1, formatNumber(fit.distances[firstFar], 3), formatNumber(fit.distances[order[0]], 3))}
            </p>
          ) : null}
          <table className="nb-layer-table cap-table" data-testid="pca2d-scores">
            <caption>{t.topCaption}</caption>
            <TableHead cols={[t.pointCol, t.scoreCol]} />
            <tbody>
              {order.slice(0, 5).map((i) => (
                <tr key={i}>
                  <th scope="row">{t.pointName(i + 1)}</th>
                  <td className="nb-num">{formatNumber(fit.distances[i], 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
