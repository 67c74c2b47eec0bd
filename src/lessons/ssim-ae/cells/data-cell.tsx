import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { useChartText } from '../../../i18n/chart-text';
import { ErrorNotice } from '../../../notebook/error-notice';
import { FieldGrid } from '../../../notebook/lesson-cells';
import { problemText } from '../../../notebook/settings/problem-text';
import { splitRows } from '../derived';
import { mvtecInUse } from '../mvtec-action';
import { FolderInUse } from './folder-in-use';
import { actions, useFields, useLesson } from '../instance';
import { useText } from '../text';

const SAMPLES = 8;
/** The data settings a learner's MVTec folder still uses: the size its images are reduced to, and the seed of its validation split and weights. */
const FOLDER_FIELDS = ['cropSize', 'seed'] as const;
const TEXTURE_FIELDS = ['texture', 'cropSize', 'trainCount', 'validationCount', 'testCount', 'seed'] as const;

/** Cell 1: a texture, its crops, and the test crops with their synthetic defects; with a learner's folder in use, only the settings it still uses, and why. */
export function DataCell() {
  const t = useText();
  const c = useChartText();
  const { field, lang } = useFields();
  const data = useLesson((s) => s.data);
  const inUse = useLesson(mvtecInUse);
  const d = data.dataset;
  const grids = useMemo(() => {
    if (!d) return null;
    const area = d.size * d.size;
    const train = splitRows(d.train, area).slice(0, SAMPLES);
    const test = splitRows(d.test, area);
    const masks = splitRows(d.masks, area);
    const defective = Array.from(d.labels.keys()).filter((i) => d.labels[i] === 1).slice(0, SAMPLES);
    return {
      train: train.map((img, i) => ({ id: `t${i}`, images: [img] })),
      test: defective.map((i) => ({ id: `d${i}`, title: t.kinds[d.kindNames[d.kinds[i]]] ?? d.kindNames[d.kinds[i]], images: [test[i], Float32Array.from(masks[i])], outline: masks[i] })),
      nDefective: d.labels.reduce((a, b) => a + b, 0),
    };
  }, [d, t]);
  return (
    <div className="nb-cell-body">
      <FieldGrid names={inUse ? FOLDER_FIELDS : TEXTURE_FIELDS} field={field} />
      {inUse ? (
        <p className="nb-muted nb-small" data-testid="data-folder-fields">
          {t.folderFields(t.byo.back)}
        </p>
      ) : null}
      <FolderInUse testId="data" />
      <div className="nb-cell-actions">
        {inUse ? null : (
          <button type="button" className="btn" data-testid="data-load" disabled={data.status === 'loading'} onClick={() => void actions.loadData()}>
            {data.status === 'loading' ? t.loading : t.load}
          </button>
        )}
        {d && grids && !inUse ? (
          <span className="nb-muted" data-testid="data-counts">
            {t.counts(d.train.length / (d.size * d.size), d.validation.length / (d.size * d.size), d.labels.length, grids.nDefective)}
          </span>
        ) : null}
      </div>
      {data.error ? <ErrorNotice>{problemText(data.error, lang)}</ErrorNotice> : null}
      <p className="nb-muted nb-small" data-testid="data-defects">
        {inUse ? t.folderReal : t.synthetic}
      </p>
      {d && grids ? (
        <>
          <figure data-testid="train-crops">
            <ImageGrid columns={grids.train} width={d.size} height={d.size} rowLabels={['']} scale={Math.max(1, Math.round(96 / d.size))} text={c.grid} />
            <figcaption>{inUse ? t.trainSamplesFolder : t.trainSamples}</figcaption>
          </figure>
          <figure data-testid="test-crops">
            <ImageGrid columns={grids.test} width={d.size} height={d.size} rowLabels={['', '']} outlineRows={[0]} scale={Math.max(1, Math.round(96 / d.size))} text={c.grid} />
            <figcaption>{inUse ? t.testSamplesFolder : t.testSamples}</figcaption>
          </figure>
        </>
      ) : null}
    </div>
  );
}
