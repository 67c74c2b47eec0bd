import { useMemo } from 'react';
import { formatNumber } from '../../../components/format';
import { ImageGrid, type ImageColumn } from '../../../components/image-grid';
import type { FaceData, MethodEvaluation } from '../../../core/pipeline/conv-ae-pca-types';
import { useChartText } from '../../../i18n/chart-text';
import { imageAt, maskOf, testIndices } from '../derived';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

const PAGE = 8;

/** Input, reconstruction and |difference| of test images `ids`, the glasses mask outlined, the score as caption. */
function columnsOf(faces: FaceData, ev: MethodEvaluation, ids: readonly number[], score: (s: string) => string): ImageColumn[] {
  const area = faces.size * faces.size;
  return ids.map((i) => ({
    id: i,
    caption: score(formatNumber(ev.scores[i], 1)),
    images: [imageAt(faces.test, i, area), imageAt(ev.reconstructions, i, area), imageAt(ev.diffs, i, area)],
    outline: maskOf(faces, i),
  }));
}

/** Cell 7: difference images of the faces with glasses, and of the highest-scoring normals ("hardest normals"). */
export function DiffCell() {
  const t = useText().diff;
  const c = useChartText();
  const result = useLesson((s) => s.result);
  const view = useLesson((s) => s.view);
  const method = view.method === 'ae' && result?.job.ae ? 'ae' : 'pca';
  const ev = result ? (method === 'ae' ? result.job.ae!.evaluation : result.job.pca.evaluation) : null;
  const faces = result?.data ?? null;
  const glasses = useMemo(() => (faces ? testIndices(faces, 1) : []), [faces]);
  const from = Math.min(view.offset, Math.max(0, glasses.length - PAGE));
  const grids = useMemo(() => {
    if (!faces || !ev) return null;
    return { glasses: columnsOf(faces, ev, glasses.slice(from, from + PAGE), t.score), hardest: columnsOf(faces, ev, ev.hardestNormals.slice(0, PAGE), t.score) };
  }, [faces, ev, glasses, from, t]);
  if (!result || !faces || !grids) return <p className="nb-muted">{t.noResult}</p>;
  const scale = Math.max(1, Math.round(72 / faces.size));
  const grid = (columns: ImageColumn[]) => (
    <ImageGrid columns={columns} width={faces.size} height={faces.size} rowLabels={t.rows} colormaps={['gray', 'gray', 'heat']} vmax={[1, 1, 'auto']} outlineRows={[2]} scale={scale} text={c.grid} />
  );
  return (
    <div className="nb-cell-body">
      <div className="nb-cell-actions" role="group" aria-label={t.method}>
        <span>{t.method}</span>
        {(['pca', 'ae'] as const).map((m) => (
          <button key={m} type="button" className="btn btn--small" aria-pressed={m === method} disabled={m === 'ae' && !result.job.ae} data-testid={`diff-method-${m}`} onClick={() => actions.setView({ method: m })}>
            {t[m]}
          </button>
        ))}
      </div>
      {glasses.length > 0 ? (
        <figure data-testid="diff-grid" data-method={method}>
          <h3 className="cap-subhead">{t.glasses}</h3>
          <div className="nb-cell-actions">
            <button type="button" className="btn btn--small" data-testid="diff-prev" disabled={from === 0} onClick={() => actions.setView({ offset: Math.max(0, from - PAGE) })}>
              {t.previous}
            </button>
            <span data-testid="diff-range">{t.range(from + 1, Math.min(glasses.length, from + PAGE), glasses.length)}</span>
            <button type="button" className="btn btn--small" data-testid="diff-next" disabled={from + PAGE >= glasses.length} onClick={() => actions.setView({ offset: from + PAGE })}>
              {t.next}
            </button>
          </div>
          {grid(grids.glasses)}
          <figcaption>{t.caption}</figcaption>
        </figure>
      ) : null}
      <figure data-testid="diff-hardest">
        <h3 className="cap-subhead">{t.hardest}</h3>
        {grid(grids.hardest)}
        <figcaption>{t.hardestCaption}</figcaption>
      </figure>
    </div>
  );
}
