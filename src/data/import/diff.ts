import { obsKey } from '../keys.ts';
import { multiPolygonAreaM2 } from '../../domain/geo/area.ts';
import type { DataPackage } from '../package.ts';
import type { ImportLayer } from './layer.ts';
import { intersection, union, type MultiPolygon } from './geo/polygon.ts';

/** What the user's layer changes in one indicator, counted over areas and years. */
export interface IndicatorDiff {
  indikator: string;
  /** Sample values replaced by the user's values. */
  ersetztBeispiel: number;
  /** Other (sourced) values replaced. */
  ersetzt: number;
  /** Values where the package had none. */
  neu: number;
  /** Values that disappear: the user's file has a symbol (– . x / …) there. */
  entfaellt: number;
  /** Ortsteil values of the imported years the user's files do not cover: they stay sample values. */
  bleibtBeispiel: number;
  jahre: number[];
}

export interface BoundaryDiff {
  gebiet: string;
  vorherKm2: number | undefined;
  nachherKm2: number | undefined;
  /** The area table's latest official area (flaeche_km2), to compare both with. */
  tabelleKm2?: number | undefined;
  /** How much of the two shapes is shared: intersection over union (0–1). */
  uebereinstimmung?: number | undefined;
}

/** One value's place: area, indicator and year. */
/** What an imported value does to the package's value at its place (one rule for both diffs). */
type Change = 'zeichen' | 'neu' | 'ersetztBeispiel' | 'ersetzt';
function changes(base: DataPackage) {
  const status = new Map(base.sources.map((s) => [s.id as string, s.status]));
  const before = new Map(base.observations.map((o) => [obsKey(o.gebiet, o.indikator, o.jahr), o]));
  return {
    before,
    of(v: ImportLayer['werte'][number]): Change {
      const old = before.get(obsKey(v.gebiet, v.indikator, v.jahr));
      if (v.wert === undefined) return 'zeichen';
      if (!old) return 'neu';
      return status.get(old.quelle) === 'beispiel' ? 'ersetztBeispiel' : 'ersetzt';
    },
    isSample: (key: string) => {
      const old = before.get(key);
      return old !== undefined && status.get(old.quelle) === 'beispiel';
    },
  };
}

/** Per indicator, what the layer replaces, adds and removes compared with the current package. */
export function diffLayer(base: DataPackage, layer: ImportLayer): IndicatorDiff[] {
  const c = changes(base);
  const byInd = new Map<string, IndicatorDiff>();
  const covered = new Set<string>();
  for (const v of layer.werte) {
    let d = byInd.get(v.indikator);
    if (!d) {
      d = {
        indikator: v.indikator,
        ersetztBeispiel: 0,
        ersetzt: 0,
        neu: 0,
        entfaellt: 0,
        bleibtBeispiel: 0,
        jahre: [],
      };
      byInd.set(v.indikator, d);
    }
    if (!d.jahre.includes(v.jahr)) d.jahre.push(v.jahr);
    const key = obsKey(v.gebiet, v.indikator, v.jahr);
    covered.add(key);
    const change = c.of(v);
    // A symbol takes away a value only where the package had one.
    if (change === 'zeichen') d.entfaellt += c.before.has(key) ? 1 : 0;
    else d[change]++;
  }
  const ortsteile = base.areas.filter((a) => a.ebene === 'ebene1').map((a) => a.schluessel as string);
  for (const d of byInd.values()) {
    d.jahre.sort((a, b) => a - b);
    for (const y of d.jahre)
      for (const a of ortsteile) {
        const key = obsKey(a, d.indikator, y);
        if (!covered.has(key) && c.isSample(key)) d.bleibtBeispiel++;
      }
  }
  return [...byInd.values()];
}

