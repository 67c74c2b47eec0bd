// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepScrollOnLinks, keptScroll, scrollWhenTall } from './route-scroll';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  window.history.replaceState(null, '');
});

function link(href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.setAttribute('href', href);
  a.addEventListener('click', (e) => e.preventDefault());
  document.body.append(a);
  return a;
}

describe('keeping the place a page was left at', () => {
  it('keeps the scroll position in the history entry when an in-app link is clicked, not for other clicks or modified ones', () => {
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(640);
    const stop = keepScrollOnLinks();
    const text = document.createElement('span');
    document.body.append(text);
    text.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(keptScroll()).toBeNull();
    link('#/glossary/auc').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    expect(keptScroll()).toBeNull();
    link('#/glossary/auc').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(keptScroll()).toBe(640);
    stop();
  });

  it('scrolls back there once the page has grown tall enough, or after five seconds as far as it can', () => {
    vi.useFakeTimers();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    let height = 900;
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockImplementation(() => height);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
    scrollWhenTall(2000);
    vi.advanceTimersByTime(200);
    expect(scrollTo).not.toHaveBeenCalled();
    height = 3000;
    vi.advanceTimersByTime(50);
    expect(scrollTo.mock.calls).toEqual([[{ top: 2000 }]]);
    height = 900;
    scrollWhenTall(2000);
    vi.advanceTimersByTime(5050);
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });
});
