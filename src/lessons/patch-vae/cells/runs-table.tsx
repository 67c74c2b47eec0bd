import { CaseSafe } from '../../../components/case-safe';
import { formatNumber } from '../../../components/format';
import { IMAGE_DATA_SETTINGS } from '../../../notebook/settings/image-data-settings';
import { choiceLabel } from '../../../notebook/settings/settings-table';
import { useLang } from '../../../stores/settings-store';
import { useLesson } from '../instance';
import { useText } from '../text';

/** The last runs side by side: how the variance model changes the two AUCs and the smallest σ². */
export function RunsTable() {
  const t = useText();
  const lang = useLang();
  const runs = useLesson((s) => s.runs);
  if (runs.length === 0) return null;
  return (
    <table className="nb-layer-table" data-testid="runs-table">
      <caption>{t.runs}</caption>
      <thead>
        <tr>
          {t.runCols.map((c, i) => (
            <th key={c} className={i >= 3 ? 'nb-num' : undefined}>
              <CaseSafe text={c} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.key}>
            <td>{choiceLabel(IMAGE_DATA_SETTINGS.dataset, r.dataset)[lang]}</td>
            <td>
              {t.varianceKinds[r.variance]}
              {r.variance === 'floor' ? ` ${r.floor}` : ''}
            </td>
            <td>
              {r.patches.toLocaleString('en-US')} × {r.epochs}
            </td>
            <td className="nb-num">{formatNumber(r.aucOld, 3)}</td>
            <td className="nb-num" title={`σ² ≥ ${r.scoreFloor}`}>
              {formatNumber(r.aucNew, 3)}
            </td>
            <td className="nb-num">{formatNumber(r.aucNewRaw, 3)}</td>
            <td className="nb-num">{r.aucPosition ? `${formatNumber(r.aucPosition.old, 3)} / ${formatNumber(r.aucPosition.new, 3)}` : '–'}</td>
            <td className="nb-num">{r.minSigma2.toExponential(1)}</td>
            <td className="nb-num">{formatNumber(r.secondsPerEpoch, 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
