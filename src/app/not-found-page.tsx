import type { ReactNode } from 'react';
import { useT } from '../i18n/strings';
import { LanguageToggle } from './language-toggle';
import { TopBar } from './top-bar';
import { HOME_HREF } from './use-hash-route';

export interface MessagePageProps {
  title: string;
  body: string;
  /** Shown above the title. */
  children?: ReactNode;
}

/** A friendly full-page message with a way home (unknown URL, lesson not ready). */
export function MessagePage({ title, body, children }: MessagePageProps) {
  const t = useT();
  return (
    <>
      <TopBar>
        <LanguageToggle />
      </TopBar>
      <main id="main" className="message-page">
        <div className="message-card" data-testid="message-page">
          <svg className="message-card__art" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <circle cx="20" cy="40" r="4" />
            <circle cx="28" cy="46" r="4" />
            <circle cx="26" cy="34" r="4" />
            <circle cx="34" cy="40" r="4" />
            <circle cx="48" cy="16" r="6" className="message-card__odd" />
          </svg>
          {children}
          <h1>{title}</h1>
          <p>{body}</p>
          <a className="btn btn--primary" href={HOME_HREF}>
            ← {t.backHome}
          </a>
        </div>
      </main>
    </>
  );
}

/** Shown for any URL the router does not know. */
export function NotFoundPage() {
  const t = useT();
  return <MessagePage title={t.notFoundTitle} body={t.notFoundBody} />;
}
