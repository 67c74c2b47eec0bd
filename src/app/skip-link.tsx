import type { MouseEvent } from 'react';
import { useClassroomText } from '../i18n/classroom-text';

/**
 * The first stop of every page: "Skip to content", visible only when focused.
 * The address holds the route, so it moves the focus to `<main id="main">`
 * itself instead of following `#main` (which would leave the page).
 */
export function SkipLink() {
  const c = useClassroomText();
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const main = document.getElementById('main');
    if (!main) return;
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip} data-testid="skip-link">
      {c.skipToContent}
    </a>
  );
}
