import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // No polyfill in the entry: a browser without <link rel="modulepreload"> (Safari before 17) still
    // loads the chunks, as the entry's imports reach them.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts', 'export/**/*.test.ts', 'tests/unit/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    // Code under test may show any string; the browser loads the later bokmål strings itself (lazyWithStrings).
    setupFiles: ['tests/unit/loadLaterStrings.ts'],
  },
});
