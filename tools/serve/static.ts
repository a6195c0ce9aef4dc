import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { byteRange } from './range.ts';

/**
 * A strict static file server for tests and the bench: unlike `vite preview` it answers a missing
 * file with 404, so a wrong asset path fails the test instead of returning index.html. Text files
 * are sent gzip-compressed when the client accepts it, as any production static host does (so
 * Lighthouse's simulated network sees realistic transfer sizes).
 */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.csv', '.svg']);
const gzipped = new Map<string, Buffer>();
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pmtiles': 'application/vnd.pmtiles',
};

export function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('400: ungültige Prozentkodierung');
      return;
    }
    let file = normalize(join(root, path));
    // Inside the root only: a sibling folder that shares the root's prefix (dist-bench beside
    // dist) or a path that climbs out with an encoded ../ is not served.
    const inside = relative(root, file);
    if (inside.startsWith('..') || isAbsolute(inside) || path.includes('\0')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`404: ${path}`);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let body = gzipped.get(key);
      if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(body);
      return;
    }
    // Byte ranges, as static hosts and CDNs answer them: vector tiles are read this way.
    const size = statSync(file).size;
    const range = byteRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    if (range) {
      res.writeHead(206, {
        'content-type': type,
        'accept-ranges': 'bytes',
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
        'content-length': String(range.end - range.start + 1),
      });
      createReadStream(file, { start: range.start, end: range.end }).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes', 'content-length': String(size) });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : port}/` });
    }),
  );
}
