import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { byteRange } from '../serve/range.ts';
import { MAP_LEVELS } from '../../src/domain/levels.ts';
import { manifestFiles, PACKAGE_FILES, sitePath } from '../../src/data/package.ts';
import { TILE_FILE } from '../../src/data/files.ts';

/** The package's fixed files as site paths (data/…). */
const STATIC_SITE_FILES = Object.values(PACKAGE_FILES).map(sitePath);
import { ADDRESS_FILE } from '../../src/data/addressFile.ts';
import { ADDRESS_POINTS_FILE } from '../../src/data/addressPoints.ts';

/** The Service Worker's cache for the data package (see vite.config.ts, `runtimeCaching`). */
export const PACKAGE_CACHE = 'qx-datenpaket';
/** The script the Service Worker imports to fill that cache at install (offline after one visit). */
export const PACKAGE_SW_SCRIPT = 'sw-datenpaket.js';

const readText = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);

/** The package's files as site paths (`data/…`, `geo/…`), from its manifest. */
function siteFiles(pkgRoot: string): Record<string, string> {
  const files = manifestFiles(readText(join(pkgRoot, 'data/paket.json')));
  return Object.fromEntries(Object.entries(files).map(([k, p]) => [k, sitePath(p)]));
}

/**
 * The data package at stable paths: the package's `data/*` copied to the built site's `data/` and
 * its `public/geo/*` to `geo/`, served from the package in `npm run dev`. The package is the
 * repository's own (Bremerhaven) or `pakete/<name>/` (PAKET=<name>, see tools/paket.ts). The
 * city's IT replaces both folders on a built site with a published package, without a rebuild (or
 * unpacks it into another folder and names that in config.json); the Service Worker fetches them
 * network-first and keeps the last copy for offline use.
 */
export function dataPackagePlugin(repoRoot: string, pkgRoot: string = repoRoot): Plugin {
  const own = resolve(pkgRoot) !== resolve(repoRoot);
  const dataDir = join(pkgRoot, 'data');
  const geoDir = join(pkgRoot, 'public/geo');
  const dataFiles = () =>
    readdirSync(dataDir)
      .filter((f) => /\.(csv|json|geojson)$/.test(f) && f !== 'README.md')
      .map((f) => `data/${f}`);
  const geoFiles = () =>
    existsSync(geoDir)
      ? readdirSync(geoDir)
          .filter((f) => /\.(geojson|json|pmtiles)$/.test(f))
          .map((f) => `geo/${f}`)
      : [];
  let config: ResolvedConfig | undefined;
  return {
    name: 'qx-datenpaket',
    configResolved(c) {
      config = c;
    },
    // What the first map needs of the manifest before any file is fetched: its extent, files and the
    // levels' URL words (src/data/location.ts reads it; the full manifest is validated later).
    transformIndexHtml(html) {
      const hint = packageHint(pkgRoot);
      const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      // config.json names the package's folder, so the package's files wait for it: it starts with
      // the page (preloaded, as the app's fetch asks for it), not after the script has run. The
      // package's own files are not preloaded: config.json may name another folder.
      const preloads = '    <link rel="preload" href="./config.json" as="fetch" crossorigin="anonymous" />\n';
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>${escape(hint.titel)}</title>`)
        .replace(
          '</head>',
          `${preloads}    <meta name="qx-paket" content="${JSON.stringify(hint).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />\n  </head>`,
        );
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\//, '');
        const m = /^(data|geo)\/([a-z0-9][a-z0-9_.-]*)$/.exec(path);
        if (!m) return next();
        const file = m[1] === 'data' ? join(dataDir, m[2]!) : join(geoDir, m[2]!);
        // The repository's own geometry is Vite's public folder; another package's is served here.
        if ((m[1] === 'geo' && !own) || !existsSync(file)) return next();
        const body = readFileSync(file);
        if (path.endsWith('.pmtiles')) {
          // Vector tiles are read by byte ranges.
          const r = byteRange(req.headers.range, body.length);
          res.setHeader('Accept-Ranges', 'bytes');
          res.setHeader('Content-Type', 'application/vnd.pmtiles');
          if (r === 'unsatisfiable') {
            res.statusCode = 416;
            res.end();
          } else if (r) {
            res.statusCode = 206;
            res.setHeader('Content-Range', `bytes ${r.start}-${r.end}/${body.length}`);
            res.end(body.subarray(r.start, r.end + 1));
          } else res.end(body);
          return;
        }
        res.setHeader('Content-Type', path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      for (const p of dataFiles())
        this.emitFile({ type: 'asset', fileName: p, source: readFileSync(join(pkgRoot, p)) });
      const urls = [
        ...dataFiles(),
        ...geoFiles(),
        ...Object.values(siteFiles(pkgRoot)),
        // A deployed package may bring the finder's address index and the addresses' positions
        // (absent: the request fails, ignored).
        ADDRESS_FILE,
        ADDRESS_POINTS_FILE,
        'config.json',
      ];
      this.emitFile({
        type: 'asset',
        fileName: PACKAGE_SW_SCRIPT,
        source: `// Generated by tools/build/package.ts: the data package, cached at install for offline use.
const QX_PAKET = ${JSON.stringify([...new Set(urls)])};
const QX_DATEN = ${JSON.stringify(STATIC_SITE_FILES)};
// A package in another folder (config.json \`paket\`, see src/data/location.ts): its files too.
async function qxOrdner() {
  try {
    const config = await (await fetch('config.json', { cache: 'reload' })).json();
    const folder = typeof config.paket === 'string' ? config.paket.replace(/\\/?$/, '/') : '';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\\/[A-Za-z0-9][A-Za-z0-9._-]*)*\\/$/.test(folder) || folder.split('/').includes('..'))
      return [];
    const m = await (await fetch(folder + 'data/paket.json', { cache: 'reload' })).json();
    const levels = Array.isArray(m.ebenen) ? m.ebenen : [];
    const geo = [...levels.map((e) => e && e.datei), m.umriss, m.aussparung]
      .filter((d) => typeof d === 'string' && /^geo\\/[a-z0-9][a-z0-9_-]{0,60}\\.geojson$/.test(d))
      .concat(levels.map((e) => e && e.kacheln).filter((d) => typeof d === 'string' && ${TILE_FILE}.test(d)));
    return [...QX_DATEN, ...geo, '${ADDRESS_FILE}', '${ADDRESS_POINTS_FILE}'].map((f) => folder + f);
  } catch {
    return [];
  }
}
// Vector tiles (geo/*.pmtiles) are read by byte ranges: from the network while there is one, else
// cut from the whole file cached at install. (Workbox's range plugin refuses a range that runs past
// the end of the file, which the PMTiles reader asks for first: 16 KiB from offset 0.)
// The range rule of the test and dev servers (tools/serve/range.ts), the same function.
${byteRange.toString()}
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !/\\/geo\\/[^/?]+\\.pmtiles$/.test(new URL(event.request.url).pathname)) return;
  event.respondWith(
    fetch(event.request).catch(async (error) => {
      const cache = await caches.open(${JSON.stringify(PACKAGE_CACHE)});
      const whole = await cache.match(event.request.url, { ignoreSearch: true, ignoreVary: true });
      if (!whole) throw error;
      const body = new Uint8Array(await whole.arrayBuffer());
      const r = byteRange(event.request.headers.get('range') || undefined, body.length);
      if (r === null) return new Response(body, { status: 200, headers: { 'content-type': 'application/vnd.pmtiles' } });
      if (r === 'unsatisfiable')
        return new Response(null, { status: 416, headers: { 'content-range': 'bytes */' + body.length } });
      const { start, end } = r;
      return new Response(body.slice(start, end + 1), {
        status: 206,
        headers: {
          'content-type': 'application/vnd.pmtiles',
          'content-range': 'bytes ' + start + '-' + end + '/' + body.length,
          'content-length': String(end - start + 1),
        },
      });
    }),
  );
});
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(${JSON.stringify(PACKAGE_CACHE)}).then(async (cache) =>
      Promise.all([...QX_PAKET, ...(await qxOrdner())].map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => undefined))),
    ),
  );
});
`,
      });
    },
    // Vite copies the repository's public/ (with Bremerhaven's geo/); another package's geometry
    // replaces it, so the site holds one package.
    closeBundle() {
      if (!own || !config || config.command !== 'build') return;
      const out = resolve(config.root, config.build.outDir);
      rmSync(join(out, 'geo'), { recursive: true, force: true });
      if (existsSync(geoDir)) cpSync(geoDir, join(out, 'geo'), { recursive: true });
    },
  };
}

