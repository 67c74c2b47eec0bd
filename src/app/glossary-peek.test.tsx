import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../stores/settings-store';
import { GlossaryPeek } from './glossary-peek';

configure({ asyncUtilTimeout: 5000 });

function Page() {
  return (
    <>
      <div className="prose">
        <p>
          The <a href="#/glossary/pixel-auroc">pixel AUROC</a>, <a href="#/glossary/no-such-entry">a term</a> and <a href="#/glossary">the glossary</a>.
        </p>
      </div>
      <GlossaryPeek />
    </>
  );
}

beforeEach(() => setLang('en'));
afterEach(cleanup);

describe('a glossary link in a lesson’s prose', () => {
  it('opens its entry under the link, without leaving the page, in the page’s language; Escape closes it and returns the focus', async () => {
    render(<Page />);
    const link = screen.getByText('pixel AUROC');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    act(() => void link.dispatchEvent(click));
    expect(click.defaultPrevented).toBe(true);
    const card = screen.getByTestId('glossary-peek');
    expect(card.getAttribute('role')).toBe('dialog');
    await vi.waitFor(() => expect(card.querySelector('.prose')?.textContent).toMatch(/^pixel AUROC \(画素 AUROC\): the AUC with every pixel of the test images as one item/));
    expect(card.querySelector('.term-anchor')).toBeNull();
    expect(card.querySelector('.glossary-peek__more')?.getAttribute('href')).toBe('#/glossary/pixel-auroc');
    expect(document.activeElement).toBe(card);
    act(() => setLang('ja'));
    await vi.waitFor(() => expect(card.querySelector('.prose')?.textContent).toMatch(/^画素 AUROC（pixel AUROC）：テスト画像の画素 1 つ 1 つを 1 件として求めた AUC/));
    expect(card.querySelector('.glossary-peek__more')?.textContent).toBe('用語集で開く →');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByTestId('glossary-peek')).toBeNull();
    expect(document.activeElement).toBe(link);
  });

  it('says so for an entry the glossary lacks; a click elsewhere closes it; a modified click and a plain glossary link are the browser’s', async () => {
    render(<Page />);
    fireEvent.click(screen.getByText('a term'));
    await vi.waitFor(() => expect(screen.getByTestId('glossary-peek').textContent).toContain('This term is not in the glossary.'));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByTestId('glossary-peek')).toBeNull();
    for (const [text, init] of [['pixel AUROC', { ctrlKey: true }], ['the glossary', {}]] as const) {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
      act(() => void screen.getByText(text).dispatchEvent(click));
      expect(click.defaultPrevented).toBe(false);
      expect(screen.queryByTestId('glossary-peek')).toBeNull();
    }
  });
});
