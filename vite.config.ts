import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './tools/build/csp.ts';

// `data/` lives outside `public/`, so it is served and bundled through the `@data` alias:
// the app imports the package files as URLs and fetches them like any other static asset.
export default defineConfig({
  base: './',
  plugins: [react(), cspPlugin(new URL('./public/config.json', import.meta.url).pathname)],
  build: {
    // The data package is fetched like any other file, never inlined into the JavaScript as a data
    // URL (gebiete.csv, under 4 KB, was: 1 KB gzip on the first view's script).
    assetsInlineLimit: (file) => (file.includes('/data/') ? false : undefined),
  },
  resolve: {
    alias: { '@data': new URL('./data', import.meta.url).pathname },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
  },
});
