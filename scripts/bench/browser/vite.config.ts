/**
 * Builds the Chromium bench page into `<app build>/bench/`, so one preview
 * server (with the app's COOP/COEP headers) serves the app, its data files and
 * the bench page from the same origin. Uses the app's worker setup, so the
 * bench trains in the same worker bundle as the app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import appConfig from '../../../vite.config';

/** Output of the bench page; `npm run bench` passes the app build directory in BENCH_APP_OUT. */
const appOut = process.env.BENCH_APP_OUT;
if (!appOut) throw new Error('BENCH_APP_OUT must name the app build directory.');

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench/',
  logLevel: 'warn',
  worker: appConfig.worker,
  build: { target: 'es2022', outDir: `${appOut}/bench`, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
