import { formatNumber } from '../../../components/format';
import { ScrollArea } from '../../../components/scroll-area';
import { useChartText } from '../../../i18n/chart-text';
import type { TwoSidedCounts } from '../../../core/timeseries/two-sided';
import { groupColor, isLabelled } from '../derived';
import type { TimeseriesResult } from '../state';
import { useText } from '../text';

/** Counts of the low / middle / high regions and, for generated data, the true groups inside each. */
export function RegionTable({ result, counts, low, high }: { result: TimeseriesResult; counts: TwoSidedCounts; low: number; high: number }) {
  const t = useText();
  const chartText = useChartText();
  const names = result.set.groupNames;
  const labelled = isLabelled(result.set);
  const present = names.map((_, g) => g).filter((g) => counts.low.byGroup[g] + counts.middle.byGroup[g] + counts.high.byGroup[g] > 0);
  const rows = [
    { id: 'low' as const, th: `≤ ${formatNumber(low, 3)}` },
    { id: 'middle' as const, th: '' },
    { id: 'high' as const, th: `≥ ${formatNumber(high, 3)}` },
  ];
  return (
    <ScrollArea label={t.regionCounts} text={chartText.grid}>
      <table className="nb-stats-table ts-region-table" data-testid="region-table" aria-label={t.regionCounts}>
        <caption>{t.regionCounts}</caption>
        <thead>
          <tr>
            <th>{t.region}</th>
            <th>{t.threshold}</th>
            <th className="nb-num">{t.totalWord}</th>
            {labelled
              ? present.map((g) => (
                  <th key={g} className="nb-num">
                    <span className="ts-swatch" style={{ background: groupColor(names[g]) }} aria-hidden="true" />
                    {t.groups[names[g]] ?? names[g]}
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, th }) => (
            <tr key={id} data-testid={`region-${id}`}>
              <td>{t.regions[id]}</td>
              <td>{th}</td>
              <td className="nb-num" data-testid={`region-${id}-total`}>
                {counts[id].total.toLocaleString('en-US')}
              </td>
              {labelled
                ? present.map((g) => (
                    <td key={g} className="nb-num" data-testid={`region-${id}-${names[g]}`}>
                      {counts[id].byGroup[g].toLocaleString('en-US')}
                    </td>
                  ))
                : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
