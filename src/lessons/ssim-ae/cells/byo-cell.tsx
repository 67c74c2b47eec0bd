import { useEffect, useState } from 'react';
import { droppedFiles, loadMvtecFolder, pickedFiles, type DroppedEntry, type FolderFile } from '../../../data/mvtec-folder';
import { FilePicker } from '../../../notebook/file-picker';
import { folderName } from '../../../notebook/folder-request';
import { FolderStatus } from '../../../notebook/folder-status';
import { problemText } from '../../../notebook/settings/problem-text';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import type { MvtecProblem } from '../mvtec-action';
import { FolderInUse } from './folder-in-use';
import { useText, type LessonText } from '../text';
import '../ssim-ae.css';

function open(files: FolderFile[]): void {
  void actions.loadMvtec({ name: folderName(files), decode: (size, options) => loadMvtecFolder(files, size, options) });
}

/** One problem of a folder in the learner's language. */
export function mvtecProblemText(p: MvtecProblem, t: LessonText): string {
  return (t.mvtec[p.code] as (v: MvtecProblem['values']) => string)(p.values);
}

/** Folders dropped anywhere on the page open here (the drop's directory entries are read in full). */
function usePageDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const entries = Array.from(e.dataTransfer?.items ?? [], (item) => item.webkitGetAsEntry()).filter((x) => x !== null);
      void droppedFiles(entries as unknown as DroppedEntry[]).then(open);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}

/** Last cell: open a real MVTec AD category folder (picked or dropped); it becomes the lesson's data if every file is good. */
export function ByoCell() {
  const t = useText();
  const b = t.byo;
  const lang = useLang();
  const mvtec = useLesson((s) => s.mvtec);
  const cropSize = useLesson((s) => Number(s.params.cropSize));
  const over = usePageDrop();
  return (
    <div className="nb-cell-body">
      <div className={`ssim-drop${over ? ' ssim-drop--over' : ''}`} data-testid="mvtec-drop">
        <div className="nb-cell-actions">
          <FilePicker label={b.pick} testId="mvtec-folder" directory onFiles={(files) => open(pickedFiles(files))} />
          <span className="nb-muted">{over ? b.dropHere : b.drop}</span>
        </div>
        <p className="nb-muted nb-small">{b.layout}</p>
        <p className="nb-muted nb-small">{b.privacy}</p>
        <p className="nb-muted nb-small">{b.size(cropSize)}</p>
      </div>
      <FolderStatus folder={mvtec} problems={[...mvtec.problems.map((p) => mvtecProblemText(p, t)), ...(mvtec.error ? [problemText(mvtec.error, lang)] : [])]} text={b} testId="mvtec">
        <FolderInUse testId="mvtec" />
      </FolderStatus>
    </div>
  );
}
