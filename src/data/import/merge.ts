import { obsKey } from '../keys.ts';
import { FORECAST_YEARS } from '../../domain/ids.ts';
import { parseCsv, writeCsv } from '../csv.ts';
import type { Issue } from '../issues.ts';
import { MAP_LEVELS, type MapLevel } from '../../domain/levels.ts';
import {
  packageText,
  PACKAGE_FILES,
  STATIC_FILE_KEYS,
  type PackageFileKey,
  type PackageFilesOf,
  type PackageTexts,
} from '../package.ts';
import { IssueList } from '../issues.ts';
import { LAYER_SOURCE_ID, type ImportLayer } from './layer.ts';
import { writeAddressPoints } from '../addressPoints.ts';
import { writeAddressFile } from '../addressFile.ts';
import { nearestAddressArea } from './nearest.ts';

/** A number as the package writes it: decimal point, no exponent, no float noise. */
export function packageNumber(v: number): string {
  const s = Number(v.toPrecision(12)).toString();
  if (!/e/i.test(s)) return s;
  return v.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

export interface Merged {
  texts: PackageFilesOf<string>;
  /**
   * Where each line of the merged beobachtungen.csv came from: the user's file, sheet, row and
   * column, or the package's own line.
   */
  origins: Map<number | string, { datei: string; ort: string; feld: string }>;
  problems: Issue[];
  /** geo/adressen.json, where the layer has addresses. */
  adressen?: string;
  /** geo/adresspunkte.json, where the layer has their positions too. */
  adresspunkte?: string;
}

/**
 * The package with the user's layer merged in, as package files (so the package's own parser and
 * checks judge it, exactly as `data:check` would, and issue 17 can write it out):
 * a value replaces the package's value for the same area, indicator and year; a symbol replaces it
 * too and is kept as a symbol (shown with its meaning, never as a sample value or a number); the
 * layer's source and indicators are added;
 * imported boundaries replace the package's (the finest level and those dissolved from it).
 */
/**
 * Vector tiles are cut from a level's boundaries: where the user's boundaries replace a level's,
 * its tiles would show the old areas, so the manifest stops naming them (the map then draws the
 * new GeoJSON; `npm run geo:kacheln` writes new tiles for a large level, AENDERUNGEN.md says so).
 */
export function withoutStaleTiles(paket: string, levels: readonly string[]): string {
  try {
    const m = JSON.parse(paket) as { ebenen?: { kacheln?: string }[] };
    let changed = false;
    m.ebenen?.forEach((e, i) => {
      if (e.kacheln && levels.includes(MAP_LEVELS[i]!)) {
        delete e.kacheln;
        changed = true;
      }
    });
    return changed ? JSON.stringify(m, null, 2) : paket;
  } catch {
    return paket;
  }
}

export function mergeLayer(input: PackageTexts, layer: ImportLayer): Merged {
  const issues = new IssueList();
  const texts = {} as PackageFilesOf<string>;
  for (const k of new Set([...STATIC_FILE_KEYS, ...(Object.keys(input) as PackageFileKey[])]))
    texts[k] = packageText(k, input[k], issues) ?? '';
  const origins: Merged['origins'] = new Map();
  const q = layer.quelle;
  try {
    const sources = JSON.parse(texts.quellen) as { quellen: Record<string, unknown>[] };
    sources.quellen = sources.quellen.filter((s) => s.id !== LAYER_SOURCE_ID);
    sources.quellen.push({
      id: LAYER_SOURCE_ID,
      titel: q.titel,
      herausgeber: q.herausgeber,
      url: q.url ?? '',
      lizenz: q.lizenz,
      stichtag: q.stichtag,
      status: q.status,
      hinweis: `Eigene Daten aus ${layer.dateien.join(', ')}, eingelesen am ${layer.erstellt.slice(0, 10)}`,
    });
    texts.quellen = JSON.stringify(sources, null, 2);
    if (layer.neueIndikatoren.length > 0) {
      const cat = JSON.parse(texts.indikatoren) as { indikatoren: { id: string }[] };
      const ids = new Set<string>(layer.neueIndikatoren.map((i) => i.id));
      cat.indikatoren = [...cat.indikatoren.filter((i) => !ids.has(i.id)), ...layer.neueIndikatoren];
      texts.indikatoren = JSON.stringify(cat, null, 2);
    }
  } catch {
    // The package's own parser reports the broken file; the layer is merged where it can be.
  }
  const replaced = new Set(layer.werte.map((v) => obsKey(v.gebiet, v.indikator, v.jahr)));
  // Read and written with the package's own CSV code (quotes, line ends), rows kept in order; a
  // symbol is written as such (column `zeichen`, empty value), so every view tells its meaning.
  const table = parseCsv(texts.beobachtungen);
  const rows: Record<string, string | number | null>[] = [];
  table.rows.forEach((r, i) => {
    if (replaced.has(obsKey(r.gebiet ?? '', r.indikator ?? '', Number(r.jahr)))) return;
    rows.push(r);
    // A package line keeps its own number in messages, not its place in the merged file.
    origins.set(rows.length + 1, {
      datei: PACKAGE_FILES.beobachtungen,
      ort: `Zeile ${table.lines[i]}`,
      feld: '',
    });
  });
  const header = [...table.header];
  if (layer.werte.some((v) => v.zeichen) && !header.includes('zeichen')) header.push('zeichen');
  for (const v of layer.werte) {
    if (v.wert === undefined && !v.zeichen) continue;
    const row = { gebiet: v.gebiet, indikator: v.indikator, jahr: v.jahr, quelle: LAYER_SOURCE_ID };
    const forecast = (FORECAST_YEARS as readonly number[]).includes(v.jahr) ? '1' : '0';
    rows.push({
      ...row,
      wert: v.wert === undefined ? '' : packageNumber(v.wert),
      prognose: forecast,
      ...(v.zeichen ? { zeichen: v.zeichen } : {}),
    });
    // Line in the written file: the header is line 1.
    origins.set(rows.length + 1, v.herkunft);
  }
  texts.beobachtungen = writeCsv(header, rows);
  if (layer.einrichtungen) texts.einrichtungen = mergeFacilities(texts.einrichtungen, layer, origins);
  if (layer.grenzen)
    for (const [level, text] of Object.entries(layer.grenzen.ebenen) as [MapLevel, string][]) {
      try {
        const fc = JSON.parse(text) as Record<string, unknown>;
        texts[level] = JSON.stringify({
          ...fc,
          // Derived boundaries stay an approximation, however official the addresses were.
          genauigkeit: q.status === 'amtlich' && fc.genauigkeit !== 'naeherung' ? 'amtlich' : 'naeherung',
          quelle: LAYER_SOURCE_ID,
          attribution: q.herausgeber,
        });
      } catch {
        texts[level] = text;
      }
    }
  if (layer.grenzen) texts.paket = withoutStaleTiles(texts.paket, Object.keys(layer.grenzen.ebenen));
  if (!layer.adressen) return { texts, origins, problems: issues.items };
  // The finder's index and the positions coverage counts residents at; the finest level says
  // which the package has (each is loaded only then, and a stale count is dropped).
  const a = layer.adressen;
  const positions = a.lagen && a.lagen.length === a.eintraege.length ? a.lagen : undefined;
  try {
    const fc = JSON.parse(texts.ebene1 ?? '') as Record<string, unknown>;
    delete fc.adresspunkte;
    texts.ebene1 = JSON.stringify({
      ...fc,
      adressen: a.eintraege.length,
      ...(positions ? { adresspunkte: positions.length } : {}),
    });
  } catch {
    // The package's own parser reports the broken file.
  }
  return {
    texts,
    origins,
    problems: issues.items,
    adressen: writeAddressFile(a.eintraege, LAYER_SOURCE_ID),
    ...(positions
      ? {
          adresspunkte: writeAddressPoints(
            a.eintraege.map((e) => e[0]),
            positions,
            LAYER_SOURCE_ID,
          ),
        }
      : {}),
  };
}

/** The id an imported facility gets in the merged einrichtungen.geojson. */
export const importedFacilityId = (n: number) => `eigen-${n + 1}`;

/**
 * The package's facilities with those of the imported categories replaced by the user's list
 * (written with the layer's source and placement); other categories stay as they are.
 */
function mergeFacilities(text: string, layer: ImportLayer, origins: Merged['origins']): string {
  const own = layer.einrichtungen!;
  let fc: { features?: unknown[] } & Record<string, unknown>;
  try {
    fc = JSON.parse(text) as typeof fc;
  } catch {
    return text; // The package's own parser reports the broken file.
  }
  const replaced = new Set<string>(own.kategorien);
  const kept = (Array.isArray(fc.features) ? fc.features : []).filter(
    (f) =>
      !replaced.has(String((f as { properties?: { kategorie?: unknown } } | null)?.properties?.kategorie)),
  );
  const a = layer.adressen;
  const nearest =
    a?.lagen && a.lagen.length === a.eintraege.length
      ? nearestAddressArea(
          a.eintraege.map((e) => e[0]),
          a.lagen,
        )
      : undefined;
  const added = own.features.map((f, n) => {
    origins.set(`einrichtung:${importedFacilityId(n)}`, f.herkunft);
    const gebiet = f.lage === 'adresse' ? nearest?.(f.lon, f.lat) : undefined;
    return {
      type: 'Feature',
      id: importedFacilityId(n),
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
      properties: {
        kategorie: f.kategorie,
        name: f.name,
        eroeffnet: f.eroeffnet,
        geschlossen: f.geschlossen,
        quelle: LAYER_SOURCE_ID,
        lage: f.lage,
        ...(gebiet ? { gebiet } : {}),
      },
    };
  });
  return JSON.stringify({ ...fc, features: [...kept, ...added] });
}

/** A problem the package's checks found on a merged line, told with the user's file, row and column. */
export function toOrigin(issue: Issue, origins: Merged['origins']): Issue {
  if (!issue.ort) return issue;
  let o: { datei: string; ort: string; feld: string } | undefined;
  if (issue.datei === PACKAGE_FILES.beobachtungen)
    o = origins.get(Number(/^Zeile (\d+)$/.exec(issue.ort)?.[1]));
  else if (issue.datei === PACKAGE_FILES.einrichtungen)
    o = origins.get(`einrichtung:${/^Einrichtung (\S+)$/.exec(issue.ort)?.[1]}`);
  if (!o) return issue;
  return {
    datei: o.datei,
    ort: o.ort,
    ...(o.feld || issue.feld ? { feld: o.feld || issue.feld } : {}),
    meldung: issue.meldung,
  };
}
