import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { useChartText } from '../../../i18n/chart-text';
import { ErrorNotice } from '../../../notebook/error-notice';
import { FieldGrid } from '../../../notebook/lesson-cells';
import { problemText } from '../../../notebook/settings/problem-text';
import { imageAt, maskOf, testIndices } from '../derived';
import { folderInUse } from '../folder-action';
import { actions, useFields, useLesson } from '../instance';
import { useText } from '../text';

const SAMPLES = 8;

/** Cell 2: the DiceBear faces (style, difficulty, counts), and test faces without and with glasses, the glasses mask outlined. */
export function DataCell() {
  const t = useText().data;
  const c = useChartText();
  const { field, lang } = useFields();
  const data = useLesson((s) => s.data);
  const inUse = useLesson(folderInUse);
  const folderName = useLesson((s) => s.folder.name);
  const f = data.faces;
  const grids = useMemo(() => {
    if (!f) return null;
    const area = f.size * f.size;
    const column = (i: number) => ({ id: i, images: [imageAt(f.test, i, area)], outline: maskOf(f, i) });
    return { normals: testIndices(f, 0).slice(0, SAMPLES).map(column), anomalies: testIndices(f, 1).slice(0, SAMPLES).map(column) };
  }, [f]);
  const scale = f ? Math.max(1, Math.round(80 / f.size)) : 1;
  return (
    <div className="nb-cell-body">
      <FieldGrid names={['faces', 'variant', 'trainCount', 'testEach']} field={field} />
      <div className="nb-cell-actions">
        <button type="button" className="btn" data-testid="data-load" disabled={data.status === 'loading' || inUse} onClick={() => void actions.loadData()}>
          {data.status === 'loading' ? t.loading : t.load}
        </button>
        {f ? (
          <span className="nb-muted" data-testid="data-counts">
            {t.counts(f.train.length / (f.size * f.size), f.testLabels.length, testIndices(f, 1).length)}
          </span>
        ) : null}
      </div>
      {inUse && folderName ? <p className="nb-notice">{t.folderData(folderName)}</p> : null}
      {data.error ? <ErrorNotice>{problemText(data.error, lang)}</ErrorNotice> : null}
      <p className="nb-muted nb-small">{t.cc0}</p>
      {f && grids ? (
        <>
          <figure data-testid="faces-normal">
            <ImageGrid columns={grids.normals} width={f.size} height={f.size} rowLabels={['']} scale={scale} text={c.grid} />
            <figcaption>{t.normals}</figcaption>
          </figure>
          {grids.anomalies.length > 0 ? (
            <figure data-testid="faces-glasses">
              <ImageGrid columns={grids.anomalies} width={f.size} height={f.size} rowLabels={['']} outlineRows={[0]} scale={scale} text={c.grid} />
              <figcaption>{t.anomalies}</figcaption>
            </figure>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
