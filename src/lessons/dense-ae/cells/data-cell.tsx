import { ClassPicker } from '../../../notebook/class-picker';
import { otherClasses } from '../../../notebook/class-selection';
import { LoadDataRow, SampleGrid } from '../../../notebook/image-data-controls';
import { FieldGrid } from '../../../notebook/lesson-cells';
import { problemText } from '../../../notebook/settings/problem-text';
import { actions, useFields, useLesson } from '../instance';
import { useText } from '../text';

/** Cell 1: choose normal and anomaly classes, load them, see counts and samples. */
export function DataCell() {
  const t = useText();
  const { field, problems, lang } = useFields();
  const params = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const selection = problems.selection;
  return (
    <div className="nb-cell-body">
      <FieldGrid names={['dataset', 'maxTrain', 'seed']} field={field} row />
      <ClassPicker dataset={params.dataset} selection={params} text={t} error={selection ? problemText(selection, lang) : undefined} onChange={actions.setParams}>
        <span className="nb-digit-picker__shortcuts">
          <button type="button" className="btn btn--small" data-testid="preset-1-vs-9" onClick={() => actions.setParams({ normal: [1], anomaly: [9] })}>
            {t.oneVsNine}
          </button>
          <button type="button" className="btn btn--small" data-testid="anomaly-rest" onClick={() => actions.setParams({ anomaly: otherClasses(params.normal) })}>
            {t.allOthers}
          </button>
        </span>
      </ClassPicker>
      <LoadDataRow data={data} blocked={Boolean(selection)} text={t} lang={lang} onLoad={actions.loadData} />
      {data.samples ? (
        <SampleGrid
          columns={data.samples.normal.map((img, i) => ({ id: `n${i}`, images: [img, data.samples!.anomaly[i] ?? new Float32Array(784)] }))}
          side={28}
          rowLabels={[t.normal, t.anomaly]}
          caption={t.samples}
        />
      ) : null}
    </div>
  );
}
