import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { ScrollArea } from './scroll-area';
import { CHART_TEXT } from '../i18n/chart-text';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom lays nothing out: every element reports these widths. */
function widths(scrollWidth: number, clientWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

const table = (
  <table>
    <caption>Per kind</caption>
  </table>
);

describe('ScrollArea', () => {
  it('is a named keyboard stop with a hint while its content is wider than it', () => {
    widths(520, 358);
    const { container } = render(<ScrollArea label="Per kind" text={CHART_TEXT.en.grid}>{table}</ScrollArea>);
    const area = container.firstElementChild as HTMLElement;
    expect(area.tabIndex).toBe(0);
    expect(area.getAttribute('role')).toBe('region');
    expect(area.getAttribute('aria-label')).toBe('Per kind (scrolls sideways)');
    expect(area.className).toContain('al-grid--scrolls');
    expect(area.querySelector('.al-grid__hint')?.textContent).toBe('Scroll sideways for more →');
  });

  it('says it in Japanese', () => {
    widths(520, 358);
    const { container } = render(<ScrollArea label="欠陥の種類ごと" text={CHART_TEXT.ja.grid}>{table}</ScrollArea>);
    expect(container.firstElementChild?.getAttribute('aria-label')).toBe('欠陥の種類ごと（横にスクロールできます）');
  });

  it('is no tab stop, region or hint when everything fits (a pixel of rounding included)', () => {
    widths(359, 358);
    const { container } = render(<ScrollArea label="Per kind" text={CHART_TEXT.en.grid}>{table}</ScrollArea>);
    const area = container.firstElementChild as HTMLElement;
    expect(area.hasAttribute('tabindex')).toBe(false);
    expect(area.hasAttribute('role')).toBe(false);
    expect(area.hasAttribute('aria-label')).toBe(false);
    expect(area.querySelector('.al-grid__hint')).toBeNull();
    expect(area.className).toBe('al-c al-grid al-scroll-area');
  });
});
