import { describe, expect, it } from 'vitest';
import { devContentSecurityPolicy, inlineScripts, productionHeaders, scriptHash } from './security-headers';

/** A header value's directives, as name → sources. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe('security headers', () => {
  it('production: strict CSP (no unsafe-inline or eval for scripts), nosniff, no referrer, isolation, denied features', () => {
    const h = productionHeaders();
    const csp = directives(h['Content-Security-Policy']);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['worker-src']).toEqual(["'self'", 'blob:']);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['font-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
    expect(Object.values(csp).flat().filter((s) => /^https?:|^\*$/.test(s))).toEqual([]);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('no-referrer');
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(h['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(h['Permissions-Policy']).toMatch(/(^|, )camera=\(\)(,|$)/);
    expect(h['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)(,|$)/);
    expect(h['Permissions-Policy']).not.toMatch(/cross-origin-isolated/);
  });

  it('dev: the production policy plus the inline scripts’ hashes and blob: for scripts, nothing else', () => {
    const prod = directives(productionHeaders()['Content-Security-Policy']);
    const dev = directives(devContentSecurityPolicy(["'sha256-abc='"]));
    expect(dev['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='", 'blob:']);
    expect({ ...dev, 'script-src': prod['script-src'] }).toEqual(prod);
  });

  it('hashes exactly the text of inline scripts, skipping scripts with a src', () => {
    const html = '<script type="module" src="/@vite/client"></script><script type="module">import x from "/@react-refresh";\nx(window);</script>';
    expect(inlineScripts(html)).toEqual(['import x from "/@react-refresh";\nx(window);']);
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
