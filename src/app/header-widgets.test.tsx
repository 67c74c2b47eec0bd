import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBackendReport } from '../stores/backend-store';
import { getBackendPreference, setBackendPreference, setLang, useSettings } from '../stores/settings-store';
import { BackendBadge } from './backend-badge';
import { BackendSelect } from './backend-select';
import { LanguageToggle } from './language-toggle';

afterEach(cleanup);

beforeEach(() => {
  localStorage.clear();
  setLang('en');
  setBackendPreference('auto');
  setBackendReport(null);
});

describe('LanguageToggle', () => {
  it('switches the language and marks the pressed button', () => {
    render(<LanguageToggle />);
    const en = screen.getByTestId('lang-en');
    const ja = screen.getByTestId('lang-ja');
    expect(ja.textContent).toBe('日本語');
    expect(en.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(ja);
    expect(useSettings.getState().lang).toBe('ja');
    expect(ja.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('言語');
  });
});

describe('BackendSelect', () => {
  it('offers every backend and stores the choice for the next run', () => {
    render(<BackendSelect />);
    const select = screen.getByTestId('backend-select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['auto', 'webgpu', 'webgl', 'wasm', 'cpu']);
    expect(select.value).toBe('auto');
    expect(select.options[3].textContent).toBe('WebAssembly: fast on CPU');
    fireEvent.change(select, { target: { value: 'wasm' } });
    expect(getBackendPreference()).toBe('wasm');
    expect(select.value).toBe('wasm');
  });
});

describe('BackendBadge', () => {
  it('says the backend is chosen on Run before any run', () => {
    render(<BackendBadge />);
    const badge = screen.getByTestId('backend-badge');
    expect(badge.querySelector('summary')?.textContent).toBe('backend: chosen when you press Run');
    expect(badge.getAttribute('data-backend')).toBe('none');
  });

  it('shows the reported backend and why faster ones were skipped', () => {
    render(<BackendBadge />);
    act(() =>
      setBackendReport({
        backend: 'wasm',
        notes: [
          { kind: 'software', name: 'webgpu' },
          { kind: 'unavailable', name: 'webgl', requested: false, detail: 'no-webgl2' },
          { kind: 'threads', threads: 1, why: 'small-steps' },
        ],
      }),
    );
    const badge = screen.getByTestId('backend-badge') as HTMLDetailsElement;
    expect(badge.querySelector('summary')?.textContent).toBe('Backend: WebAssembly');
    expect([...badge.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'WebGPU runs in software emulation here (no GPU), which is slower than WebAssembly.',
      'WebGL is unavailable: no WebGL2 context.',
      'WebAssembly runs on 1 thread (this model’s steps are small: handing work to other threads would cost more than it saves).',
    ]);
    // The notes follow the interface language.
    act(() => setLang('ja'));
    expect(badge.querySelectorAll('li')[1].textContent).toBe('WebGL は使えません（WebGL2 のコンテキストがありません）。');
    act(() => setLang('en'));
    badge.open = true;
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(badge.open).toBe(false);
  });

  it('says so when no faster backend was skipped', () => {
    setBackendReport({ backend: 'webgpu', notes: [] });
    render(<BackendBadge />);
    const badge = screen.getByTestId('backend-badge');
    expect(badge.querySelector('summary')?.textContent).toBe('Backend: WebGPU');
    expect(badge.querySelector('.popover__panel')?.textContent).toContain('no faster backend was skipped');
  });
});
