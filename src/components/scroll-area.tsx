import type { ReactNode } from 'react';
import type { ChartText } from './chart-text';
import { useScrollsSideways } from './use-scrolls-sideways';
import './components.css';

/** Props of `ScrollArea`. */
export interface ScrollAreaProps {
  /** What the area holds, for its accessible name while it scrolls ("Generator settings"). */
  label: string;
  /** The grid words: the name of an area that scrolls, and the hint under it. */
  text: Pick<ChartText['grid'], 'scrolls' | 'scrollHint'>;
  children: ReactNode;
  className?: string;
}

/**
 * Holds something that may be wider than a phone (a settings table) and lets it
 * scroll sideways inside the card instead of widening the page. While it
 * scrolls it says so — edge shadows and a hint — and is a named keyboard stop,
 * so the arrow keys scroll it.
 */
export function ScrollArea({ label, text, children, className }: ScrollAreaProps) {
  const { ref, scrolls } = useScrollsSideways<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className={`al-c al-grid al-scroll-area${scrolls ? ' al-grid--scrolls' : ''}${className ? ` ${className}` : ''}`}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? text.scrolls(label) : undefined}
    >
      {children}
      {scrolls ? (
        <p className="al-grid__hint" aria-hidden="true">
          {text.scrollHint}
        </p>
      ) : null}
    </div>
  );
}
