import type { Address } from '../addresses.ts';
import { importOfficial, type ImportOptions, type ImportResult } from './boundaries.ts';
import { mapMulti, toMetric, toWgs84 } from './crs.ts';
import { geometryOf } from './geojson.ts';
import type { MultiPolygon } from './polygon.ts';
import { voronoiAreas, type BorderAccuracy } from './voronoi.ts';

/** Vertices closer than this to the line of their neighbours are dropped (the cells' zigzag). */
export const SIMPLIFY_M = 10;

export interface DerivedBoundaries extends ImportResult {
  /** How exactly the borders are placed, overall (metres). */
  accuracy?: BorderAccuracy;
}

const m = (v: number) => Math.round(v);

/**
 * Ortsteil boundaries from address points: the Voronoi cells of the addresses, dissolved by their
 * Ortsteil key and clipped to the territory's outline (see voronoi.ts), simplified on shared arcs,
 * then checked and written exactly as an imported boundary file (keys, overlaps, gaps, Stadtteile
 * and Stadtbezirke dissolved) — marked Näherung "aus Adresspunkten" with the accuracy stated.
 */
export async function boundariesFromAddresses(o: {
  datei: string;
  addresses: readonly Address[];
  /** The territory's outline in WGS84. */
  outline: MultiPolygon;
  areas: { schluessel: string; ebene: string; name: string; eltern: string }[];
  levels: ImportOptions['levels'];
  quelle: string;
}): Promise<DerivedBoundaries> {
  const territory = mapMulti(o.outline, toMetric);
  const derived = voronoiAreas(
    o.addresses.map((a) => {
      const [x, y] = toMetric([a.lon, a.lat]);
      return { x, y, key: a.key };
    }),
    territory,
  );
  const fc: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [...derived.areas].map(([key, area]) => ({
      type: 'Feature',
      properties: { schluessel: key },
      geometry: geometryOf(mapMulti(area, toWgs84)),
    })),
  };
  const acc = derived.overall;
  const result = await importOfficial({
    fileName: o.datei,
    bytes: new Uint8Array(),
    keepPercent: 100,
    keyField: 'schluessel',
    read: { fc, crs: 'EPSG:25832 (Adresspunkte, Grenzen daraus abgeleitet)' },
    areas: o.areas,
    levels: o.levels,
    quelle: o.quelle,
    derived: {
      methode:
        `Näherung aus ${o.addresses.length} Adresspunkten (${o.datei}) abgeleitet: die Voronoi-Zelle jeder Adresse, ` +
        `nach dem Schlüssel der ${o.levels[0]?.namen.one ?? 'Gebiete'} zusammengefasst und auf den Umriss des Gebiets zugeschnitten, topologisch vereinfacht ` +
        `(Toleranz ${SIMPLIFY_M} m; gemeinsame Grenzen bleiben deckungsgleich). Lage der Grenzen etwa ± ${m(acc.median)} m ` +
        `(Median), an neun von zehn Stellen ± ${m(acc.p90)} m: der halbe Abstand zwischen benachbarten Adressen ` +
        `verschiedener ${o.levels[0]?.namen.many ?? 'Gebiete'}.`,
      attribution: o.datei,
      members: { herleitung: 'adresspunkte', genauigkeit_m: m(acc.median), genauigkeit_m_p90: m(acc.p90) },
      properties: (k) => {
        const a = derived.accuracy.get(k);
        return a ? { genauigkeit_m: m(a.median), genauigkeit_m_p90: m(a.p90) } : {};
      },
      intervalM: SIMPLIFY_M,
    },
  });
  if (derived.conflicts > 0)
    result.notices.push(
      `${derived.conflicts} Punkte mit Adressen verschiedener ${o.levels[0]?.namen.many ?? 'Gebiete'} an derselben Stelle (die Zelle gehört der ersten)`,
    );
  if (result.errors.length === 0)
    result.notices.push(
      `Grenzen aus Adresspunkten abgeleitet: etwa ± ${m(acc.median)} m (Median), ± ${m(acc.p90)} m an neun von zehn Stellen`,
    );
  return { ...result, accuracy: acc };
}
