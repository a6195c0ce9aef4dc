import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange } from '../../tools/serve/range.ts';
import { serveStatic } from '../../tools/serve/static.ts';

let server: Server;
let base: URL;
/** A raw GET (fetch would normalise the path before sending it). */
const get = (path: string) =>
  new Promise<number>((ok, fail) => {
    const r = request({ host: base.hostname, port: base.port, path, method: 'GET' }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    r.on('error', fail);
    r.end();
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qe-serve-'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'dist-other'));
  writeFileSync(join(dir, 'dist/index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'dist/k.pmtiles'), Buffer.from('0123456789'));
  writeFileSync(join(dir, 'dist-other/secret.txt'), 'no');
  writeFileSync(join(dir, 'secret.txt'), 'no');
  const s = await serveStatic(join(dir, 'dist'));
  server = s.server;
  base = new URL(s.url);
});
afterAll(() => server.close());

describe('the strict static server (tests and bench)', () => {
  it('serves its root and answers a missing file with 404', async () => {
    expect(await get('/')).toBe(200);
    expect(await get('/index.html')).toBe(200);
    expect(await get('/fehlt.js')).toBe(404);
  });

  it('serves nothing outside its root, however the path is spelled', async () => {
    for (const p of [
      '/..%2Fsecret.txt',
      '/..%2F..%2Fsecret.txt',
      '/..%2Fdist-other%2Fsecret.txt',
      '/%2E%2E/secret.txt',
    ])
      expect(await get(p), p).toBe(404);
  });

  it('answers a malformed escape with 400 and keeps running', async () => {
    expect(await get('/%E0%A4%A')).toBe(400);
    expect(await get('/%')).toBe(400);
    expect(await get('/')).toBe(200);
  });

  it('answers byte ranges (vector tiles are read so), past the end clamped, beyond it 416', async () => {
    const ranged = (range: string) =>
      new Promise<{ status: number; body: string; range: string | undefined }>((ok, fail) => {
        const r = request(
          { host: base.hostname, port: base.port, path: '/k.pmtiles', headers: { range } },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () =>
              ok({ status: res.statusCode ?? 0, body, range: res.headers['content-range'] }),
            );
          },
        );
        r.on('error', fail);
        r.end();
      });
    expect(await ranged('bytes=2-4')).toEqual({ status: 206, body: '234', range: 'bytes 2-4/10' });
    expect(await ranged('bytes=0-16383')).toEqual({ status: 206, body: '0123456789', range: 'bytes 0-9/10' });
    expect(await ranged('bytes=-3')).toEqual({ status: 206, body: '789', range: 'bytes 7-9/10' });
    expect((await ranged('bytes=10-12')).status).toBe(416);
    expect((await ranged('elefant')).status).toBe(200);
  });
});

describe('byteRange', () => {
  it('reads the one-range forms and refuses what cannot be satisfied', () => {
    expect(byteRange('bytes=0-99', 50)).toEqual({ start: 0, end: 49 });
    expect(byteRange('bytes=5-', 50)).toEqual({ start: 5, end: 49 });
    expect(byteRange('bytes=-10', 50)).toEqual({ start: 40, end: 49 });
    expect(byteRange('bytes=-0', 50)).toBe('unsatisfiable');
    expect(byteRange('bytes=9-3', 50)).toBe('unsatisfiable');
    expect(byteRange('bytes=50-', 50)).toBe('unsatisfiable');
    expect(byteRange(undefined, 50)).toBeNull();
    expect(byteRange('bytes=0-1,4-5', 50)).toBeNull();
  });
});
