import { useMemo } from 'react';
import { formatNumber } from '../../../components/format';
import { Select } from '../../../notebook/controls';
import { indicesInRegion, type Region } from '../../../core/timeseries/two-sided';
import { SeriesOverlay } from '../../../components/series-overlay';
import { highlightLayers } from '../derived';
import { actions, useLesson } from '../instance';
import { useText } from '../text';
import { ReconstructionPlot } from './reconstruction-plot';
import { useResult } from './use-result';

const REGIONS: Region[] = ['low', 'middle', 'high'];
const LIST_LIMIT = 300;

/** Cell 6: the chosen region's series in vermillion over the rest (red in the seed); pick one to see its reconstruction. */
export function ViewerCell() {
  const t = useText();
  const view = useLesson((s) => s.view);
  const r = useResult();
  const result = r?.result ?? null;
  const rows = useMemo(() => {
    if (!r) return new Int32Array(0);
    const idx = indicesInRegion(r.result.mse, view.region, r.low, r.high);
    const mse = r.result.mse;
    return idx.sort(view.region === 'high' ? (a, b) => mse[b] - mse[a] : (a, b) => mse[a] - mse[b]);
  }, [r, view.region]);
  const layers = useMemo(() => (result ? highlightLayers(result.set.group.length, rows) : []), [result, rows]);
  if (!r || !result) return <p className="nb-muted">{t.noResult}</p>;
  const { set, mse } = result;
  const selected = view.selected !== null && view.selected < mse.length ? view.selected : rows.length > 0 ? rows[0] : null;
  const groupName = (i: number) => t.groups[set.groupNames[set.group[i]]] ?? set.groupNames[set.group[i]];
  return (
    <div className="nb-cell-body">
      <div className="segmented" role="radiogroup" aria-label={t.viewRegion}>
        {REGIONS.map((region) => (
          <button
            key={region}
            type="button"
            role="radio"
            aria-checked={view.region === region}
            className="segmented__option"
            data-testid={`viewer-region-${region}`}
            onClick={() => actions.setView({ region, selected: null })}
          >
            {t.regions[region]} ({r.counts[region].total.toLocaleString('en-US')})
          </button>
        ))}
      </div>
      <SeriesOverlay
        x={set.x}
        L={set.L}
        layers={layers}
        aria-label={t.highlighted(rows.length, t.regions[view.region])}
        caption={t.highlighted(rows.length, t.regions[view.region])}
        stepWord={t.stepAxis}
        height={300}
        pickRows={rows}
        onPick={(row) => actions.setView({ selected: row })}
        testId="viewer-overlay"
      />
      <p className="nb-muted nb-small">{t.pickHint}</p>
      <div className="nb-field-row">
        <div className="nb-field">
          <label htmlFor="ts-pick">{t.pickList}</label>
          <select id="ts-pick" data-testid="viewer-pick" value={selected ?? ''} onChange={(e) => actions.setView({ selected: Number(e.target.value) })}>
            {rows.length === 0 ? <option value="">{t.none}</option> : null}
            {Array.from(rows.subarray(0, LIST_LIMIT), (i) => (
              <option key={i} value={i}>
                #{i} · {groupName(i)} · MSE {formatNumber(mse[i], 3)}
              </option>
            ))}
          </select>
        </div>
        <Select id="ts-units" testId="viewer-units" label={t.units} value={view.units} options={[{ value: 'raw', label: t.unitsRaw }, { value: 'standardised', label: t.unitsStd }]} onChange={(units) => actions.setView({ units })} />
      </div>
      {selected !== null ? <ReconstructionPlot result={result} row={selected} units={view.units} title={t.seriesTitle(selected, formatNumber(mse[selected], 4))} subtitle={groupName(selected)} /> : null}
    </div>
  );
}
