import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/strings';
import { glossaryEntryHref, glossaryEntryOf } from '../notebook/glossary-links';
import { useLang } from '../stores/settings-store';
import { glossaryEntryHtml } from './glossary-entry';
import './glossary-peek.css';

const LINK_SELECTOR = '.prose a[href^="#/glossary/"]';
const GAP = 6;

/** The open entry: which one, the link it opened from, and where the card goes (page coordinates). */
interface Open {
  entry: string;
  link: HTMLAnchorElement;
  top: number;
  left: number;
  width: number;
}

type Body = { entry: string; html: string | null } | 'loading' | 'failed';

/** Where a card of `width` goes below `link`, in page coordinates, kept inside the window's width. */
function place(link: HTMLElement): Pick<Open, 'top' | 'left' | 'width'> {
  const r = link.getBoundingClientRect();
  const width = Math.min(384, window.innerWidth - 2 * 8);
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
  return { top: r.bottom + GAP + window.scrollY, left: left + window.scrollX, width };
}

/**
 * A glossary link in a lesson's prose (`[term](#/glossary/entry)`) opens its entry in a small card
 * under the link instead of leaving the lesson, so the learner keeps their place. The card links to
 * the whole glossary and closes with Escape, its close button, or a click elsewhere; focus returns to
 * the link. A modified click (new tab, new window) is left to the browser.
 */
export function GlossaryPeek() {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState<Open | null>(null);
  const [body, setBody] = useState<Body>('loading');
  const card = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [above, setAbove] = useState<number | null>(null);

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>(LINK_SELECTOR);
      const entry = link && glossaryEntryOf(link.getAttribute('href') ?? '');
      if (!link || !entry) return;
      e.preventDefault();
      setOpen((o) => (o?.link === link ? null : { entry, link, ...place(link) }));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setBody('loading');
    glossaryEntryHtml(open.entry, lang).then(
      (html) => live && setBody({ entry: open.entry, html }),
      () => live && setBody('failed'),
    );
    return () => {
      live = false;
    };
  }, [open, lang]);

  // A card that would run off the bottom of the window goes above its link, where there is room.
  useLayoutEffect(() => {
    const el = card.current;
    if (!open || !el) return setAbove(null);
    const link = open.link.getBoundingClientRect();
    const height = el.offsetHeight;
    const fitsBelow = link.bottom + GAP + height <= window.innerHeight - 8;
    setAbove(!fitsBelow && link.top - GAP - height >= 8 ? link.top - GAP - height + window.scrollY : null);
  }, [open, body]);

  useEffect(() => {
    if (!open) return;
    card.current?.focus({ preventScroll: true });
    const close = (returnFocus: boolean) => {
      setOpen(null);
      if (returnFocus) open.link.focus({ preventScroll: true });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(true);
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!card.current?.contains(target) && !open.link.contains(target)) close(false);
    };
    const onResize = () => setOpen((o) => (o ? { ...o, ...place(o.link) } : o));
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('resize', onResize);
    };
  }, [open]);

  if (!open) return null;
  return createPortal(
    <div
      ref={card}
      className="glossary-peek"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      lang={lang}
      data-testid="glossary-peek"
      style={{ top: above ?? open.top, left: open.left, width: open.width }}
    >
      <div className="glossary-peek__head">
        <span id={titleId}>{t.glossaryTitle}</span>
        <button type="button" className="btn btn--small btn--ghost" aria-label={t.glossaryClose} onClick={() => setOpen(null)}>
          ×
        </button>
      </div>
      {body === 'loading' ? (
        <p className="glossary-peek__body" aria-busy="true">
          {t.proseLoading}
        </p>
      ) : body === 'failed' ? (
        <p className="glossary-peek__body">{t.proseFailed}</p>
      ) : body.html === null ? (
        <p className="glossary-peek__body">{t.glossaryMissing}</p>
      ) : (
        <div className="glossary-peek__body prose" dangerouslySetInnerHTML={{ __html: body.html }} />
      )}
      <a className="glossary-peek__more" href={glossaryEntryHref(open.entry)}>
        {t.glossaryOpen} →
      </a>
    </div>,
    document.body,
  );
}
