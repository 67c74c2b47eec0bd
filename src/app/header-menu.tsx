import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The header's less-used tools (backend, link, presenter, shortcuts). Wide
 * screens show them in the header row; narrower ones fold them behind one
 * button, so the header stays one row on a phone. Escape or a click outside
 * closes the panel; Escape returns the focus to its button.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || root.current?.querySelector('details[open]')) return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="header-menu" data-open={open ? 'true' : 'false'} ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn--small btn--ghost header-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        data-testid="header-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="3" cy="8" r="1.6" fill="currentColor" />
          <circle cx="8" cy="8" r="1.6" fill="currentColor" />
          <circle cx="13" cy="8" r="1.6" fill="currentColor" />
        </svg>
      </button>
      <div className="header-menu__panel" id={id}>
        {children}
      </div>
    </div>
  );
}
