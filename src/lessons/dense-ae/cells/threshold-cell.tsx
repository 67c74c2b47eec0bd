import { ConfusionMatrix } from '../../../components/confusion-matrix';
import { formatNumber } from '../../../components/format';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { TableHead } from '../../../notebook/table-head';
import { clampThreshold } from '../../../notebook/runs/adapter-helpers';
import { binaryStats, precisionOrNull } from '../../../core/metrics/binary-stats';
import { useText } from '../text';
import { useOperatingPoint } from './use-derived';
import { useChartText } from '../../../i18n/chart-text';

/** A precision for the table; `none` when nothing is predicted positive (0/0), never 0.000. */
function formatPrecision(p: number | null, none: string): string {
  return p === null ? none : formatNumber(p, 3);
}

/** Cell 6: a live threshold with confusion matrix, precision/recall/F1 in both conventions and TPR+TNR. */
export function ThresholdCell() {
  const t = useText();
  const c = useChartText();
  const op = useOperatingPoint();
  if (!op) return <p className="nb-muted">{t.noResult}</p>;
  const { d, threshold, counts, marks, set } = op;
  const asAnomaly = binaryStats(counts, 'anomaly');
  // A preset shows as chosen while the threshold is where it put it (the slider moves in steps of the range / 1000);
  // a best F1 that flags nothing (+∞) puts it at the top of the range.
  const at = (v: number) => !Number.isNaN(v) && Math.abs(threshold - clampThreshold(v, d.min, d.max)) <= (d.max - d.min) * 1e-4;
  return (
    <div className="nb-cell-body">
      <div data-testid="threshold">
        <ThresholdSlider value={threshold} min={d.min} max={d.max} onChange={set} label={t.threshold} marks={marks} text={c.slider} />
      </div>
      <div className="nb-btn-row">
        <button type="button" className="btn btn--small" data-testid="threshold-best-normal" aria-pressed={at(d.bestNormal.threshold)} onClick={() => set(d.bestNormal.threshold)}>
          {t.bestF1Normal}
        </button>
        <button type="button" className="btn btn--small" data-testid="threshold-best-anomaly" aria-pressed={at(d.bestAnomaly.threshold)} onClick={() => set(d.bestAnomaly.threshold)}>
          {t.bestF1Anomaly}
        </button>
        <button type="button" className="btn btn--small" data-testid="threshold-p99" aria-pressed={at(d.p99)} disabled={!Number.isFinite(d.p99)} onClick={() => set(d.p99)} title={t.p99Why}>
          {t.p99}
        </button>
      </div>
      <p className="nb-muted nb-small">{t.p99Why}</p>
      <div className="nb-split">
        <div data-testid="confusion-matrix">
          <ConfusionMatrix {...counts} text={c.confusion} />
        </div>
        <table className="nb-stats-table" data-testid="threshold-stats">
          <TableHead cols={[t.convention, t.precision, t.recall, t.f1]} />
          <tbody>
            {(['normal', 'anomaly'] as const).map((positive) => {
              const st = binaryStats(counts, positive);
              return (
                <tr key={positive}>
                  <td>{t[positive]} = +</td>
                  <td className="nb-num" data-testid={`precision-${positive}`}>
                    {formatPrecision(precisionOrNull(counts, positive), c.pr.none)}
                  </td>
                  <td className="nb-num">{formatNumber(st.recall, 3)}</td>
                  <td className="nb-num" data-testid={`f1-${positive}`}>
                    {formatNumber(st.f1, 3)}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>{t.tprTnr}</td>
              <td className="nb-num" data-testid="tpr-tnr">
                {formatNumber(asAnomaly.tprPlusTnr, 3)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
