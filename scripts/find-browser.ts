/**
 * Finds the Chromium or Chrome binary the e2e tests drive, or says exactly how
 * to get one. Order: `CHROMIUM_PATH` (used as given, never second-guessed),
 * then the usual install paths of the platform.
 */
import { accessSync, constants } from 'node:fs';

/** Install paths tried in order when `CHROMIUM_PATH` is not set. */
export const BROWSER_CANDIDATES: Record<'linux' | 'darwin', string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  ],
};

/** The Chrome path a macOS user sets when Chrome lives elsewhere. */
const MAC_CHROME = BROWSER_CANDIDATES.darwin[0];

/** Where the binary came from, or why there is none. */
export type BrowserLookup =
  | { found: true; path: string; source: 'CHROMIUM_PATH' | 'default' }
  | { found: false; message: string };

/** What the lookup reads from its surroundings (the real process, or fakes in tests). */
export interface LookupEnv {
  env: Record<string, string | undefined>;
  platform: string;
  /** Whether `path` is an executable file. */
  isExecutable(path: string): boolean;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const REAL: LookupEnv = { env: process.env, platform: process.platform, isExecutable: executable };

/** The exact command or setting that gets a browser on `platform`. */
export function installHint(platform: string): string {
  if (platform === 'darwin') {
    return [
      'Install Google Chrome (https://www.google.com/chrome/), or point the tests at your Chrome or Chromium:',
      `  export CHROMIUM_PATH="${MAC_CHROME}"`,
    ].join('\n');
  }
  if (platform === 'linux') {
    return [
      'Install Chromium (Debian, Ubuntu):',
      '  sudo apt-get install -y chromium',
      'or point the tests at a Chrome or Chromium you already have:',
      '  export CHROMIUM_PATH=/path/to/chrome',
    ].join('\n');
  }
  return 'Point the tests at a Chrome or Chromium binary:\n  set CHROMIUM_PATH=C:\\path\\to\\chrome.exe';
}

/** Looks for the browser; never throws. */
export function findBrowser(lookup: LookupEnv = REAL): BrowserLookup {
  const given = lookup.env.CHROMIUM_PATH;
  if (given) {
    if (lookup.isExecutable(given)) return { found: true, path: given, source: 'CHROMIUM_PATH' };
    return { found: false, message: `CHROMIUM_PATH is set to ${given}, which is not an executable file.\n${installHint(lookup.platform)}` };
  }
  const candidates = BROWSER_CANDIDATES[lookup.platform as keyof typeof BROWSER_CANDIDATES] ?? [];
  const path = candidates.find((c) => lookup.isExecutable(c));
  if (path) return { found: true, path, source: 'default' };
  const looked = candidates.length > 0 ? `Looked in:\n${candidates.map((c) => `  ${c}`).join('\n')}\n` : '';
  return {
    found: false,
    message: `The browser tests need Chromium or Chrome, and none was found.\n${looked}${installHint(lookup.platform)}\nThe unit tests run without a browser: npm run test:unit`,
  };
}

/** The browser's path; throws the lookup's message when there is none. */
export function browserPath(lookup: LookupEnv = REAL): string {
  const result = findBrowser(lookup);
  if (!result.found) throw new Error(result.message);
  return result.path;
}
