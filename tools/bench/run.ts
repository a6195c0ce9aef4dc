import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from '../browser/launch.ts';
import { serveStatic } from '../serve/static.ts';
import { scaleGeoJson, scaleTiles } from './scale-data.ts';
import { switchProbe } from './switch-probe.ts';
import { workshopBench } from './workshop.ts';
import { addressBench } from './addresses.ts';
import { packageDist } from '../build/pakete.ts';
import { visibleFirstMaps } from './visible.ts';
import { repeatVisits } from './repeat.ts';
import { fails, report, type Target } from './targets.ts';

/**
 * `npm run bench`: the explorer's performance figures in headless Chromium, in one run.
 * Expects `dist/` (app) and `dist-bench/` (floor and scale pages); see package.json.
 */
const RUNS = 7;
/** `BENCH_NUR=erste,wechsel` runs only those parts (erste, sichtbar, wechsel, js, versorgung, skalierung, werkstatt, adressen, pakete, streuung, wiederholt). */
const PARTS = [
  'erste',
  'sichtbar',
  'wechsel',
  'js',
  'versorgung',
  'skalierung',
  'werkstatt',
  'adressen',
  'pakete',
  'streuung',
  'wiederholt',
] as const;
const only = new Set((process.env.BENCH_NUR ?? PARTS.join(',')).split(','));
const run = (part: (typeof PARTS)[number]) => only.has(part);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

cpSync('dist-bench', 'dist/bench', { recursive: true });
const scaleFile = scaleGeoJson('.cache/bench');
cpSync(scaleFile, 'dist/bench/gemeinden.geojson');
const scaleTileFile = scaleTiles('.cache/bench');
cpSync(scaleTileFile.file, 'dist/bench/gemeinden.pmtiles');
cpSync('data', 'dist/bench/data', { recursive: true });
const scaleKeys = (JSON.parse(readFileSync(scaleFile, 'utf8')) as GeoJSON.FeatureCollection).features.map(
  (f) => String(f.properties!.schluessel),
);
writeFileSync('dist/bench/gemeinden-schluessel.json', JSON.stringify(scaleKeys));
const { server, url } = await serveStatic('dist');
const browser = await launch();
const results: Record<string, unknown> = {};

async function firstChoropleth(page: Page, path: string, timeout = 60_000, base = url): Promise<number> {
  await page.goto(base + path);
  await page.waitForFunction(() => performance.getEntriesByName('qx-karte-fertig').length > 0, null, {
    timeout,
  });
  return page.evaluate(() => performance.getEntriesByName('qx-karte-fertig')[0]!.startTime);
}

