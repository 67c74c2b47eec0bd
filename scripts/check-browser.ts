/**
 * First step of `npm test` and `npm run test:e2e`: stops at once, with the
 * install command, when no Chromium or Chrome is found (see find-browser.ts).
 */
import { findBrowser } from './find-browser';

const result = findBrowser();
if (result.found) {
  console.log(`[e2e] browser: ${result.path}${result.source === 'CHROMIUM_PATH' ? ' (CHROMIUM_PATH)' : ''}`);
} else {
  console.error(`\n${result.message}\n`);
  process.exit(1);
}
