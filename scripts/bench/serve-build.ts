/**
 * Builds the app and the bench page into a scratch directory (never `dist/`,
 * which other tools serve) and serves both with `vite preview`, so the
 * benchmark measures exactly what a learner downloads, with COOP/COEP headers.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the benchmark builds to: git-ignored, and not the `dist/` other tools serve. */
export const BENCH_OUT = join(ROOT, 'node_modules', '.cache', 'anomaly-lab-bench');
const HOST = '127.0.0.1';

/** Runs the vite CLI with NODE_ENV=production (a real production build). */
function vite(args: string[], env: Record<string, string> = {}): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('vite/package.json');
  const bin = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> }).bin.vite;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dirname(pkgPath), bin), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`vite ${args[0]} failed (${signal ?? `exit code ${code}`})`))));
  });
}

/** Builds the app into {@link BENCH_OUT} and the bench page into its `bench/` folder. */
export async function buildForBench(): Promise<void> {
  await vite(['build', '--outDir', BENCH_OUT, '--emptyOutDir', '--logLevel', 'warn']);
  await vite(['build', '--config', 'scripts/bench/browser/vite.config.ts'], { BENCH_APP_OUT: BENCH_OUT });
}

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

/** Serves {@link BENCH_OUT} on a free port; returns the base URL and a close function. */
export async function serveBench(): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: BENCH_OUT },
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  return { baseUrl: `http://${HOST}:${port}/`, close: () => server.close() };
}
