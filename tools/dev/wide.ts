import { launch, mapIdle } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../serve/static.ts';
const { server, url } = await serveStatic('dist');
const b = await launch({ width: 390, height: 844 }, 2);
const page = await b.context.newPage();
await page.goto(url + (process.argv[2] ?? '?gebiet=215'));
await mapIdle(page);
console.log(
  await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > 391)
      .slice(0, 12)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
  ),
);
await b.close();
server.close();
