import { describe, expect, it } from 'vitest';
import { browserPath, findBrowser, installHint, type LookupEnv } from './find-browser';

const lookup = (platform: string, present: string[], env: Record<string, string> = {}): LookupEnv => ({
  env,
  platform,
  isExecutable: (p) => present.includes(p),
});

describe('findBrowser', () => {
  it('prefers CHROMIUM_PATH over every default path', () => {
    expect(findBrowser(lookup('linux', ['/usr/bin/chromium', '/opt/c/chrome'], { CHROMIUM_PATH: '/opt/c/chrome' }))).toEqual({
      found: true,
      path: '/opt/c/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that is not there instead of falling back', () => {
    const r = findBrowser(lookup('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' }));
    expect(r.found).toBe(false);
    expect(!r.found && r.message).toMatch(/^CHROMIUM_PATH is set to \/nope\/chrome, which is not an executable file\./);
  });

  it('takes the first usual Linux path that exists (Debian chromium before Chrome)', () => {
    expect(findBrowser(lookup('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toMatchObject({ path: '/usr/bin/chromium', source: 'default' });
    expect(findBrowser(lookup('linux', ['/snap/bin/chromium']))).toMatchObject({ path: '/snap/bin/chromium' });
  });

  it('finds Chrome in /Applications on macOS', () => {
    expect(findBrowser(lookup('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toMatchObject({
      path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    });
  });

  it('names the apt-get command on Linux and the Chrome path to set on macOS when nothing is found', () => {
    const linux = findBrowser(lookup('linux', []));
    expect(linux.found).toBe(false);
    expect(!linux.found && linux.message).toContain('\n  sudo apt-get install -y chromium\n');
    expect(!linux.found && linux.message).toContain('  /usr/bin/chromium\n');
    expect(!linux.found && linux.message).toMatch(/npm run test:unit$/);
    expect(installHint('darwin')).toContain('export CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"');
    expect(() => browserPath(lookup('darwin', []))).toThrow(/CHROMIUM_PATH="\/Applications\/Google Chrome\.app/);
  });
});
