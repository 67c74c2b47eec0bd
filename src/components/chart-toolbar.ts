/**
 * Plotly's modebar as one keyboard stop: a `toolbar` whose buttons take the
 * focus in turn with the arrow keys (roving tabindex), Home and End. Without
 * this, each chart added a tab stop per button (six per chart, ~30 on lesson 1).
 * Call after every draw: Plotly rebuilds the buttons when the figure changes.
 */
export function makeToolbarRoving(plot: HTMLElement, name: string): void {
  const bar = plot.querySelector<HTMLElement>('.modebar');
  if (!bar) return;
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', name);
  const buttons = [...bar.querySelectorAll<HTMLElement>('.modebar-btn')];
  if (buttons.length === 0) return;
  const current = buttons.find((b) => b.tabIndex === 0 && b.dataset.roving === '1') ?? buttons[0];
  for (const b of buttons) {
    b.tabIndex = b === current ? 0 : -1;
    b.dataset.roving = '1';
  }
  if (bar.dataset.rovingKeys === '1') return;
  bar.dataset.rovingKeys = '1';
  bar.addEventListener('keydown', (e) => {
    const all = [...bar.querySelectorAll<HTMLElement>('.modebar-btn')];
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const target = all[(next + all.length) % all.length];
    for (const b of all) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  });
}
