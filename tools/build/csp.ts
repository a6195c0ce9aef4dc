import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy, from one definition: as a `<meta>` tag in
 * `dist/index.html` (works on any static host) and as `dist/_headers` (Netlify, Cloudflare Pages;
 * the README shows the same header for nginx and Apache). Scripts, styles, workers, fonts and data
 * come from the app's own origin only; no inline script or style, no eval; `connect-src` and
 * `img-src` add the basemap's host when `public/config.json` configures one.
 */
export function contentSecurityPolicy(basemapTiles: readonly string[]): string {
  const basemap = [...new Set(basemapTiles.map((t) => new URL(t.replace(/\{[a-z]+\}/g, '0')).origin))];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    // The favicon is a data: URL; MapLibre and the PNG export draw through blob: URLs.
    ['img-src', "'self'", 'data:', 'blob:', ...basemap],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...basemap],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Basemap tile URLs from public/config.json (the deployment's optional online basemap). */
export function configuredTiles(configPath: string): string[] {
  try {
    const c = JSON.parse(readFileSync(configPath, 'utf8')) as {
      hintergrundkarte?: { tiles?: unknown } | null;
    };
    const tiles = c.hintergrundkarte?.tiles;
    return Array.isArray(tiles) ? tiles.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The pages that may embed the app (`frame-ancestors`): the app's own origin and the https origins
 * listed in public/config.json's `einbettung.erlaubt` (e.g. the city's website). Anything that is
 * not a plain https origin is left out, so a typo cannot open the app to every site.
 */
export function frameAncestors(allowed: readonly unknown[]): string {
  const origins = allowed.flatMap((a) => {
    if (typeof a !== 'string' || !/^https:\/\/[a-z0-9.-]+(:\d+)?\/?$/i.test(a.trim())) return [];
    return [new URL(a.trim()).origin];
  });
  return ['frame-ancestors', "'self'", ...new Set(origins)].join(' ');
}

/** `einbettung.erlaubt` from public/config.json. */
export function configuredEmbedders(configPath: string): unknown[] {
  try {
    const c = JSON.parse(readFileSync(configPath, 'utf8')) as { einbettung?: { erlaubt?: unknown } | null };
    const list = c.einbettung?.erlaubt;
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Vite plugin: the policy into the built index.html and `_headers` (not in dev: HMR needs inline scripts). */
export function cspPlugin(configPath: string): Plugin {
  const policy = () => contentSecurityPolicy(configuredTiles(configPath));
  return {
    name: 'quartiersexplorer-csp',
    apply: 'build',
    // Right after the charset, before every script and stylesheet the policy must cover.
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<meta charset="UTF-8" \/>/,
          (m) =>
            `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy().replace(/'/g, '&#39;')}" />`,
        ),
    },
    generateBundle() {
      // frame-ancestors works only as a header; embedding on the city's pages is configured there.
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${policy()}; ${frameAncestors(configuredEmbedders(configPath))}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
      });
    },
  };
}
