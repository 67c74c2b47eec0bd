import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/strings';
import type { LessonModule } from '../notebook/lesson-types';
import { problemText } from '../notebook/settings/problem-text';
import { useLang } from '../stores/settings-store';
import { parseHash } from './use-hash-route';

/**
 * Applies a link's settings to the lesson, keeps the address showing the
 * current ones, and says where the settings came from (a link, or storage with
 * refused values). Results are never part of a link: the notice says what to press.
 */
export function useLinkedSettings(module: LessonModule | null, query: string, lessonId: string): void {
  useEffect(() => {
    if (!module) return;
    if (query) module.settings.applyQuery(query);
    module.settings.syncAddress();
  }, [module, query]);
  // A link followed again gives the route the same query as before (settings changed since then only
  // rewrote the address, which fires no event), so the query alone would not apply it again. The
  // address is read when the event fires, before the settings rewrite it.
  useEffect(() => {
    if (!module) return;
    const follow = () => {
      const route = parseHash(window.location.hash);
      if (route.name === 'lesson' && route.id === lessonId && route.query) module.settings.applyQuery(route.query);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [module, lessonId]);
}

/** The "settings from a link" notice, with the values that were refused. */
export function SettingsNotice({ module }: { module: LessonModule }) {
  const t = useT();
  const lang = useLang();
  const notice = useStore(module.settings.notice);
  if (!notice) return null;
  return (
    <div className="banner" role="status" data-testid="settings-notice" data-source={notice.source}>
      <div>
        <p>{notice.source === 'link' ? t.settingsFromLink : t.settingsFromStorage}</p>
        {notice.refused.length > 0 ? (
          <ul data-testid="settings-refused">
            {notice.refused.map((p, i) => (
              <li key={i}>{problemText(p, lang)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="button" className="btn btn--small btn--ghost" onClick={() => module.settings.notice.setState(null, true)}>
        {t.dismiss}
      </button>
    </div>
  );
}

/** Copies a link to this lesson with its current settings (or shows it, where the clipboard is refused). */
export function CopyLinkButton({ module }: { module: LessonModule }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const [link, setLink] = useState('');
  const copy = () => {
    module.settings.syncAddress();
    const url = window.location.href;
    setLink(url);
    navigator.clipboard?.writeText(url).then(
      () => setState('copied'),
      () => setState('shown'),
    ) ?? setState('shown');
  };
  return (
    <span className="copy-link">
      <button type="button" className="btn btn--small btn--ghost" data-testid="copy-link" onClick={copy}>
        {state === 'copied' ? t.linkCopied : t.copyLink}
      </button>
      {state === 'shown' ? <input className="copy-link__url" readOnly value={link} aria-label={t.copyLink} data-testid="copy-link-url" onFocus={(e) => e.target.select()} /> : null}
    </span>
  );
}

/** Asks before the page is left or reloaded while `busy` (a model is training). */
export function useLeaveGuard(busy: boolean): void {
  useEffect(() => {
    if (!busy) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [busy]);
}
