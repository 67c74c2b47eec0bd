import { useRef, useState } from 'react';
import { pickedFiles, type FolderFile } from '../../../data/mvtec-folder';
import { FACE_SIZE } from '../../../core/pipeline/conv-ae-pca-types';
import { FilePicker } from '../../../notebook/file-picker';
import { folderName } from '../../../notebook/folder-request';
import { FolderStatus } from '../../../notebook/folder-status';
import { problemText } from '../../../notebook/settings/problem-text';
import { useLang } from '../../../stores/settings-store';
import type { FaceFolderProblem } from '../celeba-split';
import { loadFaceFolder } from '../face-folder';
import { folderInUse } from '../folder-action';
import { actions, useLesson } from '../instance';
import { useText, type LessonText } from '../text';

/** One problem of a face folder in the learner's language. */
export function folderProblemText(p: FaceFolderProblem, t: LessonText): string {
  return (t.folder.problems[p.code] as (v: FaceFolderProblem['values']) => string)(p.values);
}

/** Cell: open a folder of face images (and CelebA's attribute list); it becomes the lesson's data if every file is good. */
export function FolderCell() {
  const t = useText();
  const b = t.folder;
  const lang = useLang();
  const folder = useLesson((s) => s.folder);
  const inUse = useLesson(folderInUse);
  const faces = useLesson((s) => s.data.faces);
  const [attrs, setAttrs] = useState<{ name: string; text: string } | null>(null);
  const last = useRef<FolderFile[] | null>(null);
  const open = (files: FolderFile[], withAttrs: typeof attrs) => {
    last.current = files;
    void actions.loadFolder({ name: folderName(files), decode: (seed, options) => loadFaceFolder(files, withAttrs?.text ?? null, FACE_SIZE, seed, options) });
  };
  const area = faces ? faces.size * faces.size : 1;
  return (
    <div className="nb-cell-body">
      <div className="cap-drop">
        <div className="nb-cell-actions">
          <FilePicker label={b.pick} testId="face-folder" directory onFiles={(files) => open(pickedFiles(files), attrs)} />
          <FilePicker
            label={b.attrs}
            testId="face-attrs"
            accept=".txt,text/plain"
            small
            onFiles={([file]) =>
              void file.text().then((text) => {
                const next = { name: file.name, text };
                setAttrs(next);
                if (last.current) open(last.current, next);
              })
            }
          />
          <span className="nb-muted nb-small" data-testid="face-attrs-name">
            {attrs ? b.attrsFile(attrs.name) : b.noAttrs}
          </span>
        </div>
        <p className="nb-muted nb-small">{b.about}</p>
        <p className="nb-muted nb-small">{b.privacy}</p>
      </div>
      <FolderStatus folder={folder} problems={[...folder.problems.map((p) => folderProblemText(p, t)), ...(folder.error ? [problemText(folder.error, lang)] : [])]} text={b} testId="face-folder">
        {inUse && faces ? (
          <div className="nb-cell-actions">
            <p className="nb-notice" data-testid="face-folder-in-use">
              {b.inUse(folder.name ?? '', faces.train.length / area, faces.testLabels.length, faces.testLabels.reduce((a, v) => a + v, 0))}
            </p>
            <button type="button" className="btn btn--small" data-testid="face-folder-back" onClick={() => void actions.backToBuiltin()}>
              {b.back}
            </button>
          </div>
        ) : null}
      </FolderStatus>
    </div>
  );
}
