import { mapMulti, toMetric, toWgs84 } from '../../src/data/import/geo/crs.ts';
import { fitPowerDiagram, type FitSite } from './fit.ts';
import type { OutlineParts } from './outline.ts';
import {
  difference,
  intersection,
  planarArea,
  snap,
  union,
  type MultiPolygon,
} from '../../src/data/import/geo/polygon.ts';
import type { Seed } from './seeds.ts';

export interface AreaInfo {
  schluessel: string;
  ebene: string;
  name: string;
  eltern: string;
}

export interface SchematicInput {
  outline: OutlineParts;
  seeds: Seed[];
  areas: AreaInfo[];
  /** Official area per Ortsteil key in km² (31.12.2018). */
  officialKm2: Map<string, number>;
}

/** Stadtteile whose water goes to one named Ortsteil (Mitte's Weser water belongs to Mitte-Süd). */
const WATER_TO: Record<string, string> = { '14': '141' };

export interface SchematicResult {
  /** Metric (EPSG:25832) geometries by key. */
  ortsteile: Map<string, MultiPolygon>;
  stadtteile: Map<string, MultiPolygon>;
  stadtbezirke: Map<string, MultiPolygon>;
  city: MultiPolygon;
  port: MultiPolygon;
  /** Seeds moved into their Stadtteil before the second level (estimated seeds only). */
  moved: string[];
  iterations: { stufe1: number; stufe2: Record<string, number> };
}

const anchored = (s: Seed) => s.herkunft !== 'geschaetzt' && s.konfidenz !== 'low';

/**
 * The schematic partition: a power diagram fitted in two levels inside the real outline (land and
 * water together, in EPSG:25832). Level 1 fits the 9 Stadtteile with all generator points; level 2
 * fits the Ortsteile inside each Stadtteil. See tools/geo/README.md for the reasoning.
 */
export function buildSchematic(input: SchematicInput): SchematicResult {
  const metric = (m: MultiPolygon) => snap(mapMulti(m, toMetric));
  const land = metric(input.outline.land);
  const water = metric(input.outline.water);
  const city = union(land, water);
  const port = union(metric(input.outline.port));
  const ortsteile = input.areas.filter((a) => a.ebene === 'ortsteil');
  const stadtteilOf = new Map(ortsteile.map((o) => [o.schluessel, o.eltern]));
  const stadtteilTargets = new Map<string, number>();
  for (const o of ortsteile)
    stadtteilTargets.set(
      o.eltern,
      (stadtteilTargets.get(o.eltern) ?? 0) + input.officialKm2.get(o.schluessel)! * 1e6,
    );

  const groupOf = (s: Seed) => (s.ebene === 'stadtteil' ? s.gebiet : stadtteilOf.get(s.gebiet)!);
  const sites1: FitSite[] = input.seeds.map((s) => ({
    p: toMetric([s.lon, s.lat]),
    group: groupOf(s),
    anchored: anchored(s),
  }));
  const level1 = fitPowerDiagram({
    region: city,
    sites: sites1,
    targets: stadtteilTargets,
    maxIterations: 400,
  });

  const result = new Map<string, MultiPolygon>();
  const moved: string[] = [];
  const stufe2: Record<string, number> = {};
  for (const [st, S] of level1.parts) {
    const members = ortsteile.filter((o) => o.eltern === st).map((o) => o.schluessel);
    if (members.length === 1) {
      result.set(members[0]!, S);
      continue;
    }
    const targets = new Map(members.map((k) => [k, input.officialKm2.get(k)! * 1e6]));
    let region = S;
    let waterPart: MultiPolygon = [];
    const waterOwner = WATER_TO[st];
    if (waterOwner) {
      // Fit on land only; the named Ortsteil's target shrinks by the Stadtteil's (scaled) water.
      region = intersection(S, land);
      waterPart = difference(S, land);
      const scale = planarArea(S) / [...targets.values()].reduce((a, b) => a + b, 0);
      targets.set(waterOwner, targets.get(waterOwner)! - planarArea(waterPart) / scale);
    }
    const sites2: FitSite[] = input.seeds
      .filter((s) => s.ebene === 'ortsteil' && stadtteilOf.get(s.gebiet) === st)
      .map((s) => ({ p: toMetric([s.lon, s.lat]), group: s.gebiet, anchored: anchored(s) }));
    const level2 = fitPowerDiagram({
      region,
      sites: sites2,
      targets,
      reassignOrphans: false,
      maxIterations: 400,
    });
    stufe2[st] = level2.iterations;
    moved.push(...level2.moved.map((m) => m.group));
    for (const [k, m] of level2.parts) result.set(k, k === waterOwner ? union(m, waterPart) : m);
  }
  // Exact partition: remove what an earlier Ortsteil already holds (floating-point slivers on shared edges).
  const keys = [...result.keys()].sort();
  const taken: MultiPolygon[] = [];
  const ortsteilGeoms = new Map<string, MultiPolygon>();
  for (const k of keys) {
    const g = taken.length ? difference(result.get(k)!, ...taken) : result.get(k)!;
    ortsteilGeoms.set(k, g);
    taken.push(g);
  }
  const stadtteile = new Map<string, MultiPolygon>();
  for (const st of new Set(ortsteile.map((o) => o.eltern)))
    stadtteile.set(
      st,
      union(...keys.filter((k) => stadtteilOf.get(k) === st).map((k) => ortsteilGeoms.get(k)!)),
    );
  const bezirkOf = new Map(
    input.areas.filter((a) => a.ebene === 'stadtteil').map((a) => [a.schluessel, a.eltern]),
  );
  const stadtbezirke = new Map<string, MultiPolygon>();
  for (const b of new Set(bezirkOf.values()))
    stadtbezirke.set(b, union(...[...stadtteile].filter(([st]) => bezirkOf.get(st) === b).map(([, g]) => g)));
  return {
    ortsteile: ortsteilGeoms,
    stadtteile,
    stadtbezirke,
    city,
    port,
    moved,
    iterations: { stufe1: level1.iterations, stufe2 },
  };
}

export const toWgs84Rounded = (m: MultiPolygon): MultiPolygon =>
  mapMulti(m, (p) => {
    const [x, y] = toWgs84(p);
    return [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
  });
