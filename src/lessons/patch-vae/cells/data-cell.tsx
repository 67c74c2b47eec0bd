import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { CLASS_NAMES, type DatasetName } from '../../../core/data/dataset-files';
import { NumberField } from '../../../notebook/number-field';
import { actions, useLesson } from '../instance';
import { SIDE } from '../state';
import { useText } from '../text';

const CLASSES = Array.from({ length: 10 }, (_, i) => i);
const SAMPLES = 8;

function toggle(list: number[], d: number): number[] {
  return list.includes(d) ? list.filter((x) => x !== d) : [...list, d].sort((a, b) => a - b);
}

/** Cell 1: dataset and classes (MNIST 1 vs 9 or Fashion sneaker vs ankle boot by default), counts and samples. */
export function DataCell() {
  const t = useText();
  const params = useLesson((s) => s.params);
  const drafts = useLesson((s) => s.drafts);
  const data = useLesson((s) => s.data);
  const selectionError = actions.problems().selection;
  const names = CLASS_NAMES[params.dataset];
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
        <div className="nb-field">
          <label htmlFor="pvae-dataset">{t.dataset}</label>
          <select id="pvae-dataset" data-testid="param-dataset" value={params.dataset} onChange={(e) => actions.setParams({ dataset: e.target.value as DatasetName })}>
            <option value="mnist">MNIST</option>
            <option value="fashion">Fashion-MNIST</option>
          </select>
        </div>
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
      <fieldset className="nb-digit-picker">
        <legend>{t.normalClasses}</legend>
        {CLASSES.map((d) => (
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
        <legend>{t.anomalyClasses}</legend>
        {CLASSES.map((d) => (
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
        {split ? (
          <dl className="nb-counts">
            <div>
              <dt>{t.counts.train}</dt>
              <dd data-testid="count-train">{split.counts.train}</dd>
            </div>
            <div>
              <dt>{t.counts.testNormal}</dt>
              <dd data-testid="count-test-normal">{split.counts.testNormal}</dd>
            </div>
            <div>
              <dt>{t.counts.testAnomaly}</dt>
              <dd data-testid="count-test-anomaly">{split.counts.testAnomaly}</dd>
            </div>
          </dl>
        ) : null}
      </div>
      {data.error ? (
        <p className="nb-notice nb-notice--error" role="alert">
          {data.error}
        </p>
      ) : null}
      {samples.length > 0 ? (
        <figure data-testid="sample-grid">
          <ImageGrid columns={samples} width={SIDE} height={SIDE} rowLabels={[t.normal, t.anomaly]} scale={2} />
          <figcaption>{t.samples}</figcaption>
        </figure>
      ) : null}
    </div>
  );
}
