import { ImageGrid } from '../../../components/image-grid';
import { CLASS_NAMES, type DatasetName } from '../../../core/data/dataset-files';
import { NumberField } from '../../../notebook/number-field';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

const DIGITS = Array.from({ length: 10 }, (_, i) => i);

function toggle(list: number[], d: number): number[] {
  return list.includes(d) ? list.filter((x) => x !== d) : [...list, d].sort((a, b) => a - b);
}

/** Cell 1: choose normal and anomaly classes, load them, see counts and samples. */
export function DataCell() {
  const t = useText();
  const params = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const selectionError = actions.problems().selection;
  const names = CLASS_NAMES[params.dataset];
  const counts = data.split?.counts;
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        <div className="nb-field">
          <label htmlFor="dense-dataset">{t.dataset}</label>
          <select
            id="dense-dataset"
            data-testid="param-dataset"
            value={params.dataset}
            onChange={(e) => actions.setParams({ dataset: e.target.value as DatasetName })}
          >
            <option value="mnist">MNIST</option>
            <option value="fashion">Fashion-MNIST</option>
          </select>
        </div>
        <NumberField name="maxTrain" label={t.maxTrain} value={params.maxTrain} draft={drafts.maxTrain} step={1} onChange={(v) => actions.setNumber('maxTrain', v)} />
        <NumberField name="seed" label={t.seed} value={params.seed} draft={drafts.seed} step={1} onChange={(v) => actions.setNumber('seed', v)} />
      </div>
      <fieldset className="nb-digit-picker">
        <legend>{t.normalDigits}</legend>
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className="nb-chip nb-chip--normal"
            data-testid={`normal-digit-${d}`}
            aria-pressed={params.normal.includes(d)}
            onClick={() => actions.setParams({ normal: toggle(params.normal, d), anomaly: params.anomaly.filter((x) => x !== d) })}
          >
            {names[d]}
          </button>
        ))}
      </fieldset>
      <fieldset className="nb-digit-picker">
        <legend>{t.anomalyDigits}</legend>
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className="nb-chip nb-chip--anomaly"
            data-testid={`anomaly-digit-${d}`}
            aria-pressed={params.anomaly.includes(d)}
            disabled={params.normal.includes(d)}
            title={params.normal.includes(d) ? t.alreadyNormal : undefined}
            onClick={() => actions.setParams({ anomaly: toggle(params.anomaly, d) })}
          >
            {names[d]}
          </button>
        ))}
        <span className="nb-digit-picker__shortcuts">
          <button type="button" className="btn btn--small" data-testid="preset-1-vs-9" onClick={() => actions.setParams({ normal: [1], anomaly: [9] })}>
            {t.oneVsNine}
          </button>
          <button
            type="button"
            className="btn btn--small"
            data-testid="anomaly-rest"
            onClick={() => actions.setParams({ anomaly: DIGITS.filter((d) => !params.normal.includes(d)) })}
          >
            {t.allOthers}
          </button>
        </span>
      </fieldset>
      {selectionError ? (
        <p className="nb-notice nb-notice--error" role="alert" data-testid="param-error-selection">
          {selectionError}
        </p>
      ) : null}
      <div className="nb-cell-actions">
        <button type="button" className="btn" data-testid="data-load" disabled={Boolean(selectionError) || data.status === 'loading'} onClick={() => void actions.loadData()}>
          {data.status === 'loading' ? t.loading : t.load}
        </button>
        {counts ? (
          <dl className="nb-counts">
            <div>
              <dt>{t.counts.train}</dt>
              <dd data-testid="count-train">{counts.train}</dd>
            </div>
            <div>
              <dt>{t.counts.val}</dt>
              <dd data-testid="count-val">{counts.val}</dd>
            </div>
            <div>
              <dt>{t.counts.testNormal}</dt>
              <dd data-testid="count-test-normal">{counts.testNormal}</dd>
            </div>
            <div>
              <dt>{t.counts.testAnomaly}</dt>
              <dd data-testid="count-test-anomaly">{counts.testAnomaly}</dd>
            </div>
          </dl>
        ) : null}
      </div>
      {data.error ? (
        <p className="nb-notice nb-notice--error" role="alert">
          {data.error}
        </p>
      ) : null}
      {data.samples ? (
        <figure data-testid="sample-grid">
          <ImageGrid
            columns={data.samples.normal.map((img, i) => ({ id: `n${i}`, images: [img, data.samples!.anomaly[i] ?? new Float32Array(784)] }))}
            width={28}
            height={28}
            rowLabels={[t.normal, t.anomaly]}
            scale={2}
          />
          <figcaption>{t.samples}</figcaption>
        </figure>
      ) : null}
    </div>
  );
}
