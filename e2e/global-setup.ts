/**
 * Vitest global setup for the e2e suite: builds the app once, serves it with
 * `vite preview` on a free port, and hands the base URL to the tests
 * (`inject('baseUrl')`). The returned teardown closes the server and removes
 * the build; setup does the same itself when it fails half-way.
 *
 * The build goes to a private temporary directory, not `dist/`, so that a
 * `vite build` run by someone else in the same checkout cannot empty the
 * directory under a running suite. With E2E_SKIP_BUILD=1 the suite serves an
 * existing `dist/` (from `npm run build`) instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../scripts/find-browser';
import { previewBuild, runVite } from '../scripts/vite-preview';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the preview server, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Polls `url` until it answers 200, or throws after `timeoutMs`. */
async function waitUntilServing(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`preview server at ${url} did not answer within ${timeoutMs} ms (${last})`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // No browser: say how to get one before spending a minute on the build.
  const browser = findBrowser();
  if (!browser.found) throw new Error(browser.message);
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'));
  const outDir = reuse ? DIST : mkdtempSync(join(tmpdir(), 'anomaly-lab-e2e-'));
  let server: { close: () => Promise<void> } | undefined;
  const cleanUp = async () => {
    await server?.close();
    if (!reuse) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    if (reuse) console.log('[e2e] E2E_SKIP_BUILD=1: serving the existing dist/');
    else {
      console.log('[e2e] building the app (vite build)…');
      await runVite(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
    }
    const served = await previewBuild(outDir);
    server = served;
    const { baseUrl } = served;
    await waitUntilServing(baseUrl);
    console.log(`[e2e] serving ${reuse ? 'dist/' : 'a fresh build'} at ${baseUrl}`);
    project.provide('baseUrl', baseUrl);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
