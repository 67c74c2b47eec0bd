import { useMemo } from 'react';
import { ClassPicker } from '../../../notebook/class-picker';
import { toggleClass } from '../../../notebook/class-selection';
import { LoadDataRow, SampleGrid } from '../../../notebook/image-data-controls';
import { problemText } from '../../../notebook/settings/problem-text';
import { classNames } from '../../../i18n/class-names';
import { actions, useFields, useLesson } from '../instance';
import { useText } from '../text';

const SAMPLES = 8;
const PX = 784;

/** Cell 2: normal, anomaly and reference classes, the amount of reference data (0 = the ablation), and samples of each. */
export function DataCell() {
  const t = useText();
  const { field, problems, lang } = useFields();
  const params = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const names = classNames(params.dataset, lang);
  const selection = problems.selection;
  const samples = useMemo(() => {
    const d = data.data;
    const split = data.split;
    if (!d || !split) return null;
    const row = (x: Float32Array, i: number) => x.subarray(i * PX, (i + 1) * PX);
    const firstRef = split.counts.train;
    const nRef = d.trainClasses.length - firstRef;
    return Array.from({ length: SAMPLES }, (_, i) => ({
      id: `s${i}`,
      images: [row(d.trainX, i), nRef > 0 ? row(d.trainX, firstRef + Math.floor((i * nRef) / SAMPLES)) : new Float32Array(PX), row(d.testX, split.counts.testNormal + i)],
    }));
  }, [data]);
  const nRef = data.referenceCounts.reduce((a, b) => a + b, 0);
  return (
    <div className="nb-cell-body">
      <div className="nb-field-row">
        {field('dataset')}
        {field('maxTrain')}
        {field('referencePerClass')}
        {field('seed')}
      </div>
      <ClassPicker dataset={params.dataset} selection={params} text={t} error={selection ? problemText(selection, lang) : undefined} onChange={actions.setParams}>
        <span className="nb-digit-picker__shortcuts">
          <button type="button" className="btn btn--small" data-testid="preset-7-vs-9" onClick={() => actions.setParams({ dataset: 'fashion', normal: [7], anomaly: [9] })}>
            {t.sevenVsNine}
          </button>
        </span>
      </ClassPicker>
      <fieldset className="nb-digit-picker" data-testid="reference-picker">
        <legend>{t.referenceClasses}</legend>
        {names.map((name, c) => {
          const taken = params.normal.includes(c) || params.anomaly.includes(c);
          return (
            <button
              key={c}
              type="button"
              className="nb-chip nb-chip--reference"
              data-testid={`reference-digit-${c}`}
              aria-pressed={!taken && params.reference.includes(c)}
              disabled={taken}
              title={taken ? t.referenceTaken : undefined}
              onClick={() => actions.setParams({ reference: toggleClass(params.reference, c).length > 0 ? toggleClass(params.reference, c) : params.reference })}
            >
              {name}
            </button>
          );
        })}
      </fieldset>
      <p className="nb-muted nb-small">{t.referenceNote}</p>
      <LoadDataRow data={data} blocked={Boolean(selection)} text={t} lang={lang} onLoad={actions.loadData} />
      {data.data ? (
        <p className="nb-muted" data-testid="count-reference">
          {t.referenceCount(nRef, data.referenceCounts.length)}
        </p>
      ) : null}
      {samples ? <SampleGrid columns={samples} side={28} rowLabels={[t.trainNormal, t.reference, t.testAnomaly]} caption={t.samplesCaption} /> : null}
    </div>
  );
}
