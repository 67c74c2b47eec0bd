import { FieldGrid } from '../../../notebook/lesson-cells';
import { useMemo } from 'react';
import { ClassPicker } from '../../../notebook/class-picker';
import { toggleClass } from '../../../notebook/class-selection';
import { LoadDataRow, SampleGrid } from '../../../notebook/image-data-controls';
import { problemText } from '../../../notebook/settings/problem-text';
import { classNames } from '../../../i18n/class-names';
import { actions, useFields, useLesson } from '../instance';
import { textureLabel } from '../params';
import { isTextureData, referenceTextures } from '../texture-data';
import { useText } from '../text';
import { FolderInUse } from './byo-cell';
import { mvtecInUse } from '../mvtec-source';

const SAMPLES = 8;

/** Cell 2: the source (image classes or a texture), its normal, anomaly and reference data, the amount of reference data (0 = the ablation), and samples of each. */
export function DataCell() {
  const t = useText();
  const { field, problems, lang } = useFields();
  const params = useLesson((s) => s.params);
  const data = useLesson((s) => s.data);
  const textures = params.source === 'texture';
  const folder = useLesson(mvtecInUse);
  const selection = problems.selection;
  const samples = useMemo(() => {
    const d = data.data;
    const split = data.split;
    if (!d || !split) return null;
    const area = d.size * d.size;
    const row = (x: Float32Array, i: number) => x.subarray(i * area, (i + 1) * area);
    const firstRef = split.counts.train;
    const nRef = d.trainClasses.length - firstRef;
    return {
      side: d.size,
      // A small folder may have fewer training or defective images than the grid has columns.
      columns: Array.from({ length: Math.min(SAMPLES, split.counts.train, split.counts.testAnomaly) }, (_, i) => ({
        id: `s${i}`,
        images: [row(d.trainX, i), nRef > 0 ? row(d.trainX, firstRef + Math.floor((i * nRef) / SAMPLES)) : new Float32Array(area), row(d.testX, split.counts.testNormal + i)],
      })),
    };
  }, [data]);
  const nRef = data.referenceCounts.reduce((a, b) => a + b, 0);
  // A learner's folder uses the built-in textures as its reference, as a texture run does.
  const loadedTextures = folder || (data.data !== null && isTextureData(data.data));
  return (
    <div className="nb-cell-body">
      <FieldGrid names={['source', textures ? 'texture' : 'dataset', 'maxTrain', 'referencePerClass', 'seed']} field={field} row />
      <FolderInUse testId="data" />
      {folder ? null : (
        <>
          {textures ? <TextureNote /> : <ClassChoice />}
          <LoadDataRow data={data} blocked={!textures && Boolean(selection)} text={t} lang={lang} onLoad={actions.loadData} />
        </>
      )}
      {data.data ? (
        <p className="nb-muted" data-testid="count-reference">
          {loadedTextures ? t.referenceCountTextures(nRef, data.referenceCounts.length) : t.referenceCount(nRef, data.referenceCounts.length)}
        </p>
      ) : null}
      {samples ? (
        <div data-testid="sample-side" data-side={samples.side}>
          <SampleGrid
            columns={samples.columns}
            side={samples.side}
            rowLabels={[t.trainNormal, t.reference, t.testAnomaly]}
            caption={loadedTextures ? t.samplesCaptionTexture(samples.side) : t.samplesCaption}
          />
        </div>
      ) : null}
    </div>
  );
}

/** The texture source: what is normal, what is anomalous, which textures are the reference. */
function TextureNote() {
  const t = useText();
  const { lang } = useFields();
  const params = useLesson((s) => s.params);
  const refs = referenceTextures({ texture: params.texture, referencePerClass: 1 }).map((r) => textureLabel(r, lang));
  return (
    <div data-testid="texture-note">
      <p className="nb-small">{t.textureNote(textureLabel(params.texture, lang), refs.join(lang === 'ja' ? '・' : ', '))}</p>
      <p className="nb-muted nb-small">{t.mvtecEvalOnly}</p>
    </div>
  );
}

/** The image-class source: normal and anomaly classes, and the reference classes. */
function ClassChoice() {
  const t = useText();
  const { problems, lang } = useFields();
  const params = useLesson((s) => s.params);
  const names = classNames(params.dataset, lang);
  const selection = problems.selection;
  return (
    <>
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
    </>
  );
}
