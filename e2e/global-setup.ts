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
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../scripts/find-browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the preview server, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const HOST = '127.0.0.1';

/**
 * Runs `vite build` in a child process with NODE_ENV=production. (Vitest sets
 * NODE_ENV=test, and an in-process build would then be a development build:
 * `import.meta.env.PROD` false, no service worker, React in dev mode.)
 */
function viteBuild(outDir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('vite/package.json');
  const bin = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> }).bin.vite;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dirname(pkgPath), bin), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** A TCP port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

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
  let server: PreviewServer | undefined;
  const cleanUp = async () => {
    await server?.close();
    if (!reuse) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    if (reuse) console.log('[e2e] E2E_SKIP_BUILD=1: serving the existing dist/');
    else {
      console.log('[e2e] building the app (vite build)…');
      await viteBuild(outDir);
    }
    const port = await freePort();
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: HOST, port, strictPort: true, open: false },
    });
    const baseUrl = `http://${HOST}:${port}/`;
    await waitUntilServing(baseUrl);
    console.log(`[e2e] serving ${reuse ? 'dist/' : 'a fresh build'} at ${baseUrl}`);
    project.provide('baseUrl', baseUrl);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
