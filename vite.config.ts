import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './build/dataset-plugin';
import { wasmThreadsPlugin } from './build/wasm-threads-plugin';

/** Cross-origin isolation lets the wasm backend use SharedArrayBuffer threads. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), datasetPlugin()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  // The training worker bundles tfjs-backend-wasm; see build/wasm-threads-plugin.ts.
  worker: { format: 'es', plugins: () => [wasmThreadsPlugin()] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  // Crawl the workers at start-up too: otherwise the dev server finds tfjs' backends only on
  // the first Run, re-optimises its dependencies and reloads the page (the click is lost).
  optimizeDeps: {
    entries: ['index.html', 'src/worker/train-worker.ts', 'src/worker/csv-worker.ts'],
    include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgpu'],
  },
});
