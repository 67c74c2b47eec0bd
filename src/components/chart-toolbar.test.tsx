import { describe, expect, it } from 'vitest';
import { makeToolbarRoving } from './chart-toolbar';

function plot(n: number): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = `<div class="modebar">${Array.from({ length: n }, (_, i) => `<button class="modebar-btn" aria-label="b${i}"></button>`).join('')}</div>`;
  document.body.append(el);
  return el;
}

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('makeToolbarRoving', () => {
  it('makes the modebar one tab stop moved with the arrow keys, and keeps the current button over redraws', () => {
    const el = plot(3);
    makeToolbarRoving(el, 'ROC curve');
    const bar = el.querySelector('.modebar')!;
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button')];
    expect([bar.getAttribute('role'), bar.getAttribute('aria-label')]).toEqual(['toolbar', 'ROC curve']);
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0].focus();
    key(buttons[0], 'ArrowRight');
    expect(document.activeElement).toBe(buttons[1]);
    key(buttons[1], 'End');
    expect(document.activeElement).toBe(buttons[2]);
    key(buttons[2], 'ArrowRight');
    expect(document.activeElement).toBe(buttons[0]);
    key(buttons[0], 'ArrowLeft');
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    makeToolbarRoving(el, 'ROC curve');
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    el.remove();
  });
});
