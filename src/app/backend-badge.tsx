import { useEffect, useRef } from 'react';
import { backendLabel, noteText } from '../i18n/backend-text';
import { useT } from '../i18n/strings';
import { useBackendReport } from '../stores/backend-store';
import { useLang } from '../stores/settings-store';

/**
 * The backend of the last run ("WebAssembly"), opening to the reasons faster
 * backends were skipped; before any run, says it is chosen on Run.
 */
export function BackendBadge() {
  const t = useT();
  const lang = useLang();
  const report = useBackendReport();
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (e: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const chosen = report !== null;
  return (
    <details ref={ref} className="popover" data-testid="backend-badge" data-backend={report?.backend ?? 'none'}>
      <summary className={chosen ? 'badge badge--live' : 'badge'}>
        <span className="badge__dot" aria-hidden="true" />
        <span className="badge__text">
          {chosen ? (
            <>
              <span className="sr-only">{t.backendLabel}: </span>
              {backendLabel(report.backend, lang)}
            </>
          ) : (
            t.backendPending
          )}
        </span>
      </summary>
      <div className="popover__panel">
        {!chosen && <p>{t.backendPendingDetail}</p>}
        {chosen && report.notes.length === 0 && <p>{t.backendNoNotes}</p>}
        {chosen && report.notes.length > 0 && (
          <>
            <p className="popover__title">{t.backendNotesTitle}</p>
            <ul>
              {report.notes.map((note, i) => (
                <li key={i}>{noteText(note, lang)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
