import { useMemo } from 'react';
import { ImageGrid } from '../../../components/image-grid';
import { randomPatches, windowsPerAxis } from '../../../core/data/patches';
import { FieldGrid } from '../../../notebook/lesson-cells';
import { useFields, useLesson } from '../instance';
import { SIDE } from '../state';
import { useText } from '../text';
import { useChartText } from '../../../i18n/chart-text';

const ROWS = 3;
const COLUMNS = 12;

/** Cell 2: patch size, number of training patches, scoring stride; the first training patches. */
export function PatchesCell() {
  const t = useText();
  const chartText = useChartText();
  const p = useLesson((s) => s.params);
  const { field } = useFields();
  const split = useLesson((s) => s.data.split);
  const sizeOk = p.patchSize % 4 === 0 && p.patchSize <= SIDE;
  const g = sizeOk && p.stride >= 1 ? windowsPerAxis(SIDE, p.patchSize, p.stride) : 0;
  const nTest = split ? split.counts.testNormal + split.counts.testAnomaly : 0;
  // Same seed and sequential draws: these are exactly the first patches the job trains on.
  const columns = useMemo(() => {
    if (!split || !sizeOk) return [];
    const n = ROWS * COLUMNS;
    const px = p.patchSize * p.patchSize;
    const all = randomPatches({ pixels: split.trainX, side: SIDE }, n, p.patchSize, p.seed);
    return Array.from({ length: COLUMNS }, (_, c) => ({ id: c, images: Array.from({ length: ROWS }, (_, r) => all.subarray((r * COLUMNS + c) * px, (r * COLUMNS + c + 1) * px)) }));
  }, [split, p.patchSize, p.seed, sizeOk]);
  return (
    <div className="nb-cell-body">
      <FieldGrid names={['patchSize', 'patches', 'stride']} field={field} />
      {g > 0 ? (
        <p className="nb-muted" data-testid="window-count">
          {t.windowsPerImage(g)}
          {nTest > 0 ? ` · ${t.totalWindows(nTest * g * g, nTest)}` : ''}
        </p>
      ) : null}
      {columns.length > 0 ? (
        <figure data-testid="patch-grid">
          <ImageGrid columns={columns} width={p.patchSize} height={p.patchSize} rowLabels={Array.from({ length: ROWS }, () => '')} scale={Math.max(2, Math.round(48 / p.patchSize))} text={chartText.grid} />
          <figcaption>{t.samplePatches}</figcaption>
        </figure>
      ) : (
        <p className="nb-muted">{t.loadFirst}</p>
      )}
    </div>
  );
}
