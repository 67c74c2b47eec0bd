import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: each test drives Chromium or Chrome (playwright-core)
 * against the built app served by `vite preview` (see `global-setup.ts`).
 * Run with `npm run test:e2e`. Env: E2E_SKIP_BUILD=1 reuses an existing dist/,
 * CHROMIUM_PATH names the browser (default: the usual Chromium and Chrome paths,
 * scripts/find-browser.ts).
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Training in a software-rendered browser on a shared 2-core machine is slow.
    testTimeout: 10 * 60_000,
    hookTimeout: 5 * 60_000,
    teardownTimeout: 60_000,
    // One browser at a time: the tests are CPU-bound and share one preview server.
    fileParallelism: false,
    maxConcurrency: 1,
    retry: 0,
  },
});
