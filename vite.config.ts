import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './tools/build/csp.ts';

// `data/` lives outside `public/`, so it is served and bundled through the `@data` alias:
// the app imports the package files as URLs and fetches them like any other static asset.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    cspPlugin(new URL('./public/config.json', import.meta.url).pathname),
    // Offline in the meeting room: the service worker precaches the app, the data package and the
    // geometry after the first visit. A new deployment waits until the user reloads (prompt), so
    // numbers never change under a running view or presentation (src/ui/update.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Quartiersexplorer Bremerhaven',
        short_name: 'Quartiere BHV',
        description: 'Demografie der Bremerhavener Quartiere – Zukunftswerkstatt Kommunen',
        lang: 'de',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#00507a',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,woff2,json,geojson,csv,png,svg}'],
        // Every view is index.html with a query: navigations are answered from the cache offline.
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 5_000_000,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Module workers (the app creates them with type: 'module'), so a worker may load parts on demand
  // (the Datenwerkstatt's Excel reader).
  worker: { format: 'es' },
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
