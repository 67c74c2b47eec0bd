import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Unit tests: `core` runs pure TypeScript + tfjs in Node (cpu/wasm backends);
 * `ui` runs React components in jsdom. The browser e2e suite has its own config
 * (`e2e/vitest.config.ts`) because it needs a built app and Chromium.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
