import { useEffect, useState } from 'react';

/**
 * A counter that bumps whenever the colour scheme may have changed: the OS
 * `prefers-color-scheme` flips, or the app shell toggles a class / data-theme /
 * style on <html>. Charts re-read their CSS colours when it changes.
 */
export function useThemeKey(): number {
  const [key, setKey] = useState(0);
  useEffect(() => {
    const bump = () => setKey((k) => k + 1);
    const mq = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    mq?.addEventListener('change', bump);
    const mo = typeof MutationObserver === 'function' ? new MutationObserver(bump) : null;
    mo?.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    return () => {
      mq?.removeEventListener('change', bump);
      mo?.disconnect();
    };
  }, []);
  return key;
}
