import { multiPolygonAreaM2 } from '../../domain/geo/area.ts';
import { obsKey } from '../package.ts';
import type { BoundaryFeature } from '../schemas.ts';
import { difference, union, type MultiPolygon } from '../import/geo/polygon.ts';
import type { ValueContext } from './context.ts';

const multi = (g: BoundaryFeature['geometry']) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygon;
const km2 = (m: MultiPolygon) => multiPolygonAreaM2(m) / 1e6;
const fmt = (v: number, digits = 2) => v.toLocaleString('de-DE', { maximumFractionDigits: digits });

/** The area table may differ from the geometry by rounding and generalisation: 5 %, at least 0.05 km². */
const AREA_TOLERANCE = 0.05;
const AREA_MIN_KM2 = 0.05;
/**
 * Uncovered or outside pieces smaller than this (km²) are generalisation along the outline (a
 * boundary simplified to half its vertices leaves slivers of about 0.1 km²), not a missing block.
 */
const OUTLINE_TOLERANCE_KM2 = 0.2;

/**
 * Each finest area's geometry against the area table (`flaeche_km2`): the latest observed year that
 * differs (surveyed and schematic boundaries; not those derived from addresses).
 */
export function checkAreas({ pkg, issues, values }: ValueContext): void {
  const years = [
    ...new Set(
      pkg.observations.filter((o) => o.indikator === 'flaeche_km2' && !o.prognose).map((o) => o.jahr),
    ),
  ].sort((a, b) => b - a);
  // Boundaries derived from address points are placed to ± their stated accuracy; their areas are
  // shown beside the table's in the Datenwerkstatt, not held to it.
  if (pkg.boundaries.ebene1?.herleitung === 'adresspunkte') return;
  for (const f of pkg.boundaries.ebene1?.features ?? []) {
    const key = f.properties.schluessel;
    const geom = km2(multi(f.geometry));
    for (const year of years) {
      const table = values.get(obsKey(key, 'flaeche_km2', year));
      if (table === undefined) continue;
      const off = Math.abs(geom - table);
      if (off <= AREA_MIN_KM2 || off <= AREA_TOLERANCE * table) continue;
      issues.add(
        pkg.files.ebene1!,
        `Fläche der Geometrie ${fmt(geom)} km² weicht um ${fmt((off / table) * 100, 0)} % von der Flächentabelle ab (${fmt(table)} km², ${year})`,
        `Feature ${key}`,
        'geometry',
      );
      break;
    }
  }
}

/**
 * The finest level against the territory's outline: no part of the territory outside every area
 * (a gap), no area beyond the outline. Each is told with its area and where its largest piece is.
 */
export function checkOutline({ pkg, issues }: ValueContext): void {
  const outline = pkg.outline?.features[0];
  const parts = pkg.boundaries.ebene1?.features ?? [];
  if (!outline || parts.length === 0) return;
  let all: MultiPolygon;
  let gaps: MultiPolygon;
  let outside: MultiPolygon;
  try {
    all = union(...parts.map((f) => multi(f.geometry)));
    const city = multi(outline.geometry);
    gaps = difference(city, all);
    outside = difference(all, city);
  } catch (e) {
    issues.add(pkg.files.ebene1!, `Geometrie nicht verschneidbar (${(e as Error).message})`);
    return;
  }
  const report = (pieces: MultiPolygon, what: string) => {
    const sizes = pieces.map((p) => ({ p, a: km2([p]) })).filter((x) => x.a >= OUTLINE_TOLERANCE_KM2);
    if (sizes.length === 0) return;
    const total = sizes.reduce((s, x) => s + x.a, 0);
    const largest = sizes.reduce((a, b) => (b.a > a.a ? b : a));
    const [lon, lat] = largest.p[0]![0]!;
    issues.add(
      pkg.files.ebene1!,
      `${fmt(total)} km² ${what} (${sizes.length} Stück, das größte mit ${fmt(largest.a)} km² bei ${lon.toFixed(4)}, ${lat.toFixed(4)})`,
      undefined,
      'geometry',
    );
  };
  const names = pkg.manifest.ebenen[0]!.namen.de;
  report(gaps, `${pkg.manifest.gebiet.de.genitiv} liegen in keinem Gebiet der Ebene „${names.one}“`);
  report(outside, `der ${names.many} liegen außerhalb ${pkg.manifest.gebiet.de.genitiv}`);
}
