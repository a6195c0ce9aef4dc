import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './tools/build/csp.ts';
import { dataPackagePlugin, PACKAGE_CACHE, PACKAGE_SW_SCRIPT, packageHint } from './tools/build/package.ts';
import { packageRoot, REPO_ROOT } from './tools/paket.ts';
import { PREACT_ALIASES, REACT_DEPENDENTS, TEST_ALIASES } from './tools/build/preact.ts';

// The data package: the repository's own (Bremerhaven) or the one PAKET=<name> names (pakete/<name>/).
const PAKET_ROOT = packageRoot();
const TITLE = packageHint(PAKET_ROOT).titel;

// `data/` lives outside `public/`: tools/build/package.ts serves it in dev and copies it to the
// built site's `data/`, at stable paths a published package replaces without a rebuild.
export default defineConfig({
  base: './',
  resolve: { alias: PREACT_ALIASES },
  // JSX goes to preact/jsx-runtime by the aliases (automatic runtime from tsconfig.json).
  plugins: [
    cspPlugin(new URL('./public/config.json', import.meta.url).pathname),
    dataPackagePlugin(REPO_ROOT, PAKET_ROOT),
    // Offline in the meeting room: the service worker precaches the app, the data package and the
    // geometry after the first visit. A new deployment waits until the user reloads (prompt), so
    // numbers never change under a running view or presentation (src/ui/update.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: TITLE,
        short_name: TITLE.length <= 24 ? TITLE : 'Quartiersexplorer',
        description: `${TITLE}: Demografie der Quartiere – Zukunftswerkstatt Kommunen`,
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
        // The data package is not precached (that would pin it to this build): it is fetched
        // network-first, so a package deployed later is seen on the next start, and the last copy
        // answers offline; sw-datenpaket.js fills that cache at install (after one visit).
        globIgnores: ['data/**', 'geo/**', 'config.json', PACKAGE_SW_SCRIPT],
        importScripts: [PACKAGE_SW_SCRIPT],
        runtimeCaching: [
          {
            // Any folder's package (config.json `paket`), not only the root's; config.json itself,
            // so a deployment that names another folder is seen on the next start.
            urlPattern: /\/(?:(?:data|geo)\/[^/?]+\.(?:csv|json|geojson)|config\.json)(?:\?.*)?$/,
            handler: 'NetworkFirst',
            options: { cacheName: PACKAGE_CACHE, networkTimeoutSeconds: 4 },
          },
        ],
        // Every view is index.html with a query: navigations are answered from the cache offline.
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 5_000_000,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Terser instead of esbuild's minifier: it also re-minifies MapLibre's prebuilt bundle, 6 KiB gzip
  // less on the first map view (352 → 346 KiB; issue 22's budget is 350) for ~25 s more per build.
  build: { minify: 'terser' },
  // Module workers (the app creates them with type: 'module'), so a worker may load parts on demand
  // (the Datenwerkstatt's Excel reader).
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['./vitest.setup.ts'],
    server: { deps: { inline: REACT_DEPENDENTS } },
    alias: TEST_ALIASES,
    testTimeout: 60_000,
  },
});
