import type { ReactNode } from 'react';
import './notebook.css';

/** Problems listed before "…and N more". */
const SHOWN = 8;

/** Where a learner's folder is: being read (with progress), refused, or in use. */
export interface FolderProgress {
  status: 'idle' | 'reading' | 'ready' | 'error';
  /** The folder being read, or the one refused. */
  attempt: string | null;
  done: number;
  total: number;
}

/** Props of `FolderStatus`. */
export interface FolderStatusProps {
  folder: FolderProgress;
  /** Every problem of the refused folder, worded in the learner's language (each names its file). */
  problems: readonly string[];
  text: { reading(name: string): string; progress(done: number, total: number): string; failed(name: string): string; more(n: number): string };
  /** Prefix of the test ids: `<id>-status` (its `data-state`), `<id>-error-title`, `<id>-problem`. */
  testId: string;
  /** What is shown while the folder is in use (its counts and a way back). */
  children?: ReactNode;
}

/**
 * A learner's folder as it is read: progress while reading, the folder's
 * problems when refused (the lesson keeps its data), and `children` beside.
 * Announced politely to screen readers; a refusal as an alert.
 */
export function FolderStatus({ folder, problems, text, testId, children }: FolderStatusProps) {
  const name = folder.attempt ?? '';
  return (
    <div data-testid={`${testId}-status`} data-state={folder.status} aria-live="polite">
      {folder.status === 'reading' ? (
        <p className="nb-notice">
          {text.reading(name)} <progress value={folder.done} max={Math.max(1, folder.total)} aria-label={text.reading(name)} /> {folder.total > 0 ? text.progress(folder.done, folder.total) : null}
        </p>
      ) : null}
      {folder.status === 'error' ? (
        <div className="nb-notice nb-notice--error" role="alert">
          <span data-testid={`${testId}-error-title`}>{text.failed(name)}</span>
          <ul className="nb-folder-problems">
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={i} data-testid={`${testId}-problem`}>
                {p}
              </li>
            ))}
            {problems.length > SHOWN ? <li>{text.more(problems.length - SHOWN)}</li> : null}
          </ul>
        </div>
      ) : null}
      {children}
    </div>
  );
}
