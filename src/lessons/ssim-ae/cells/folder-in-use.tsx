import { MvtecInUse } from '../../../notebook/mvtec/mvtec-in-use';
import { useLang } from '../../../stores/settings-store';
import { mvtecInUse } from '../mvtec-action';
import { actions, useLesson } from '../instance';

/** The folder in use, if any (see `MvtecInUse`); `testId` prefixes its test ids. */
export function FolderInUse({ testId }: { testId: string }) {
  const lang = useLang();
  const inUse = useLesson(mvtecInUse);
  const name = useLesson((s) => s.mvtec.name);
  const dataset = useLesson((s) => s.data.dataset);
  if (!inUse || !dataset) return null;
  const area = dataset.size * dataset.size;
  const counts = { train: dataset.train.length / area, validation: dataset.validation.length / area, test: dataset.labels.length, defective: dataset.labels.reduce((a, v) => a + v, 0) };
  return <MvtecInUse name={name ?? ''} counts={counts} lang={lang} testId={testId} onBack={() => void actions.backToTextures()} />;
}
