import { useT } from '../i18n/strings';

export interface RunAllButtonProps {
  busy: boolean;
  /** Undefined while the lesson is still loading. */
  onRun?: () => void;
}

/** The notebook's main action; disabled while anything runs. */
export function RunAllButton({ busy, onRun }: RunAllButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="btn btn--primary run-all"
      data-testid="run-all"
      disabled={busy || !onRun}
      aria-busy={busy || undefined}
      onClick={onRun}
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : <PlayIcon />}
      <span>{busy ? t.running : t.runAll}</span>
    </button>
  );
}

function PlayIcon() {
  return (
    <svg className="run-all__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
    </svg>
  );
}
