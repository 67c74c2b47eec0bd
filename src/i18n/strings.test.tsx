import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../stores/settings-store';
import { STRINGS, useT } from './strings';

afterEach(cleanup);

function Label() {
  const t = useT();
  return (
    <p>
      {t.runAll} | {t.seed('000')}
    </p>
  );
}

describe('shell strings', () => {
  beforeEach(() => setLang('en'));

  it('has every label in both languages, and Japanese is really Japanese', () => {
    expect(Object.keys(STRINGS.ja).sort()).toEqual(Object.keys(STRINGS.en).sort());
    expect(STRINGS.ja.runAll).toBe('すべて実行');
    expect(STRINGS.ja.backHome).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(STRINGS.ja.backendOptions.wasm).toContain('WebAssembly');
    expect(STRINGS.en.backendPending).toBe('backend: chosen when you press Run');
  });

  it('useT follows the language setting', () => {
    const { container } = render(<Label />);
    expect(container.textContent).toBe('Run all | Post 000');
    act(() => setLang('ja'));
    expect(container.textContent).toBe('すべて実行 | 記事 000');
  });
});
