import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_PACKAGE, REPO_ROOT, shippedPackages } from '../paket.ts';

/**
 * npm run build:pakete — the app built once per shipped package under pakete/ (PAKET=<name>),
 * into dist-pakete/<name>/, for the end-to-end tests that run the core journeys on every package.
 * Bremerhaven's build is dist/ (npm run build).
 */
export const packageDist = (name: string) =>
  name === DEFAULT_PACKAGE ? join(REPO_ROOT, 'dist') : join(REPO_ROOT, 'dist-pakete', name);

if (import.meta.url === `file://${process.argv[1]}`)
  for (const name of shippedPackages().filter((n) => n !== DEFAULT_PACKAGE)) {
    const started = Date.now();
    execFileSync(
      join(REPO_ROOT, 'node_modules/.bin/vite'),
      ['build', '--outDir', packageDist(name), '--emptyOutDir'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, PAKET: name },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    console.log(`${name}: ${packageDist(name)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