/** Area of each Ortsteil before and after, in km² (geodesic, the domain's rule; any ring winding). */
export function diffBoundaries(base: DataPackage, layer: ImportLayer): BoundaryDiff[] {
  if (!layer.grenzen) return [];
  const shape = (f: unknown): MultiPolygon | undefined => {
    const g = (f as GeoJSON.Feature | null)?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return undefined;
    return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygon;
  };
  const km2 = (f: unknown) => {
    const m = shape(f);
    return m ? multiPolygonAreaM2(m) / 1e6 : undefined;
  };
  const oldShapes = new Map(
    (base.boundaries.ebene1?.features ?? []).map((f) => [f.properties.schluessel as string, shape(f)]),
  );
  const before = new Map(
    (base.boundaries.ebene1?.features ?? []).map((f) => [f.properties.schluessel as string, km2(f)]),
  );
  const table = new Map<string, { jahr: number; wert: number }>();
  for (const o of base.observations)
    if (
      o.indikator === 'flaeche_km2' &&
      !o.prognose &&
      o.wert !== null &&
      (table.get(o.gebiet)?.jahr ?? 0) < o.jahr
    )
      table.set(o.gebiet, { jahr: o.jahr, wert: o.wert });
  let features: GeoJSON.Feature[] = [];
  try {
    features = (JSON.parse(layer.grenzen.ebenen.ebene1 ?? '') as GeoJSON.FeatureCollection).features;
  } catch {
    // Reported by the package's checks on the merged files.
  }
  const after = new Map(features.map((f) => [String(f.properties?.schluessel), km2(f)]));
  const newShapes = new Map(features.map((f) => [String(f.properties?.schluessel), shape(f)]));
  const overlap = (k: string) => {
    const a = oldShapes.get(k);
    const b = newShapes.get(k);
    if (!a || !b) return undefined;
    try {
      const u = multiPolygonAreaM2(union(a, b));
      return u > 0 ? multiPolygonAreaM2(intersection(a, b)) / u : undefined;
    } catch {
      return undefined; // A ring the clipping cannot handle: the package's checks name it.
    }
  };
  return [...new Set([...before.keys(), ...after.keys()])].sort().map((gebiet) => ({
    gebiet,
    vorherKm2: before.get(gebiet),
    nachherKm2: after.get(gebiet),
    tabelleKm2: table.get(gebiet)?.wert,
    uebereinstimmung: overlap(gebiet),
  }));
}

/** Facilities per category before and after, for the categories the user's lists replace. */
export interface FacilityDiff {
  kategorie: string;
  vorher: number;
  /** Of those before, how many were sample points. */
  vorherBeispiel: number;
  nachher: number;
}

export function diffFacilities(base: DataPackage, merged: DataPackage, layer: ImportLayer): FacilityDiff[] {
  return (layer.einrichtungen?.kategorien ?? []).map((kategorie) => {
    const before = base.facilities.filter((f) => f.properties.kategorie === kategorie);
    return {
      kategorie,
      vorher: before.length,
      vorherBeispiel: before.filter((f) => f.properties.lage === 'beispiel').length,
      nachher: merged.facilities.filter((f) => f.properties.kategorie === kategorie).length,
    };
  });
}

/** What the layer changes in one Ortsteil, over all indicators and years (the map of changes). */
export interface AreaDiff {
  gebiet: string;
  ersetztBeispiel: number;
  ersetzt: number;
  neu: number;
  zeichen: number;
  /** Change of its area in km² by new boundaries (undefined: boundaries not replaced). */
  flaecheKm2?: number | undefined;
}

/** Per Ortsteil of the package (or of the new boundaries), the counts of the layer's changes. */
export function diffAreas(base: DataPackage, layer: ImportLayer, boundaries: BoundaryDiff[]): AreaDiff[] {
  const c = changes(base);
  const out = new Map<string, AreaDiff>();
  const of = (gebiet: string) => {
    let d = out.get(gebiet);
    if (!d) out.set(gebiet, (d = { gebiet, ersetztBeispiel: 0, ersetzt: 0, neu: 0, zeichen: 0 }));
    return d;
  };
  for (const a of base.areas) if (a.ebene === 'ebene1') of(a.schluessel);
  for (const v of layer.werte) {
    if (!out.has(v.gebiet)) continue; // Stadtteil values (published sums) are not on the Ortsteil map.
    of(v.gebiet)[c.of(v)]++;
  }
  for (const b of boundaries)
    if (out.has(b.gebiet) && b.vorherKm2 !== undefined && b.nachherKm2 !== undefined)
      of(b.gebiet).flaecheKm2 = b.nachherKm2 - b.vorherKm2;
  return [...out.values()];
}
