import { useEffect, useState, type ReactNode } from 'react';
import { droppedFiles, pickedFiles, type DroppedEntry, type FolderFile } from '../../data/mvtec-folder';
import type { Lang } from '../../i18n/lang';
import { FilePicker } from '../file-picker';
import type { FolderState } from '../folder-request';
import { FolderStatus } from '../folder-status';
import { problemText } from '../settings/problem-text';
import type { MvtecProblem } from './mvtec-request';
import { MVTEC_TEXT, mvtecProblemText } from './mvtec-text';
import './mvtec-folder-picker.css';

/** Folders dropped anywhere on the page go to `onFiles` (the drop's directory entries are read in full); true while files are dragged over it. */
function usePageDrop(onFiles: (files: FolderFile[]) => void): boolean {
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
      void droppedFiles(entries as unknown as DroppedEntry[]).then(onFiles);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return over;
}

/** Props of `MvtecFolderPicker`. */
export interface MvtecFolderPickerProps {
  folder: FolderState<MvtecProblem>;
  lang: Lang;
  /** What the page says about image size (the lesson words it: a crop-size setting, or a fixed input size). */
  sizeNote: string;
  onFiles(files: FolderFile[]): void;
  /** Shown while the folder is in use (its counts and a way back). */
  children?: ReactNode;
}

/**
 * "Bring your own MVTec AD folder": pick a category folder or drop it anywhere
 * on the page; its progress, or every problem naming its file (the lesson
 * keeps its data), and `children` while it is in use. Test ids `mvtec-*`.
 */
export function MvtecFolderPicker({ folder, lang, sizeNote, onFiles, children }: MvtecFolderPickerProps) {
  const t = MVTEC_TEXT[lang];
  const b = t.byo;
  const over = usePageDrop(onFiles);
  return (
    <>
      <div className={`mvtec-drop${over ? ' mvtec-drop--over' : ''}`} data-testid="mvtec-drop">
        <div className="nb-cell-actions">
          <FilePicker label={b.pick} testId="mvtec-folder" directory onFiles={(files) => onFiles(pickedFiles(files))} />
          <span className="nb-muted">{over ? b.dropHere : b.drop}</span>
        </div>
        <p className="nb-muted nb-small">{b.layout}</p>
        <p className="nb-muted nb-small">{b.privacy}</p>
        <p className="nb-muted nb-small">{sizeNote}</p>
      </div>
      <FolderStatus folder={folder} problems={[...folder.problems.map((p) => mvtecProblemText(p, t)), ...(folder.error ? [problemText(folder.error, lang)] : [])]} text={b} testId="mvtec">
        {children}
      </FolderStatus>
    </>
  );
}
