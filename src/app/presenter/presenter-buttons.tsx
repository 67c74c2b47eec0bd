import { useEffect, useRef } from 'react';
import { SHORTCUT_KEYS, useClassroomText } from '../../i18n/classroom-text';

/** The header's presenter-mode switch (`P`). */
export function PresenterToggle({ on, onToggle }: { on: boolean; onToggle(): void }) {
  const c = useClassroomText();
  return (
    <button type="button" className="btn btn--small presenter-toggle" aria-pressed={on} aria-keyshortcuts="P" title={c.presentHint} data-testid="presenter-toggle" onClick={onToggle}>
      <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false">
        <rect x="1.5" y="2.5" width="13" height="8.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d="M8 11v2.5M5 14.5h6" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      </svg>
      <span>{c.present}</span>
    </button>
  );
}

/** Opens the list of keyboard shortcuts (`?`). */
export function ShortcutsButton({ onOpen }: { onOpen(): void }) {
  const c = useClassroomText();
  return (
    <button type="button" className="btn btn--small btn--ghost shortcuts-button" aria-keyshortcuts="?" title={c.shortcutsHint} data-testid="shortcuts-button" onClick={onOpen}>
      <span aria-hidden="true" className="shortcuts-button__key">
        ?
      </span>
      <span className="sr-only">{c.shortcuts}</span>
    </button>
  );
}

/**
 * The keyboard shortcuts as a modal dialog (native `<dialog>`: focus stays
 * inside, Escape closes). On close the focus goes back where it was.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const c = useClassroomText();
  const ref = useRef<HTMLDialogElement>(null);
  const back = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      back.current = document.activeElement as HTMLElement | null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      back.current?.focus();
    }
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" data-testid="shortcuts-dialog" onClose={onClose} onCancel={onClose}>
      <div className="shortcuts__head">
        <h2 id="shortcuts-title">{c.shortcuts}</h2>
        <button type="button" className="btn btn--small" onClick={onClose}>
          {c.close}
        </button>
      </div>
      <dl className="shortcuts__list">
        {SHORTCUT_KEYS.map((keys, i) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{c.keys[i]}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
