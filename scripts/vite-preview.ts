/**
 * Production builds and a static `vite preview` server on a free port, shared
 * by the e2e suite (e2e/global-setup.ts) and the benchmark
 * (scripts/bench/serve-build.ts), so both test exactly what a learner
 * downloads, with the app's COOP/COEP headers.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';

/**
 * Runs the vite CLI (`args`, e.g. `['build', '--outDir', dir]`) in a child
 * process with NODE_ENV=production, so a build is a real production build even
 * under Vitest (which sets NODE_ENV=test). `env` adds variables; `output`
 * says whether the child's stdout is shown (stderr always is).
 */
export function runVite(args: string[], options: { env?: Record<string, string>; output?: 'inherit' | 'ignore' } = {}): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('vite/package.json');
  const bin = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> }).bin.vite;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dirname(pkgPath), bin), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
      stdio: ['ignore', options.output ?? 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`vite ${args[0]} failed (${signal ?? `exit code ${code}`})`))));
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

/** Serves the build in `outDir` with `vite preview` on a free local port; returns its base URL (trailing slash) and a close function. */
export async function previewBuild(outDir: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  return { baseUrl: `http://${HOST}:${port}/`, close: () => server.close() };
}