try {
  // 1. First complete choropleth: app vs. plain MapLibre with the same GeoJSON (alternating, one warm-up each).
  const page = await browser.context.newPage();
  if (run('erste')) {
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
  }

  // 1b. The same, as the user sees it: navigation to the first frame on screen with the final
  // colours (Chromium's screencast), alternating app and floor; the in-page mark beside it.
  if (run('sichtbar')) {
    const v = await visibleFirstMaps(
      browser,
      url + '?indikator=anteil_65_plus',
      url + 'bench/floor.html',
      RUNS,
    );
    const app = v.app.map((x) => x.visible);
    const floor = v.floor.map((x) => x.visible);
    results.ersteKarteSichtbar = {
      app: median(app),
      untergrenze: median(floor),
      verhaeltnis: median(app) / median(floor),
      // How far the screen lags behind the page's own mark.
      appMarke: median(v.app.map((x) => x.mark)),
      untergrenzeMarke: median(v.floor.map((x) => x.mark)),
      app_alle: app,
      untergrenze_alle: floor,
      bilder: median(v.app.map((x) => x.frames)),
    };
  }

  // Repeat visits: the first map of a first visit against the next one, from the service worker.
  if (run('wiederholt')) {
    const v = await repeatVisits(url, '?indikator=anteil_65_plus', 5);
    results.wiederholt = {
      erster: median(v.erster),
      zweiter: median(v.zweiter),
      verhaeltnis: median(v.zweiter) / median(v.erster),
      erster_alle: v.erster,
      zweiter_alle: v.zweiter,
    };
  }

  // 2. Indicator switch, by UI (select) and by URL (history + popstate); geometry uploads counted.
  if (run('wechsel')) {
    await firstChoropleth(page, '?indikator=anteil_65_plus');
    // The hover/selection outlines get their data right after the first map; count from then on.
    await page.waitForFunction(() => performance.getEntriesByName('qx-grenzen-geladen').length > 0);
    await page.evaluate(() => {
      type M = { getSource(id: string): { setData: (...a: unknown[]) => unknown } };
      const w = window as unknown as { __qxMap: M; __uploads: number };
      w.__uploads = 0;
      for (const id of ['ebene1', 'ebene2', 'ebene3'].flatMap((l) => [`gebiete-${l}`, `grenzen-${l}`])) {
        const src = w.__qxMap.getSource(id);
        const orig = src.setData.bind(src);
        src.setData = (...a: unknown[]) => {
          w.__uploads++;
          return orig(...a);
        };
      }
    });
    const source = 'gebiete-ebene1';
    const ui = await page.evaluate(switchProbe, { mode: 'ui' as const, runs: 12, source });
    const viaUrl = await page.evaluate(switchProbe, { mode: 'url' as const, runs: 12, source });
    // Change maps: level ↔ change and one base year to another, by the select beside the year.
    const change = await page.evaluate(switchProbe, { mode: 'veraenderung' as const, runs: 12, source });
    const geometrieUploads = await page.evaluate(
      () => (window as unknown as { __uploads: number }).__uploads,
    );
    await firstChoropleth(page, 'bench/floor.html');
    const plain = await page.evaluate(switchProbe, { mode: 'untergrenze' as const, runs: 12, source: 'o' });
    results.wechsel = {
      ui: median(ui.bereit),
      url: median(viaUrl.bereit),
      untergrenze: median(plain.bereit),
      uiSichtbar: median(ui.sichtbar),
      urlSichtbar: median(viaUrl.sichtbar),
      untergrenzeSichtbar: median(plain.sichtbar),
      veraenderung: median(change.bereit),
      veraenderungSichtbar: median(change.sichtbar),
      geometrieUploads,
      ui_alle: ui.bereit,
      url_alle: viaUrl.bereit,
    };
  }

  if (run('js')) {
    const scripts: string[] = [];
    const p2 = await browser.context.newPage();
    p2.on('request', (r) => {
      if (r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname))
        scripts.push(new URL(r.url()).pathname);
    });
    const mark = await firstChoropleth(p2, '');
    // Main-thread scripts the page started only after its first map was complete (the service
    // worker's registration, update.ts) are not part of the first view.
    await p2.waitForTimeout(4000);
    const late = new Set(
      await p2.evaluate(
        (t) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime > t)
            .map((e) => new URL(e.name).pathname),
        mark,
      ),
    );
    const gz = (p: string) => gzipSync(readFileSync(join('dist', p))).length;
    const unique = [...new Set(scripts)].filter((p) => !p.startsWith('/bench/'));
    const worker = unique.filter((p) => p.includes('worker') && !p.includes('workbox'));
    const afterFirst = unique.filter((p) => !worker.includes(p) && late.has(p));
    const main = unique.filter((p) => !worker.includes(p) && !late.has(p));
    const lazy = readdirSync('dist/assets').filter(
      (f) => f.endsWith('.js') && !unique.includes(`/assets/${f}`),
    );
    results.initialesJs = {
      // Per chunk (gzip KiB), largest first: what the first map view loads on the main thread.
      jeDatei: Object.fromEntries(
        main
          .map((p) => [p.replace(/^\/assets\//, ''), Math.round(gz(p) / 102.4) / 10] as const)
          .sort((a, b) => b[1] - a[1]),
      ),
      hauptThreadKB: main.reduce((s, p) => s + gz(p), 0) / 1024,
      workerKB: worker.reduce((s, p) => s + gz(p), 0) / 1024,
      nachErsterKarteKB: afterFirst.reduce((s, p) => s + gz(p), 0) / 1024,
      nachErsterKarte: afterFirst,
      dateien: unique,
      nachgeladen: lazy,
    };
    await p2.close();
  }

  // 4. Supply: assignment and counts of ~500 facilities; coverage in its worker.
  if (run('versorgung')) {
    await page.goto(url + 'bench/supply.html');
    await page.waitForFunction(() => '__supply' in window, null, { timeout: 60_000 });
    results.versorgung = await page.evaluate(() => (window as unknown as { __supply: unknown }).__supply);
  }

  // 4b. The scatter plot with 11,000 points: first render and hover (issue 19: ≤ 100 ms per hover).
  if (run('streuung')) {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(url + 'bench/scatter.html');
    await page.waitForFunction(() => '__scatter' in window, null, { timeout: 120_000 });
    results.streuung = await page.evaluate(() => (window as unknown as { __scatter: unknown }).__scatter);
  }

  // 5. Scale case: all German municipalities.
  if (run('skalierung')) {
    const scale: number[] = [];
    const scaleFloor: number[] = [];
    const scaleTiled: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The same GeoJSON drawn by plain MapLibre (one source, no feature state): the renderer's floor.
      scaleFloor.push(await firstChoropleth(page, 'bench/floor.html?gemeinden', 120_000));
      scale.push(await firstChoropleth(page, 'bench/scale.html', 120_000));
      // The app's style and feature state on the same municipalities as vector tiles (PMTiles).
      scaleTiled.push(await firstChoropleth(page, 'bench/scale.html?kacheln', 120_000));
    }
    // The tiled page stays open for its switches, then the GeoJSON page for its own.
    const tiledSwitch = await page.evaluate(switchProbe, {
      mode: 'skalierung' as const,
      runs: 7,
      source: 'gebiete-ebene1',
      sourceLayer: 'gebiete',
    });
    await firstChoropleth(page, 'bench/scale.html', 120_000);
    // The scale page stays open for the switches.
    const count = await page.evaluate(() => (window as unknown as { __count: number }).__count);
    const scaleSwitch = await page.evaluate(switchProbe, {
      mode: 'skalierung' as const,
      runs: 7,
      source: 'gebiete-ebene1',
    });
    results.skalierung = {
      gemeinden: count,
      ersteKarte: median(scale),
      ersteKarteUntergrenze: median(scaleFloor),
      wechsel: median(scaleSwitch.bereit),
      wechselSichtbar: median(scaleSwitch.sichtbar),
      ersteKarte_alle: scale,
      ersteKarteUntergrenze_alle: scaleFloor,
      wechsel_alle: scaleSwitch.bereit,
      kacheln: {
        datei: `gemeinden.pmtiles, ${(statSync(scaleTileFile.file).size / 1024 / 1024).toFixed(1)} MB, Zoom 0–${scaleTileFile.maxZoom}`,
        ersteKarte: median(scaleTiled),
        wechsel: median(tiledSwitch.bereit),
        wechselSichtbar: median(tiledSwitch.sichtbar),
        ersteKarte_alle: scaleTiled,
        wechselSichtbar_alle: tiledSwitch.sichtbar,
      },
    };
  }
  // 6. Datenwerkstatt: a 10,008-row workbook and a 24-polygon Shapefile read, mapped and checked.
  if (run('werkstatt')) results.werkstatt = await workshopBench(browser.context, url, median);
  // 7. Address points: 25,000 to boundaries in the worker, then the address search per keystroke.
  if (run('adressen')) results.adressen = await addressBench(browser.context, url, median);
  // 8. The Landkreis Rostock package (117 Gemeinden, 23 Ämter) beside Bremerhaven's: first map
  // (alternating, one warm-up each) and indicator switch, each build with its own package.
  if (run('pakete')) {
    const lr = await serveStatic(packageDist('landkreis-rostock'));
    try {
      const bhv: number[] = [];
      const rostock: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const b = await firstChoropleth(page, '?indikator=anteil_65_plus');
        const l = await firstChoropleth(page, '?indikator=anteil_65_plus', 60_000, lr.url);
        if (i > 0) {
          bhv.push(b);
          rostock.push(l);
        }
      }
      const source = 'gebiete-ebene1';
      const ui = await page.evaluate(switchProbe, { mode: 'ui' as const, runs: 12, source });
      const viaUrl = await page.evaluate(switchProbe, { mode: 'url' as const, runs: 12, source });
      await firstChoropleth(page, '?indikator=anteil_65_plus');
      const uiB = await page.evaluate(switchProbe, { mode: 'ui' as const, runs: 12, source });
      results.pakete = {
        landkreisRostock: {
          gemeinden: 117,
          ersteKarte: median(rostock),
          wechselUi: median(ui.bereit),
          wechselUrl: median(viaUrl.bereit),
          wechselSichtbar: median(ui.sichtbar),
          ersteKarte_alle: rostock,
        },
        bremerhaven: {
          ortsteile: 24,
          ersteKarte: median(bhv),
          wechselUi: median(uiB.bereit),
          wechselSichtbar: median(uiB.sichtbar),
          ersteKarte_alle: bhv,
        },
      };
    } finally {
      lr.server.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const r = results as Partial<{
  ersteKarte: { app: number; untergrenze: number; verhaeltnis: number };
  wiederholt: { erster: number; zweiter: number; verhaeltnis: number };
  wechsel: {
    ui: number;
    url: number;
    untergrenze: number;
    uiSichtbar: number;
    urlSichtbar: number;
    untergrenzeSichtbar: number;
    veraenderung: number;
    veraenderungSichtbar: number;
    geometrieUploads: number;
  };
  initialesJs: {
    hauptThreadKB: number;
    workerKB: number;
    nachErsterKarteKB: number;
    jeDatei: Record<string, number>;
  };
  skalierung: {
    gemeinden: number;
    ersteKarte: number;
    ersteKarteUntergrenze: number;
    wechsel: number;
    wechselSichtbar: number;
    kacheln: { datei: string; ersteKarte: number; wechsel: number; wechselSichtbar: number };
  };
  werkstatt: {
    vorschauMs: number;
    pruefungMs: number;
    laengsteAufgabeMs: number;
    laengsteAufgabePruefungMs: number;
    zeilen: number;
  };
  adressen: { adressen: number; grenzenMs: number; laengsteAufgabeMs: number; sucheProTasteMs: number };
  pakete: {
    landkreisRostock: { ersteKarte: number; wechselUi: number; wechselUrl: number; wechselSichtbar: number };
    bremerhaven: { ersteKarte: number; wechselUi: number; wechselSichtbar: number };
  };
  streuung: {
    punkte: number;
    ersteDarstellungMs: number;
    hoverMedianMs: number;
    hoverP90Ms: number;
    hoverMaxMs: number;
    hovers: number;
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
}>;
console.log(JSON.stringify(results, null, 2));
const summary = [
  r.ersteKarte &&
    `Erste vollständige Choroplethenkarte (Median aus ${RUNS}): App ${ms(r.ersteKarte.app)}, MapLibre allein ${ms(r.ersteKarte.untergrenze)}, Verhältnis ${r.ersteKarte.verhaeltnis.toFixed(2)} (Ziel ≤ 1,3)`,
  r.wechsel &&
    `Indikatorwechsel (Median aus 12, je von der fertig gezeichneten Karte): neu gezeichnet per Bedienung ${ms(r.wechsel.ui)}, per URL ${ms(r.wechsel.url)} (Ziel ≤ 50 ms; MapLibre allein ${ms(r.wechsel.untergrenze)}); auf dem Bildschirm ${ms(r.wechsel.uiSichtbar)} bzw. ${ms(r.wechsel.urlSichtbar)} (MapLibre allein ${ms(r.wechsel.untergrenzeSichtbar)}); Veränderungskarte an/aus und Basisjahr ${ms(r.wechsel.veraenderung)} (Ziel ≤ 50 ms), auf dem Bildschirm ${ms(r.wechsel.veraenderungSichtbar)}; Geometrie-Uploads: ${r.wechsel.geometrieUploads}`,
  r.initialesJs &&
    `Initiales JavaScript (gzip): ${r.initialesJs.hauptThreadKB.toFixed(1)} KiB Hauptthread + ${r.initialesJs.workerKB.toFixed(0)} KiB Worker (MapLibre, Prüfung, Erreichbarkeit) (Ziel ≤ 350 KiB); nach der ersten Karte ${r.initialesJs.nachErsterKarteKB.toFixed(1)} KiB (Service-Worker-Registrierung); je Datei: ${Object.entries(
      r.initialesJs.jeDatei,
    )
      .map(([f, kb]) => `${f} ${kb} KiB`)
      .join(', ')}`,
  r.versorgung &&
    `Versorgung: ${r.versorgung.einrichtungen} Einrichtungen, ${r.versorgung.ortsteile} Ortsteile: Zuordnung und Zählung ${ms(r.versorgung.zuordnungMedianMs)} (Median aus 9, Ziel ≤ 50 ms); Erreichbarkeit im Worker ${ms(r.versorgung.erreichbarkeitWorkerMs)} für ${r.versorgung.gitterpunkte} Rasterpunkte (gesamt ${ms(r.versorgung.erreichbarkeitGesamtMs)}), längste Hauptthread-Aufgabe währenddessen ${ms(r.versorgung.laengsteHauptthreadAufgabeMs)}`,
  r.streuung &&
    `Streudiagramm mit ${r.streuung.punkte} Punkten: erste Darstellung ${ms(r.streuung.ersteDarstellungMs)}; Hover bis zum Bild mit markiertem Punkt Median ${ms(r.streuung.hoverMedianMs)}, 90. Perzentil ${ms(r.streuung.hoverP90Ms)}, höchstens ${ms(r.streuung.hoverMaxMs)} (${r.streuung.hovers} Hover, Ziel ≤ 100 ms)`,
  r.skalierung &&
    `Skalierung ${r.skalierung.gemeinden} Gemeinden: MapLibre allein mit GeoJSON ${ms(r.skalierung.ersteKarteUntergrenze)}; App mit GeoJSON erste Karte ${ms(r.skalierung.ersteKarte)}, Wechsel neu gezeichnet ${ms(r.skalierung.wechsel)}, auf dem Bildschirm ${ms(r.skalierung.wechselSichtbar)}; App mit Vektorkacheln (${r.skalierung.kacheln.datei}) erste Karte ${ms(r.skalierung.kacheln.ersteKarte)}, Wechsel neu gezeichnet ${ms(r.skalierung.kacheln.wechsel)}, auf dem Bildschirm ${ms(r.skalierung.kacheln.wechselSichtbar)}`,
  r.werkstatt &&
    `Datenwerkstatt (Median aus 3): Arbeitsmappe mit ${r.werkstatt.zeilen} Zeilen und Shapefile mit 24 Ortsteilen eingelesen und zugeordnet in ${ms(r.werkstatt.vorschauMs)} (Ziel ≤ 2 s), geprüft in ${ms(r.werkstatt.pruefungMs)}; längste Hauptthread-Aufgabe beim Einlesen ${ms(r.werkstatt.laengsteAufgabeMs)}, beim Prüfen ${ms(r.werkstatt.laengsteAufgabePruefungMs)} (Ziel ≤ 100 ms)`,
  r.adressen &&
    `Adresspunkte (Median aus 3): ${r.adressen.adressen} Adressen zu Ortsteilgrenzen im Worker in ${ms(r.adressen.grenzenMs)} (Ziel ≤ 5 s), längste Hauptthread-Aufgabe ${ms(r.adressen.laengsteAufgabeMs)}; Adresssuche je Tastendruck höchstens ${ms(r.adressen.sucheProTasteMs)} (Ziel ≤ 50 ms)`,
  r.pakete &&
    `Pakete (Median aus ${RUNS}, abwechselnd): Landkreis Rostock (117 Gemeinden) erste Karte ${ms(r.pakete.landkreisRostock.ersteKarte)}, Wechsel neu gezeichnet ${ms(r.pakete.landkreisRostock.wechselUi)} per Bedienung, ${ms(r.pakete.landkreisRostock.wechselUrl)} per URL, auf dem Bildschirm ${ms(r.pakete.landkreisRostock.wechselSichtbar)}; Bremerhaven (24 Ortsteile) erste Karte ${ms(r.pakete.bremerhaven.ersteKarte)}, Wechsel ${ms(r.pakete.bremerhaven.wechselUi)}, auf dem Bildschirm ${ms(r.pakete.bremerhaven.wechselSichtbar)}`,
];
console.log(`\n${summary.filter(Boolean).join('\n')}`);

const seen = results.ersteKarteSichtbar as
  | { app: number; untergrenze: number; verhaeltnis: number; appMarke: number; untergrenzeMarke: number }
  | undefined;
if (r.wiederholt)
  console.log(
    `Wiederholter Besuch (Median aus 5, Speicher und Cache je Paar geleert): erster Besuch ${ms(r.wiederholt.erster)}, zweiter (Service Worker) ${ms(r.wiederholt.zweiter)}, Verhältnis ${r.wiederholt.verhaeltnis.toFixed(2)}`,
  );
if (seen)
  console.log(
    `Erste Karte auf dem Bildschirm (Median aus ${RUNS}, abwechselnd, erstes Bild mit den endgültigen Farben): App ${ms(seen.app)} (Marke qx-karte-fertig bei ${ms(seen.appMarke)}), MapLibre allein ${ms(seen.untergrenze)} (Marke ${ms(seen.untergrenzeMarke)}), Verhältnis ${seen.verhaeltnis.toFixed(2)}`,
  );
// Issue 22's targets; ratios from this run only.
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? undefined : a / b;
const targets: Target[] = [
  {
    name: 'Erste Karte (Marke) / MapLibre',
    value: r.ersteKarte?.verhaeltnis,
    target: 1.15,
    kind: 'ratio',
    unit: '×',
  },
  {
    name: 'Erste Karte auf dem Bildschirm / MapLibre',
    value: seen?.verhaeltnis,
    target: 1.15,
    kind: 'ratio',
    unit: '×',
  },
  {
    name: 'Wechsel per Bedienung neu gezeichnet',
    value: r.wechsel?.ui,
    target: 35,
    kind: 'info',
    unit: 'ms',
  },
  { name: 'Wechsel per URL neu gezeichnet', value: r.wechsel?.url, target: 35, kind: 'info', unit: 'ms' },
  {
    name: 'Wechsel per Bedienung auf dem Bildschirm / MapLibre',
    value: ratio(r.wechsel?.uiSichtbar, r.wechsel?.untergrenzeSichtbar),
    target: 1.3,
    kind: 'ratio',
    unit: '×',
  },
  {
    name: 'Wechsel per URL auf dem Bildschirm / MapLibre',
    value: ratio(r.wechsel?.urlSichtbar, r.wechsel?.untergrenzeSichtbar),
    target: 1.3,
    kind: 'ratio',
    unit: '×',
  },
  {
    name: 'Geometrie-Uploads bei Wechseln',
    value: r.wechsel?.geometrieUploads,
    target: 0,
    kind: 'exact',
    unit: '',
  },
  {
    name: 'Initiales JavaScript (gzip, Hauptthread)',
    value: r.initialesJs?.hauptThreadKB,
    target: 350,
    kind: 'exact',
    unit: 'KiB',
  },
  {
    name: 'Zweiter Besuch (Service Worker) / erster Besuch, erste Karte',
    value: r.wiederholt?.verhaeltnis,
    target: 0.8,
    kind: 'ratio',
    unit: '×',
  },
  {
    name: `Skalierung: erste Karte aus Vektorkacheln / MapLibre mit GeoJSON`,
    value: ratio(r.skalierung?.kacheln.ersteKarte, r.skalierung?.ersteKarteUntergrenze),
    target: 0.5,
    kind: 'ratio',
    unit: '×',
  },
  {
    name: 'Skalierung: Wechsel auf dem Bildschirm (Vektorkacheln)',
    value: r.skalierung?.kacheln.wechselSichtbar,
    target: 300,
    kind: 'exact',
    unit: 'ms',
  },
];
console.log(
  `\nZiele (Verhältnisse aus diesem Lauf; verfehlt heißt mehr als 10 % darüber):\n${report(targets)}`,
);
if (fails(targets)) process.exitCode = 1;
