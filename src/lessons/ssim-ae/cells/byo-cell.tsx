import { useEffect, useState } from 'react';
import { droppedFiles, loadMvtecFolder, pickedFiles, type DroppedEntry, type FolderFile } from '../../../data/mvtec-folder';
import { problemText } from '../../../notebook/settings/problem-text';
import { useLang } from '../../../stores/settings-store';
import { actions, useLesson } from '../instance';
import type { MvtecProblem } from '../mvtec-action';
import { FolderInUse } from './folder-in-use';
import { useText, type LessonText } from '../text';
import '../ssim-ae.css';

/** Problems listed before "…and N more". */
const SHOWN = 8;

/** The folder's name: the first part its paths share, else the first file's name. */
function folderName(files: readonly FolderFile[]): string {
  const heads = new Set(files.map((f) => f.path.split('/')[0]));
  return heads.size === 1 && files.length > 0 ? [...heads][0] : (files[0]?.path ?? '');
}

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
          <label className="btn">
            {b.pick}
            <input
              type="file"
              multiple
              className="sr-only"
              data-testid="mvtec-folder"
              ref={(el) => el?.setAttribute('webkitdirectory', '')}
              onChange={(e) => {
                const files = e.target.files;
                if (files && files.length > 0) open(pickedFiles(files));
                e.target.value = '';
              }}
            />
          </label>
          <span className="nb-muted">{over ? b.dropHere : b.drop}</span>
        </div>
        <p className="nb-muted nb-small">{b.layout}</p>
        <p className="nb-muted nb-small">{b.privacy}</p>
        <p className="nb-muted nb-small">{b.size(cropSize)}</p>
      </div>
      <div data-testid="mvtec-status" data-state={mvtec.status} aria-live="polite">
        {mvtec.status === 'reading' ? (
          <p className="nb-notice" data-testid="mvtec-reading">
            {b.reading(mvtec.attempt ?? '')} <progress value={mvtec.done} max={Math.max(1, mvtec.total)} aria-label={b.reading(mvtec.attempt ?? '')} />{' '}
            {mvtec.total > 0 ? b.progress(mvtec.done, mvtec.total) : null}
          </p>
        ) : null}
        {mvtec.status === 'error' ? (
          <div className="nb-notice nb-notice--error" role="alert" data-testid="mvtec-error">
            <span data-testid="mvtec-error-title">{b.failed(mvtec.attempt ?? '')}</span>
            <ul className="ssim-problems">
              {mvtec.problems.slice(0, SHOWN).map((p, i) => (
                <li key={i} data-testid="mvtec-problem">
                  {mvtecProblemText(p, t)}
                </li>
              ))}
              {mvtec.error ? <li data-testid="mvtec-problem">{problemText(mvtec.error, lang)}</li> : null}
              {mvtec.problems.length > SHOWN ? <li>{b.more(mvtec.problems.length - SHOWN)}</li> : null}
            </ul>
          </div>
        ) : null}
        <FolderInUse testId="mvtec" />
      </div>
    </div>
  );
}