export interface PackageHint {
  /** The folder the site's package is in ('' = the root; config.json may name another). */
  paket: string;
  titel: string;
  ausschnitt: number[];
  /** Every URL word for `ebene=`, with its slot. */
  ebenen: Record<string, string>;
  /** The package's files as site paths, by key. */
  dateien: Record<string, string>;
  /** Levels drawn from vector tiles: slot → site path of the PMTiles file. */
  kacheln?: Record<string, string>;
  aussparung?: string;
}

/** The manifest's first extent, files and URL words for the level slots, for the page's head. */
export function packageHint(pkgRoot: string): PackageHint {
  const world = [-180, -85, 180, 85];
  try {
    const m = JSON.parse(readFileSync(join(pkgRoot, 'data/paket.json'), 'utf8')) as {
      titel?: { de?: string };
      ausschnitt?: number[];
      ebenen?: { id: string; urlAuch?: string[]; kacheln?: string }[];
      aussparung?: string;
    };
    const ebenen: Record<string, string> = {};
    const kacheln: Record<string, string> = {};
    (m.ebenen ?? []).slice(0, MAP_LEVELS.length).forEach((e, i) => {
      for (const w of [e.id, ...(e.urlAuch ?? [])]) ebenen[w] = MAP_LEVELS[i]!;
      if (typeof e.kacheln === 'string') kacheln[MAP_LEVELS[i]!] = e.kacheln;
    });
    return {
      paket: '',
      titel: typeof m.titel?.de === 'string' ? m.titel.de : 'Quartiersexplorer',
      ausschnitt: m.ausschnitt ?? world,
      ebenen,
      dateien: siteFiles(pkgRoot),
      ...(Object.keys(kacheln).length > 0 ? { kacheln } : {}),
      ...(typeof m.aussparung === 'string' ? { aussparung: m.aussparung } : {}),
    };
  } catch {
    // data:check names the broken manifest; the first map then shows the world.
    return { paket: '', titel: 'Quartiersexplorer', ausschnitt: world, ebenen: {}, dateien: {} };
  }
}
