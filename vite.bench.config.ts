import { defineConfig } from 'vite';
import { PREACT_ALIASES } from './tools/build/preact.ts';

// The bench pages (floor and scale case) are built separately from the app into dist-bench/.
export default defineConfig({
  base: './',
  root: 'bench',
  publicDir: false,
  resolve: { alias: PREACT_ALIASES },
  build: {
    outDir: '../dist-bench',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        floor: 'bench/floor.html',
        scale: 'bench/scale.html',
        supply: 'bench/supply.html',
        scatter: 'bench/scatter.html',
      },
    },
  },
});
