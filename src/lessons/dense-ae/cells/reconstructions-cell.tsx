import { Chips } from '../../../notebook/controls';
import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { formatNumber } from '../../../components/format';
import { gridIndices } from '../derived';
import { actions, useLesson } from '../instance';
import type { DenseAeState } from '../state';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

const COLUMNS = 8;
const DIM = 784;
const FILTERS: DenseAeState['view']['gridFilter'][] = ['anomalies', 'normals', 'hardest-normals', 'hidden-anomalies'];

/** Cell 4: original / reconstruction / |difference| per image, with its score. */
export function ReconstructionsCell() {
  const t = useText();
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const view = useLesson((s) => s.view);
  const columns = useMemo(() => {
    if (!result) return [];
    return gridIndices(result, view.scoreKind, view.gridFilter, COLUMNS).map((i) => {
      const x = result.testX.subarray(i * DIM, (i + 1) * DIM);
      const r = result.reconstructions.subarray(i * DIM, (i + 1) * DIM);
      const diff = new Float32Array(DIM);
      for (let j = 0; j < DIM; j++) diff[j] = Math.abs(x[j] - r[j]);
      return { id: i, title: `${result.labels[i] ? t.anomaly : t.normal} · ${result.classes[i]}`, caption: formatNumber(result.test[view.scoreKind][i], 1), images: [x, r, diff] };
    });
  }, [result, view.scoreKind, view.gridFilter, t]);
  if (!result) return <p className="nb-muted">{t.noResult}</p>;
  return (
    <div className="nb-cell-body">
      <Chips value={view.gridFilter} onPick={(gridFilter) => actions.setView({ gridFilter })} chips={FILTERS.map((f) => ({ value: f, label: t.filters[f], testId: `grid-filter-${f}` }))} />
      <div data-testid="recon-grid">
        <ImageGrid columns={columns} width={28} height={28} rowLabels={t.rows} colormaps={['gray', 'gray', 'heat']} vmax={[1, 1, 1]} scale={3} text={c.grid} />
      </div>
    </div>
  );
}
