import { launch } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../serve/static.ts';
const { server, url } = await serveStatic('dist');
const b = await launch();
const page = await b.context.newPage();
await page.goto(url + (process.argv[2] ?? ''));
await page.waitForFunction(() => performance.getEntriesByName('qx-karte-fertig').length > 0, null, { timeout: 120000 });
const r = await page.evaluate(async (code) => {
  const out: Record<string, unknown> = {};
  out.marks = performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`);
  out.res = performance.getEntriesByType('resource').map((e) => `${(e as PerformanceResourceTiming).name.split('/').pop()} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`);
  const map = (window as any).__qxMap;
  const idle = () => new Promise<number>((ok) => { map.once('idle', () => ok(performance.now())); map.triggerRepaint(); });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); times.push((await idle()) - t0); }
  out.repaint = times;
  if (code) out.code = await eval(code);
  return out;
}, process.argv[3] ?? '');
console.log(JSON.stringify(r, null, 1));
await b.close();
server.close();
