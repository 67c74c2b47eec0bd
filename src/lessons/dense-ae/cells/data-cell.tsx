import { ClassPicker } from '../../../notebook/class-picker';
import { otherClasses } from '../../../notebook/class-selection';
import { DatasetSelect, LoadDataRow, SampleGrid } from '../../../notebook/image-data-controls';
import { NumberField } from '../../../notebook/number-field';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

/** Cell 1: choose normal and anomaly classes, load them, see counts and samples. */
export function DataCell() {
  const t = useText();
  const params = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const selectionError = actions.problems().selection;
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <DatasetSelect id="dense-dataset" label={t.dataset} value={params.dataset} onChange={(dataset) => actions.setParams({ dataset })} />
        <NumberField name="maxTrain" label={t.maxTrain} value={params.maxTrain} draft={drafts.maxTrain} step={1} onChange={(v) => actions.setNumber('maxTrain', v)} />
        <NumberField name="seed" label={t.seed} value={params.seed} draft={drafts.seed} step={1} onChange={(v) => actions.setNumber('seed', v)} />
      </div>
      <ClassPicker dataset={params.dataset} selection={params} text={t} error={selectionError} onChange={actions.setParams}>
        <span className="nb-digit-picker__shortcuts">
          <button type="button" className="btn btn--small" data-testid="preset-1-vs-9" onClick={() => actions.setParams({ normal: [1], anomaly: [9] })}>
            {t.oneVsNine}
          </button>
          <button type="button" className="btn btn--small" data-testid="anomaly-rest" onClick={() => actions.setParams({ anomaly: otherClasses(params.normal) })}>
            {t.allOthers}
          </button>
        </span>
      </ClassPicker>
      <LoadDataRow data={data} blocked={Boolean(selectionError)} text={t} onLoad={actions.loadData} />
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
