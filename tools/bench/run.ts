import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../serve/static.ts';
import { scaleGeoJson } from './scale-data.ts';

/**
 * `npm run bench`: the explorer's performance figures in headless Chromium, in one run.
 * Expects `dist/` (app) and `dist-bench/` (floor and scale pages); see package.json.
 */
const RUNS = 7;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

cpSync('dist-bench', 'dist/bench', { recursive: true });
const scaleFile = scaleGeoJson('.cache/bench');
cpSync(scaleFile, 'dist/bench/gemeinden.geojson');
cpSync('data', 'dist/bench/data', { recursive: true });
const scaleKeys = (JSON.parse(readFileSync(scaleFile, 'utf8')) as GeoJSON.FeatureCollection).features.map(
  (f) => String(f.properties!.schluessel),
);
writeFileSync('dist/bench/gemeinden-schluessel.json', JSON.stringify(scaleKeys));
const { server, url } = await serveStatic('dist');
const browser = await launch();
const results: Record<string, unknown> = {};

async function firstChoropleth(page: Page, path: string, timeout = 60_000): Promise<number> {
  await page.goto(url + path);
  await page.waitForFunction(() => performance.getEntriesByName('qx-karte-fertig').length > 0, null, {
    timeout,
  });
  return page.evaluate(() => performance.getEntriesByName('qx-karte-fertig')[0]!.startTime);
}

