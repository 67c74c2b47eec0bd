/**
 * Builds the app and the bench page into a scratch directory (never `dist/`,
 * which other tools serve) and serves both with `vite preview`, so the
 * benchmark measures exactly what a learner downloads, with COOP/COEP headers.
 */
import { join } from 'node:path';
import { previewBuild, ROOT, runVite } from '../vite-preview';

/** Where the benchmark builds to: git-ignored, and not the `dist/` other tools serve. */
export const BENCH_OUT = join(ROOT, 'node_modules', '.cache', 'anomaly-lab-bench');

/** Builds the app into {@link BENCH_OUT} and the bench page into its `bench/` folder. */
export async function buildForBench(): Promise<void> {
  await runVite(['build', '--outDir', BENCH_OUT, '--emptyOutDir', '--logLevel', 'warn'], { output: 'ignore' });
  await runVite(['build', '--config', 'scripts/bench/browser/vite.config.ts'], { env: { BENCH_APP_OUT: BENCH_OUT }, output: 'ignore' });
}

/** Serves {@link BENCH_OUT} on a free port; returns the base URL and a close function. */
export function serveBench(): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  return previewBuild(BENCH_OUT);
}
