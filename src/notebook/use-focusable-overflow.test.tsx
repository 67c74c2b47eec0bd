import { act, cleanup, configure, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../stores/settings-store';
import { Prose } from './prose-view';
import { FORMULA_SCROLLS } from './use-focusable-overflow';

configure({ asyncUtilTimeout: 5000 });

/** Layout jsdom lacks: a box's inner width is `inner` (by class or tag), its shown width 300 px. */
function fakeWidths(inner: Record<string, number>) {
  const width = (el: HTMLElement) => inner[[...el.classList].find((c) => c in inner) ?? el.tagName.toLowerCase()] ?? 300;
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return width(this);
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
}

const MD = 'Text.\n\n$$\\mathcal{L} = -\\frac{1}{784}\\sum_{i=1}^{784} x_i$$\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
const source = () => Promise.resolve(MD);

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  act(() => setLang('en'));
});

async function formulaOf(cellId: string, lang: 'en' | 'ja' = 'en') {
  const { container } = render(<Prose lessonId="overflow-test" cellId={cellId} lang={lang} source={source} />);
  await waitFor(() => expect(container.querySelector('.math-display .katex')).not.toBeNull());
  return { container, formula: container.querySelector<HTMLElement>('.math-display')! };
}

describe('useFocusableOverflow', () => {
  it('names a formula that scrolls sideways, marks it for the edge shadows and makes it a keyboard stop, in English and Japanese', async () => {
    fakeWidths({ 'math-display': 559 });
    const { container, formula } = await formulaOf('wide');
    expect(formula.getAttribute('tabindex')).toBe('0');
    expect(formula.getAttribute('role')).toBe('group');
    expect(formula.getAttribute('aria-label')).toBe('Formula (scrolls sideways)');
    expect(formula.classList.contains(FORMULA_SCROLLS)).toBe(true);
    // The table fits: no keyboard stop, and only formulas get the name.
    expect(container.querySelector('table')!.hasAttribute('tabindex')).toBe(false);
    act(() => setLang('ja'));
    await waitFor(() => expect(formula.getAttribute('aria-label')).toBe('数式（横にスクロールできます）'));
  });

  it('leaves a formula that fits as it was: no name, no shadows, no keyboard stop', async () => {
    fakeWidths({ 'math-display': 300, table: 420 });
    const { container, formula } = await formulaOf('fits');
    expect(formula.hasAttribute('tabindex')).toBe(false);
    expect(formula.hasAttribute('role')).toBe(false);
    expect(formula.hasAttribute('aria-label')).toBe(false);
    expect(formula.classList.contains(FORMULA_SCROLLS)).toBe(false);
    const table = container.querySelector('table')!;
    expect(table.getAttribute('tabindex')).toBe('0');
    expect(table.hasAttribute('aria-label')).toBe(false);
  });
});