try {
  // 1. First complete choropleth: app vs. plain MapLibre with the same GeoJSON (alternating, one warm-up each).
  const page = await browser.context.newPage();
  const app: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const a = await firstChoropleth(page, '?indikator=anteil_65_plus');
    const f = await firstChoropleth(page, 'bench/floor.html');
    if (i > 0) {
      app.push(a);
      floor.push(f);
    }
  }
  results.ersteKarte = {
    app: median(app),
    untergrenze: median(floor),
    verhaeltnis: median(app) / median(floor),
    app_alle: app,
    untergrenze_alle: floor,
  };

  // 2. Indicator switch, by UI (select) and by URL (history + popstate); geometry uploads counted.
  await firstChoropleth(page, '?indikator=anteil_65_plus');
  const switches = await page.evaluate(async () => {
    type M = {
      once(e: string, f: () => void): void;
      triggerRepaint(): void;
      getSource(id: string): { setData: (...a: unknown[]) => unknown };
    };
    const map = (window as unknown as { __qxMap: M }).__qxMap;
    let uploads = 0;
    for (const id of ['ortsteil', 'stadtteil', 'stadtbezirk'].flatMap((l) => [
      `gebiete-${l}`,
      `grenzen-${l}`,
    ])) {
      const src = map.getSource(id);
      const orig = src.setData.bind(src);
      src.setData = (...a: unknown[]) => {
        uploads++;
        return orig(...a);
      };
    }
    const ids = [
      'anteil_80_plus',
      'anteil_auslaender',
      'durchschnittsalter',
      'einwohner_je_km2',
      'anteil_unter_18',
      'altenquotient',
    ];
    const idle = () =>
      new Promise<number>((ok) => {
        map.once('idle', () => ok(performance.now()));
        requestAnimationFrame(() => map.triggerRepaint());
      });
    const ui: number[] = [];
    const viaUrl: number[] = [];
    const select = document.querySelector<HTMLSelectElement>('[data-testid="indikator"]')!;
    for (let i = 0; i < 12; i++) {
      const id = ids[i % ids.length]!;
      let t0 = performance.now();
      let done = idle();
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      ui.push((await done) - t0);
      const q = new URLSearchParams(location.search);
      q.set('indikator', ids[(i + 3) % ids.length]!);
      t0 = performance.now();
      done = idle();
      history.pushState(null, '', `?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
      viaUrl.push((await done) - t0);
    }
    // The renderer's own floor: a repaint with nothing changed (SwiftShader draws on the CPU).
    const repaint: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      repaint.push((await idle()) - t0);
    }
    return { ui, viaUrl, uploads, repaint };
  });
  results.wechsel = {
    ui: median(switches.ui),
    url: median(switches.viaUrl),
    neuzeichnenOhneAenderung: median(switches.repaint),
    geometrieUploads: switches.uploads,
  };

  // 3. Initial JavaScript: every script the first view loads, gzip-compressed as a server would send it.
  const scripts: string[] = [];
  const p2 = await browser.context.newPage();
  p2.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname))
      scripts.push(new URL(r.url()).pathname);
  });
  await firstChoropleth(p2, '');
  const gz = (p: string) => gzipSync(readFileSync(join('dist', p))).length;
  const unique = [...new Set(scripts)].filter((p) => !p.startsWith('/bench/'));
  const worker = unique.filter((p) => p.includes('worker'));
  const main = unique.filter((p) => !p.includes('worker'));
  const lazy = readdirSync('dist/assets').filter(
    (f) => f.endsWith('.js') && !unique.includes(`/assets/${f}`),
  );
  results.initialesJs = {
    hauptThreadKB: main.reduce((s, p) => s + gz(p), 0) / 1024,
    workerKB: worker.reduce((s, p) => s + gz(p), 0) / 1024,
    dateien: unique,
    nachgeladen: lazy,
  };
  await p2.close();

  // 4. Supply: assignment and counts of ~500 facilities; coverage in its worker.
  await page.goto(url + 'bench/supply.html');
  await page.waitForFunction(() => '__supply' in window, null, { timeout: 60_000 });
  results.versorgung = await page.evaluate(() => (window as unknown as { __supply: unknown }).__supply);

  // 5. Scale case: all German municipalities.
  const scale: number[] = [];
  const scaleFloor: number[] = [];
  for (let i = 0; i < 5; i++) {
    // The same GeoJSON drawn by plain MapLibre (one source, no feature state): the renderer's floor.
    scaleFloor.push(await firstChoropleth(page, 'bench/floor.html?gemeinden', 120_000));
    scale.push(await firstChoropleth(page, 'bench/scale.html', 120_000));
  }
  // The scale page stays open for the switches.
  const count = await page.evaluate(() => (window as unknown as { __count: number }).__count);
  const scaleSwitch: number[] = [];
  for (let i = 1; i <= 7; i++)
    scaleSwitch.push(
      await page.evaluate(
        (n) => (window as unknown as { __switch(n: number): Promise<number> }).__switch(n),
        i % 3,
      ),
    );
  const scaleRepaint: number[] = [];
  for (let i = 0; i < 5; i++)
    scaleRepaint.push(
      await page.evaluate(
        () =>
          new Promise<number>((ok) => {
            const map = (
              window as unknown as {
                __qxMap: { once(e: string, f: () => void): void; triggerRepaint(): void };
              }
            ).__qxMap;
            const t0 = performance.now();
            map.once('idle', () => ok(performance.now() - t0));
            map.triggerRepaint();
          }),
      ),
    );
  results.skalierung = {
    neuzeichnenOhneAenderung: median(scaleRepaint),
    gemeinden: count,
    ersteKarte: median(scale),
    ersteKarteUntergrenze: median(scaleFloor),
    wechsel: median(scaleSwitch),
    ersteKarte_alle: scale,
    ersteKarteUntergrenze_alle: scaleFloor,
    wechsel_alle: scaleSwitch,
  };
} finally {
  await browser.close();
  server.close();
}

const r = results as {
  ersteKarte: { app: number; untergrenze: number; verhaeltnis: number };
  wechsel: { ui: number; url: number; neuzeichnenOhneAenderung: number; geometrieUploads: number };
  initialesJs: { hauptThreadKB: number; workerKB: number };
  skalierung: {
    gemeinden: number;
    ersteKarte: number;
    ersteKarteUntergrenze: number;
    wechsel: number;
    neuzeichnenOhneAenderung: number;
  };
  versorgung: {
    einrichtungen: number;
    ortsteile: number;
    zuordnungMedianMs: number;
    erreichbarkeitWorkerMs: number;
    erreichbarkeitGesamtMs: number;
    gitterpunkte: number;
    laengsteHauptthreadAufgabeMs: number;
  };
};
console.log(JSON.stringify(results, null, 2));
console.log(`
Erste vollständige Choroplethenkarte (Median aus ${RUNS}): App ${ms(r.ersteKarte.app)}, MapLibre allein ${ms(r.ersteKarte.untergrenze)}, Verhältnis ${r.ersteKarte.verhaeltnis.toFixed(2)} (Ziel ≤ 1,3)
Indikatorwechsel (Median aus 12): per Bedienung ${ms(r.wechsel.ui)}, per URL ${ms(r.wechsel.url)} (Ziel ≤ 50 ms); bloßes Neuzeichnen ${ms(r.wechsel.neuzeichnenOhneAenderung)}; Geometrie-Uploads: ${r.wechsel.geometrieUploads}
Initiales JavaScript (gzip): ${r.initialesJs.hauptThreadKB.toFixed(1)} KiB Hauptthread + ${r.initialesJs.workerKB.toFixed(0)} KiB Worker (MapLibre, Prüfung, Erreichbarkeit) (Ziel ≤ 400 KB)
Versorgung: ${r.versorgung.einrichtungen} Einrichtungen, ${r.versorgung.ortsteile} Ortsteile: Zuordnung und Zählung ${ms(r.versorgung.zuordnungMedianMs)} (Median aus 9, Ziel ≤ 50 ms); Erreichbarkeit im Worker ${ms(r.versorgung.erreichbarkeitWorkerMs)} für ${r.versorgung.gitterpunkte} Rasterpunkte (gesamt ${ms(r.versorgung.erreichbarkeitGesamtMs)}), längste Hauptthread-Aufgabe währenddessen ${ms(r.versorgung.laengsteHauptthreadAufgabeMs)}
Skalierung ${r.skalierung.gemeinden} Gemeinden: erste Karte ${ms(r.skalierung.ersteKarte)} (Ziel ≤ 3 s; MapLibre allein ${ms(r.skalierung.ersteKarteUntergrenze)}), Wechsel ${ms(r.skalierung.wechsel)} (Ziel ≤ 150 ms), bloßes Neuzeichnen ${ms(r.skalierung.neuzeichnenOhneAenderung)}`);
