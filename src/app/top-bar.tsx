import type { ReactNode } from 'react';
import { useT } from '../i18n/strings';
import { LogoMark } from './logo-mark';
import { SettingsResetNote } from './settings-reset-note';
import { SkipLink } from './skip-link';
import { HOME_HREF } from './use-hash-route';

export interface TopBarProps {
  /** Sticks to the top while the page scrolls (lesson pages). */
  sticky?: boolean;
  /** Shown after the brand, truncated when space runs out. */
  title?: string;
  children?: ReactNode;
  /** A line under the header, sticky with it (e.g. that another lesson trains). */
  note?: ReactNode;
}

/** The app bar: a skip link, the brand linking home (named by its text), an optional page title, then tools. */
export function TopBar({ sticky = false, title, children, note }: TopBarProps) {
  const t = useT();
  return (
    <header className={sticky ? 'topbar topbar--sticky' : 'topbar'}>
      <SkipLink />
      <div className="topbar__inner">
        <a className="brand" href={HOME_HREF} title={t.allLessons}>
          <LogoMark />
          <span className="brand__name">{t.appName}</span>
        </a>
        {title && (
          <span className="topbar__title" title={title}>
            {title}
          </span>
        )}
        <div className="topbar__tools">{children}</div>
      </div>
      <SettingsResetNote />
      {note}
    </header>
  );
}
