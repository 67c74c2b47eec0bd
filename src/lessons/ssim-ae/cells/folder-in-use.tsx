import { ErrorNotice } from '../../../notebook/error-notice';
import { MvtecInUse } from '../../../notebook/mvtec/mvtec-in-use';
import { problemText } from '../../../notebook/settings/problem-text';
import { mvtecInUse } from '../mvtec-action';
import { actions, useFields, useLesson } from '../instance';
import { useText } from '../text';

/**
 * The folder in use, if any (see `MvtecInUse`); `testId` prefixes its test ids. A batch larger than
 * the folder's training images is said here as soon as the folder is loaded or the batch changes.
 */
export function FolderInUse({ testId }: { testId: string }) {
  const t = useText();
  const { problems, lang } = useFields();
  const inUse = useLesson(mvtecInUse);
  const name = useLesson((s) => s.mvtec.name);
  const dataset = useLesson((s) => s.data.dataset);
  if (!inUse || !dataset) return null;
  const area = dataset.size * dataset.size;
  const counts = { train: dataset.train.length / area, validation: dataset.validation.length / area, test: dataset.labels.length, defective: dataset.labels.reduce((a, v) => a + v, 0) };
  const batch = problems.batch?.code === 'batch-over-data' ? problems.batch : null;
  return (
    <>
      <MvtecInUse name={name ?? ''} counts={counts} lang={lang} testId={testId} onBack={() => void actions.backToTextures()} />
      {batch ? (
        <ErrorNotice testId={`${testId}-batch`}>
          {problemText(batch, lang)}
          {lang === 'ja' ? '' : ' '}
          {t.folderBatch}
        </ErrorNotice>
      ) : null}
    </>
  );
}
