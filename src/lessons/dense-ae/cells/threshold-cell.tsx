import { ConfusionMatrix } from '../../../components/confusion-matrix';
import { formatNumber } from '../../../components/format';
import { ThresholdSlider } from '../../../components/threshold-slider';
import { binaryStats } from '../../../core/metrics/binary-stats';
import { countsAt } from '../../../core/metrics/threshold-sweep';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { useDerived } from './use-derived';
import { useChartText } from '../../../i18n/chart-text';

/** Cell 6: a live threshold with confusion matrix, precision/recall/F1 in both conventions and TPR+TNR. */
export function ThresholdCell() {
  const t = useText();
  const c = useChartText();
  const stored = useLesson((s) => s.view.threshold);
  const { d } = useDerived();
  if (!d) return <p className="nb-muted">{t.noResult}</p>;
  const threshold = clamp(stored ?? d.bestNormal.threshold, d.min, d.max);
  const counts = countsAt(d.sweep, threshold);
  const asAnomaly = binaryStats(counts, 'anomaly');
  const asNormal = binaryStats(counts, 'normal');
  const marks = [
    { value: d.bestNormal.threshold, label: t.marks.bestNormal },
    { value: d.bestAnomaly.threshold, label: t.marks.bestAnomaly },
    ...(Number.isFinite(d.p99) ? [{ value: d.p99, label: t.marks.p99 }] : []),
  ].filter((m) => Number.isFinite(m.value));
  const set = (v: number) => actions.setView({ threshold: v });
  return (
    <div className="nb-cell-body">
      <div data-testid="threshold">
        <ThresholdSlider value={threshold} min={d.min} max={d.max} onChange={set} label={t.threshold} marks={marks} text={c.slider} />
      </div>
      <div className="nb-btn-row">
        <button type="button" className="btn btn--small" data-testid="threshold-best-normal" onClick={() => set(d.bestNormal.threshold)}>
          {t.bestF1Normal}
        </button>
        <button type="button" className="btn btn--small" data-testid="threshold-best-anomaly" onClick={() => set(d.bestAnomaly.threshold)}>
          {t.bestF1Anomaly}
        </button>
        <button type="button" className="btn btn--small" data-testid="threshold-p99" disabled={!Number.isFinite(d.p99)} onClick={() => set(d.p99)} title={t.p99Why}>
          {t.p99}
        </button>
      </div>
      <p className="nb-muted nb-small">{t.p99Why}</p>
      <div className="nb-split">
        <div data-testid="confusion-matrix">
          <ConfusionMatrix {...counts} text={c.confusion} />
        </div>
        <table className="nb-stats-table" data-testid="threshold-stats">
          <thead>
            <tr>
              <th>{t.convention}</th>
              <th className="nb-num">{t.precision}</th>
              <th className="nb-num">{t.recall}</th>
              <th className="nb-num">{t.f1}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t.normal} = +</td>
              <td className="nb-num">{formatNumber(asNormal.precision, 3)}</td>
              <td className="nb-num">{formatNumber(asNormal.recall, 3)}</td>
              <td className="nb-num" data-testid="f1-normal">
                {formatNumber(asNormal.f1, 3)}
              </td>
            </tr>
            <tr>
              <td>{t.anomaly} = +</td>
              <td className="nb-num">{formatNumber(asAnomaly.precision, 3)}</td>
              <td className="nb-num">{formatNumber(asAnomaly.recall, 3)}</td>
              <td className="nb-num" data-testid="f1-anomaly">
                {formatNumber(asAnomaly.f1, 3)}
              </td>
            </tr>
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

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : hi;
}
