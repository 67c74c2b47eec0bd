import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import { TableHead } from '../../../notebook/table-head';
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../components/format';
import { LofPlot } from '../lof-demo/lof-plot';
import { demoScores, NEAR_OUTLIER, ranking, START_POINTS, type DemoPoint } from '../lof-demo/points';
import { useText } from '../text';
import '../metric-learning.css';

const f = (x: number) => formatNumber(x, 3);

/** Cell 1: LOF explained, live, in 2-D — drag points, change k, see one point's neighbourhood, reachability distances, lrd and LOF, against plain kNN distance. */
export function LofCell() {
  const t = useText().lof;
  const grid = useChartText().grid;
  const [points, setPoints] = useState<readonly DemoPoint[]>(START_POINTS);
  const [k, setK] = useState(5);
  const [selected, setSelected] = useState(NEAR_OUTLIER);
  const [colourBy, setColourBy] = useState<'lof' | 'knn'>('lof');
  const [showReach, setShowReach] = useState(true);
  const s = useMemo(() => demoScores(points, k), [points, k]);
  const lofs = s.details.map((d) => d.lof);
  const maxKnn = Math.max(...s.knn);
  const shade = colourBy === 'lof' ? lofs.map((v) => (v - 1) / 1.5) : s.knn.map((v) => v / maxKnn);
  const det = s.details[selected];
  const name = (i: number) => t.pointName(i + 1, t.groups[points[i].group]);
  const move = (i: number, x: number, y: number) => setPoints((ps) => ps.map((q, j) => (j === i ? { ...q, x, y } : q)));
  const top = (scores: number[]) => t.ranking(ranking(scores).slice(0, 4).map((i) => [i + 1, t.groupsShort[points[i].group]] as const));
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <div className="nb-field">
          <label htmlFor="ml-lof-k">{t.k(s.k)}</label>
          <input id="ml-lof-k" type="range" min={1} max={points.length - 1} value={k} data-testid="lof-k" onChange={(e) => setK(Number(e.target.value))} />
        </div>
        <div className="nb-field">
          <label htmlFor="ml-lof-point">{t.selected}</label>
          <select id="ml-lof-point" value={selected} data-testid="lof-select" onChange={(e) => setSelected(Number(e.target.value))}>
            {points.map((_, i) => (
              <option key={i} value={i}>
                {name(i)}
              </option>
            ))}
          </select>
        </div>
        <div className="nb-btn-row" role="group" aria-label={t.colourBy}>
          <span>{t.colourBy}</span>
          {(['lof', 'knn'] as const).map((c) => (
            <button key={c} type="button" className="btn btn--small" aria-pressed={colourBy === c} data-testid={`lof-colour-${c}`} onClick={() => setColourBy(c)}>
              {t.colour[c]}
            </button>
          ))}
        </div>
        <label className="nb-check">
          <input type="checkbox" checked={showReach} onChange={(e) => setShowReach(e.target.checked)} /> {t.showReach}
        </label>
        <button type="button" className="btn btn--small" data-testid="lof-reset" onClick={() => setPoints(START_POINTS)}>
          {t.reset}
        </button>
      </div>
      <div className="nb-split">
        <figure className="ml-lof-figure">
          <LofPlot points={points} shade={shade} details={s.details} selected={selected} showReach={showReach} label={t.plot} pointLabel={(i) => `${name(i)}: LOF ${f(lofs[i])}, kNN ${f(s.knn[i])}`} onSelect={setSelected} onMove={move} />
          <figcaption className="nb-muted nb-small">{t.legend}</figcaption>
        </figure>
        <div>
          <dl className="nb-counts" data-testid="lof-summary">
            <div>
              <dt>{t.kDistance}</dt>
              <dd data-testid="lof-selected-kdist">{f(det.kDistance)}</dd>
            </div>
            <div>
              <dt>{t.lrd}</dt>
              <dd data-testid="lof-selected-lrd">{f(det.lrd)}</dd>
            </div>
            <div>
              <dt>LOF</dt>
              <dd data-testid="lof-selected-lof">{f(det.lof)}</dd>
            </div>
            <div>
              <dt>{t.knn}</dt>
              <dd data-testid="lof-selected-knn">{f(s.knn[selected])}</dd>
            </div>
          </dl>
          <ScrollArea label={t.tableCaption(name(selected))} text={grid}>
            <table className="nb-layer-table" data-testid="lof-neighbours">
              <caption>{t.tableCaption(name(selected))}</caption>
              <TableHead cols={t.cols} />
              <tbody>
                {det.neighbors.map((o, j) => (
                  <tr key={o}>
                    <td className="nb-num">{o + 1}</td>
                    <td className="nb-num">{f(det.distances[j])}</td>
                    <td className="nb-num">{f(s.details[o].kDistance)}</td>
                    <td className="nb-num">{f(det.reachDistances[j])}</td>
                    <td className="nb-num">{f(s.details[o].lrd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <p className="nb-small">{t.formula(f(det.lrd), f(det.lof))}</p>
          <p className="nb-small" data-testid="lof-ranking">
            {t.topLof} {top(lofs)}
            <br />
            {t.topKnn} {top(s.knn)}
          </p>
        </div>
      </div>
      <p className="nb-muted nb-small">{t.why}</p>
    </div>
  );
}
