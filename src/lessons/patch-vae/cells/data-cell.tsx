import { useMemo } from 'react';
import { ClassPicker } from '../../../notebook/class-picker';
import { DatasetSelect, LoadDataRow, SampleGrid } from '../../../notebook/image-data-controls';
import { NumberField } from '../../../notebook/number-field';
import { actions, useLesson } from '../instance';
import { SIDE } from '../state';
import { useText } from '../text';

const SAMPLES = 8;

/** Cell 1: dataset and classes (MNIST 1 vs 9 or Fashion sneaker vs ankle boot by default), counts and samples. */
export function DataCell() {
  const t = useText();
  const params = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const selectionError = actions.problems().selection;
  const split = data.split;
  const samples = useMemo(() => {
    if (!split) return [];
    const px = SIDE * SIDE;
    const nN = split.counts.testNormal;
    return Array.from({ length: Math.min(SAMPLES, nN, split.counts.testAnomaly) }, (_, i) => ({
      id: i,
      images: [split.testX.subarray(i * px, (i + 1) * px), split.testX.subarray((nN + i) * px, (nN + i + 1) * px)],
    }));
  }, [split]);
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <DatasetSelect id="pvae-dataset" label={t.dataset} value={params.dataset} onChange={(dataset) => actions.setParams({ dataset })} />
        <NumberField name="seed" label={t.seed} value={params.seed} draft={drafts.seed} step={1} onChange={(v) => actions.setNumber('seed', v)} />
        <span className="nb-digit-picker__shortcuts">
          <button type="button" className="btn btn--small" data-testid="pair-mnist" onClick={() => actions.setParams({ dataset: 'mnist', normal: [1], anomaly: [9] })}>
            {t.pairMnist}
          </button>
          <button type="button" className="btn btn--small" data-testid="pair-fashion" onClick={() => actions.setParams({ dataset: 'fashion', normal: [7], anomaly: [9] })}>
            {t.pairFashion}
          </button>
        </span>
      </div>
      <ClassPicker dataset={params.dataset} selection={params} text={t} error={selectionError} onChange={actions.setParams} />
      <LoadDataRow data={data} blocked={Boolean(selectionError)} text={t} onLoad={actions.loadData} />
      {samples.length > 0 ? <SampleGrid columns={samples} side={SIDE} rowLabels={[t.normal, t.anomaly]} caption={t.samples} /> : null}
    </div>
  );
}
