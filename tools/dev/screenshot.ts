import { launch, mapIdle } from '../browser/launch.ts';
import { serveStatic } from '../serve/static.ts';
const [, , query = '', out = '/tmp/shot.png', w = '1366', h = '768'] = process.argv;
// DIST=dist-… shoots another build (e.g. a package built with PAKET=…).
const { server, url } = await serveStatic(process.env.DIST ?? 'dist');
const b = await launch({ width: Number(w), height: Number(h) });
const page = await b.context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url + query);
// Views without a map (NOMAP=1) only wait for the page to settle.
if (process.env.NOMAP === '1') await page.waitForLoadState('networkidle');
else await mapIdle(page);
// SELECTOR=css scrolls that element into view first (e.g. a section far down the page).
if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().scrollIntoViewIfNeeded();
if (process.env.WAIT) await page.waitForTimeout(Number(process.env.WAIT));
// CLIP=x,y,w,h shoots one part of the full page (a long profile on a phone, piece by piece).
const clip = process.env.CLIP?.split(',').map(Number);
await page.screenshot({
  path: out,
  fullPage: process.env.FULL === '1' || clip !== undefined,
  ...(clip ? { clip: { x: clip[0]!, y: clip[1]!, width: clip[2]!, height: clip[3]! } } : {}),
});
console.log('blocked', b.blocked);
await b.close();
server.close();
