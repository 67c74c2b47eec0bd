import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './build/dataset-plugin';
import { securityHeadersPlugin } from './build/security-headers';
import { wasmThreadsPlugin } from './build/wasm-threads-plugin';

export default defineConfig({
  // Cross-origin isolation (wasm threads), CSP and hardening headers on every response of `npm start` and `npm run preview`.
  plugins: [react(), datasetPlugin(), securityHeadersPlugin()],
  // The training worker bundles tfjs-backend-wasm; see build/wasm-threads-plugin.ts.
  worker: { format: 'es', plugins: () => [wasmThreadsPlugin()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // Fonts stay files (KaTeX's smallest would be inlined as data: URLs), so the CSP's font-src is the app's origin alone.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined),
  },
  // Crawl the workers at start-up too: otherwise the dev server finds tfjs' backends only on
  // the first Run, re-optimises its dependencies and reloads the page (the click is lost).
  optimizeDeps: {
    entries: ['index.html', 'src/worker/train-worker.ts', 'src/worker/csv-worker.ts'],
    include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgpu'],
  },
});
