import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './build/dataset-plugin';

/** Cross-origin isolation lets the wasm backend use SharedArrayBuffer threads. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), datasetPlugin()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
