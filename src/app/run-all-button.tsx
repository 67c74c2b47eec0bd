import { ActionButton } from '../components/action-button';
import { useT } from '../i18n/strings';

export interface RunAllButtonProps {
  busy: boolean;
  /** Undefined while the lesson is still loading. */
  onRun?: () => void;
}

/**
 * The notebook's main action; disabled while anything runs. While busy it shows a
 * still hourglass, not a spinner: an animation running for a whole training run
 * keeps the page drawing frames, which on a machine without a GPU takes CPU from
 * the training worker (the progress bar shows that work goes on). While busy it stays
 * focusable (`aria-disabled`), so the keyboard focus stays on it.
 */
export function RunAllButton({ busy, onRun }: RunAllButtonProps) {
  const t = useT();
  return (
    <ActionButton className="btn btn--primary run-all" data-testid="run-all" unavailable={busy || !onRun} aria-busy={busy || undefined} onClick={onRun}>
      {busy ? <HourglassIcon /> : <PlayIcon />}
      <span>{busy ? t.running : t.runAll}</span>
    </ActionButton>
  );
}

function PlayIcon() {
  return (
    <svg className="run-all__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
    </svg>
  );
}

function HourglassIcon() {
  return (
    <svg className="run-all__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4 1.5h8M4 14.5h8M5 1.5c0 4 6 4.5 6 6.5s-6 2.5-6 6.5M11 1.5c0 4-6 4.5-6 6.5s6 2.5 6 6.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}
