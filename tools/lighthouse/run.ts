/**
 * Lighthouse (mobile preset, local Chromium) on the built app's profile URL: prints the category
 * scores and the main timings. Not part of `npm test` (it downloads Lighthouse through npx and its
 * performance score depends on the machine); run `npm run lighthouse` after `npm run build`.
 * LIGHTHOUSE_BIN may point to an installed lighthouse CLI instead of `npx --yes lighthouse@12.8.2`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../browser/launch.ts';
import { serveStatic } from '../serve/static.ts';

const query = process.argv[2] ?? '?ansicht=profil&gebiet=215';
const runs = Number(process.argv[3] ?? 3);
const { server, url } = await serveStatic('dist');
const bin = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ['npx', '--yes', 'lighthouse@12.8.2'];
const results: { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number }[] = [];
for (let i = 0; i < runs; i++) {
  const out = join(mkdtempSync(join(tmpdir(), 'qx-lh-')), 'report.json');
  // Asynchronous: the static server in this process must keep answering while Lighthouse runs.
  const child = spawn(
    bin[0]!,
    [
      ...bin.slice(1),
      url + query,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    },
  );
  const status = await new Promise<number | null>((ok) => child.on('close', ok));
  if (status !== 0) throw new Error(`lighthouse exited with ${status}`);
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue: number }>;
  };
  results.push({
    performance: Math.round(lhr.categories.performance!.score * 100),
    accessibility: Math.round(lhr.categories.accessibility!.score * 100),
    fcp: Math.round(lhr.audits['first-contentful-paint']!.numericValue),
    lcp: Math.round(lhr.audits['largest-contentful-paint']!.numericValue),
    tbt: Math.round(lhr.audits['total-blocking-time']!.numericValue),
  });
  console.log(`run ${i + 1}:`, results.at(-1), out);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `Lighthouse mobile ${query}: performance ${median(results.map((r) => r.performance))}, accessibility ${median(results.map((r) => r.accessibility))}, FCP ${median(results.map((r) => r.fcp))} ms, LCP ${median(results.map((r) => r.lcp))} ms, TBT ${median(results.map((r) => r.tbt))} ms (median of ${runs})`,
);
server.close();
