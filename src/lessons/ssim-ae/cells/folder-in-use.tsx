import { mvtecInUse } from '../mvtec-action';
import { actions, useLesson } from '../instance';
import { useText } from '../text';

/**
 * While a learner's MVTec folder is the lesson's data: which folder, how many
 * images of each part, and a button back to the built-in textures. Nothing
 * otherwise. `testId` prefixes the notice's and the button's test ids.
 */
export function FolderInUse({ testId }: { testId: string }) {
  const b = useText().byo;
  const inUse = useLesson(mvtecInUse);
  const name = useLesson((s) => s.mvtec.name);
  const dataset = useLesson((s) => s.data.dataset);
  if (!inUse || !dataset) return null;
  const area = dataset.size * dataset.size;
  return (
    <div className="nb-cell-actions">
      <p className="nb-notice" data-testid={`${testId}-in-use`}>
        {b.inUse(name ?? '', dataset.train.length / area, dataset.validation.length / area, dataset.labels.length, dataset.labels.reduce((a, v) => a + v, 0))}
      </p>
      <button type="button" className="btn btn--small" data-testid={`${testId}-back`} onClick={() => void actions.backToTextures()}>
        {b.back}
      </button>
    </div>
  );
}
