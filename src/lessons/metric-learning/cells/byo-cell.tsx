import { useCallback } from 'react';
import { loadMvtecFolder, type FolderFile } from '../../../data/mvtec-folder';
import { folderName } from '../../../notebook/folder-request';
import { MvtecFolderPicker } from '../../../notebook/mvtec/mvtec-folder-picker';
import { MVTEC_TEXT } from '../../../notebook/mvtec/mvtec-text';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import { mvtecInUse } from '../mvtec-source';
import { TEXTURE_CROPS } from '../texture-data';

/**
 * While a learner's MVTec folder is the lesson's data: which folder, how many
 * images of each part, and a button back to the built-in data. Nothing
 * otherwise. `testId` prefixes the notice's and the button's test ids.
 */
export function FolderInUse({ testId }: { testId: string }) {
  const b = MVTEC_TEXT[useLang()].byo;
  const inUse = useLesson(mvtecInUse);
  const name = useLesson((s) => s.mvtec.name);
  const counts = useLesson((s) => s.data.split?.counts);
  if (!inUse || !counts) return null;
  return (
    <div className="nb-cell-actions">
      <p className="nb-notice" data-testid={`${testId}-in-use`}>
        {b.inUse(name ?? '', counts.train, counts.val, counts.testNormal + counts.testAnomaly, counts.testAnomaly)}
      </p>
      <button type="button" className="btn btn--small" data-testid={`${testId}-back`} onClick={() => void actions.backToBuiltin()}>
        {b.back}
      </button>
    </div>
  );
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
