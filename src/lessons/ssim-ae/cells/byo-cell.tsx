import { useCallback } from 'react';
import { loadMvtecFolder, type FolderFile } from '../../../data/mvtec-folder';
import { folderName } from '../../../notebook/folder-request';
import { MvtecFolderPicker } from '../../../notebook/mvtec/mvtec-folder-picker';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import { FolderInUse } from './folder-in-use';
import { useText } from '../text';
import '../ssim-ae.css';

/** Last cell: open a real MVTec AD category folder (picked or dropped); it becomes the lesson's data if every file is good. */
export function ByoCell() {
  const b = useText().byo;
  const lang = useLang();
  const mvtec = useLesson((s) => s.mvtec);
  const cropSize = useLesson((s) => Number(s.params.cropSize));
  const open = useCallback((files: FolderFile[]) => void actions.loadMvtec({ name: folderName(files), decode: (size, options) => loadMvtecFolder(files, size, options) }), []);
  return (
    <div className="nb-cell-body">
      <MvtecFolderPicker folder={mvtec} lang={lang} sizeNote={b.size(cropSize)} onFiles={open}>
        <FolderInUse testId="mvtec" />
      </MvtecFolderPicker>
    </div>
  );
}
