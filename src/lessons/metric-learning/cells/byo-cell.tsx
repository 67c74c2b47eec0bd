import { useCallback } from 'react';
import { loadMvtecFolder, type FolderFile } from '../../../data/mvtec-folder';
import { folderName } from '../../../notebook/folder-request';
import { MvtecFolderPicker } from '../../../notebook/mvtec/mvtec-folder-picker';
import { MvtecInUse } from '../../../notebook/mvtec/mvtec-in-use';
import { MVTEC_TEXT } from '../../../notebook/mvtec/mvtec-text';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import { mvtecInUse } from '../mvtec-source';
import { TEXTURE_CROPS } from '../texture-data';

/** The folder in use, if any (see `MvtecInUse`); `testId` prefixes its test ids. */
export function FolderInUse({ testId }: { testId: string }) {
  const lang = useLang();
  const inUse = useLesson(mvtecInUse);
  const name = useLesson((s) => s.mvtec.name);
  const counts = useLesson((s) => s.data.split?.counts);
  if (!inUse || !counts) return null;
  const shown = { train: counts.train, validation: counts.val, test: counts.testNormal + counts.testAnomaly, defective: counts.testAnomaly };
  return <MvtecInUse name={name ?? ''} counts={shown} lang={lang} testId={testId} onBack={() => void actions.backToBuiltin()} />;
}

/** Last cell: open a real MVTec AD category folder (picked or dropped): its good images are the normal class, its defects the anomalies, the built-in textures the reference. */
export function ByoCell() {
  const lang = useLang();
  const mvtec = useLesson((s) => s.mvtec);
  const open = useCallback((files: FolderFile[]) => void actions.loadMvtec({ name: folderName(files), decode: (size, options) => loadMvtecFolder(files, size, options) }), []);
  return (
    <div className="nb-cell-body">
      <MvtecFolderPicker folder={mvtec} lang={lang} sizeNote={MVTEC_TEXT[lang].byo.fixedSize(TEXTURE_CROPS.size)} onFiles={open}>
        <FolderInUse testId="mvtec" />
      </MvtecFolderPicker>
    </div>
  );
}
