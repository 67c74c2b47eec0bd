import { useMemo } from 'react';
import { ClassPicker } from '../../../notebook/class-picker';
import { LoadDataRow, SampleGrid } from '../../../notebook/image-data-controls';
import { problemText } from '../../../notebook/settings/problem-text';
import { actions, useFields, useLesson } from '../instance';
import { SIDE } from '../state';
import { useText } from '../text';

const SAMPLES = 8;

/** Cell 1: dataset and classes (MNIST 1 vs 9 or Fashion sneaker vs ankle boot by default), counts and samples. */
export function DataCell() {
  const t = useText();
  const params = useLesson((s) => s.params);
  const { field, problems, lang } = useFields();
  const data = useLesson((s) => s.data);
  const selection = problems.selection;
  const selectionError = selection ? problemText(selection, lang) : undefined;
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
        {field('dataset')}
        {field('seed')}
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
      <LoadDataRow data={data} blocked={Boolean(selectionError)} text={t} lang={lang} onLoad={actions.loadData} />
      {samples.length > 0 ? <SampleGrid columns={samples} side={SIDE} rowLabels={[t.normal, t.anomaly]} caption={t.samples} /> : null}
    </div>
  );
}
