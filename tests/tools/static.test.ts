import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
