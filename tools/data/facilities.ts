import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/data/csv.ts';
import { writeFeatureCollection } from '../../src/data/import/geo/geojson.ts';
import {
  multiContains,
  ringCentroid,
  type MultiPolygon,
  type Position,
} from '../../src/data/import/geo/polygon.ts';
import { seededRandom } from './random.ts';

export interface Spec {
  kategorie: string;
  name: string;
  /** Facilities per 10,000 residents (assumed), and yearly closure and opening rates 2014–2024. */
  je10000: number;
  schliessung: number;
  eroeffnung: number;
}

export const SPECS: Spec[] = [
  {
    kategorie: 'lebensmittelmarkt',
    name: 'Lebensmittelmarkt',
    je10000: 4.5,
    schliessung: 0.015,
    eroeffnung: 0.006,
  },
  { kategorie: 'apotheke', name: 'Apotheke', je10000: 2.0, schliessung: 0, eroeffnung: 0 },
  { kategorie: 'hausarztpraxis', name: 'Hausarztpraxis', je10000: 4.5, schliessung: 0.01, eroeffnung: 0.004 },
  { kategorie: 'kita', name: 'Kita', je10000: 6.5, schliessung: 0.005, eroeffnung: 0.02 },
  { kategorie: 'grundschule', name: 'Grundschule', je10000: 1.9, schliessung: 0.003, eroeffnung: 0 },
  {
    kategorie: 'begegnungsstaette',
    name: 'Begegnungsstätte',
    je10000: 1.1,
    schliessung: 0.01,
    eroeffnung: 0.005,
  },
  { kategorie: 'jugendtreff', name: 'Jugendtreff', je10000: 1.3, schliessung: 0.012, eroeffnung: 0.005 },
  { kategorie: 'bank', name: 'Bankfiliale/Geldautomat', je10000: 3.5, schliessung: 0.04, eroeffnung: 0 },
  { kategorie: 'post', name: 'Postfiliale', je10000: 1.4, schliessung: 0.03, eroeffnung: 0.005 },
];

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: Position };
  properties: Record<string, unknown>;
}

/**
 * Facilities: the sourced ones (place and year known, point estimated within the stated quartier)
 * plus seeded sample facilities, marked `beispiel`. Constraints from the sources: Surheide has no
 * grocery left (and lost its post office), Goethestraße has exactly one grocery (a discounter),
 * Weddewarden has no community centre, Luneplate has no one; pharmacies fall from 23 (2019) to 21 (2024);
 * four GP practices close without successor between 2022 and mid-2024.
 */
export function buildFacilities(factsDir: string, ortsteileGeojson: string): string {
  const rnd = seededRandom('bremerhaven-zwk-einrichtungen');
  const geo = JSON.parse(ortsteileGeojson) as {
    features: {
      properties: { schluessel: string; name: string };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  const polys = new Map(
    geo.features.map((f) => [
      f.properties.schluessel,
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as MultiPolygon,
    ]),
  );
  const names = new Map(geo.features.map((f) => [f.properties.schluessel, f.properties.name]));
  const pop = new Map(
    parseCsv(readFileSync(join(factsDir, 'ortsteile_figures.csv'), 'utf8'))
      .rows.filter(
        (r) => r.level === 'ortsteil' && r.indicator === 'population' && r.reference_date === '2018-12-31',
      )
      .map((r) => [r.area_key!, Number(r.value)]),
  );
  const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
  const pointIn = (key: string): Position => {
    const m = polys.get(key)!;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of m)
      for (const [x, y] of poly[0]!)
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    for (;;) {
      const p: Position = [round6(x0 + rnd() * (x1 - x0)), round6(y0 + rnd() * (y1 - y0))];
      if (multiContains(m, p)) return p;
    }
  };
  const centreOf = (key: string): Position => {
    const ring = polys.get(key)![0]![0]!;
    const c = ringCentroid(ring);
    return multiContains(polys.get(key)!, c) ? [round6(c[0]), round6(c[1])] : pointIn(key);
  };
  const features: Feature[] = [];
  const add = (id: string, key: string, p: Position, props: Record<string, unknown>) =>
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: p },
      properties: { ...props, ortsteil_bei_erzeugung: key },
    });

  // Sourced facilities. Their addresses are known, but without geocoding the point is placed inside
  // the stated quartier of the schematic partition ("lage: geschaetzt").
  const real: [string, string, string, number | null, number | null, string, string][] = [
    [
      '142',
      'lebensmittelmarkt',
      'CAP-Markt Deichstraße (integrativer Supermarkt)',
      2012,
      2018,
      'nord24-cap-markt',
      'Deichstraße, Mitte; Ortsteil angenommen',
    ],
    [
      '141',
      'lebensmittelmarkt',
      'Lebensmittelmarkt im Karstadt-Gebäude',
      null,
      2014,
      'schwiebert-karstadt',
      'Innenstadt, Mitte; geschlossen 31.12.2014; Ortsteil angenommen',
    ],
    [
      '231',
      'grundschule',
      'Surheider Grundschule',
      null,
      null,
      'bub-bildungscheck-surheide',
      'Isarstraße 58',
    ],
    [
      '123',
      'begegnungsstaette',
      'BEW-Begegnungsstätte Heidjertreff',
      1981,
      null,
      'bew-begegnungsstaetten',
      'Leherheide („Waschhaus“); Ortsteil angenommen',
    ],
    [
      '215',
      'jugendtreff',
      'Kinder- und Jugendtreff im Dienstleistungszentrum Grünhöfe',
      2000,
      null,
      'mein-geestemuende-gruenhoefe',
      'DLZ Grünhöfe, eröffnet September 2000',
    ],
  ];
  real.forEach(([key, kategorie, name, eroeffnet, geschlossen, quelle, hinweis], i) =>
    add(`q${i + 1}`, key, i === 0 ? pointIn(key) : centreOf(key), {
      kategorie,
      name,
      eroeffnet,
      geschlossen,
      quelle,
      lage: 'geschaetzt',
      hinweis,
    }),
  );

  let n = 0;
  for (const spec of SPECS)
    for (const key of [...polys.keys()].sort()) {
      const e = pop.get(key) ?? 0;
      let count = Math.round((e / 10000) * spec.je10000 + (rnd() - 0.5));
      if (e === 0) count = 0;
      if (key === '231' && spec.kategorie === 'grundschule') count = 0; // the real school above
      if (key === '134' && spec.kategorie === 'lebensmittelmarkt') count = 1;
      if (key === '111' && spec.kategorie === 'begegnungsstaette') count = 0;
      if (e > 0 && e < 1000 && spec.kategorie !== 'bank') count = Math.min(count, 1);
      for (let j = 0; j < count; j++) {
        let eroeffnet: number | null = null;
        let geschlossen: number | null = null;
        for (let y = 2014; y <= 2024; y++) {
          if (geschlossen === null && rnd() < spec.schliessung) geschlossen = y;
          if (eroeffnet === null && geschlossen === null && rnd() < spec.eroeffnung) eroeffnet = y;
        }
        if (geschlossen !== null && eroeffnet !== null && eroeffnet > geschlossen) eroeffnet = null;
        if (key === '134' && spec.kategorie === 'lebensmittelmarkt') [eroeffnet, geschlossen] = [null, null];
        n++;
        add(`b${String(n).padStart(4, '0')}`, key, pointIn(key), {
          kategorie: spec.kategorie,
          name: `Beispiel: ${spec.name} ${names.get(key)} ${j + 1}`,
          eroeffnet,
          geschlossen,
          quelle: 'beispiel-generator',
          lage: 'beispiel',
        });
      }
    }
  // Surheide: grocery and post office closed (sample years; the sources only say they are gone).
  add('b-surheide-markt', '231', pointIn('231'), {
    kategorie: 'lebensmittelmarkt',
    name: 'Beispiel: Lebensmittelmarkt Surheide (geschlossen)',
    eroeffnet: null,
    geschlossen: 2016,
    quelle: 'beispiel-generator',
    lage: 'beispiel',
    hinweis: 'Quelle: kein Lebensmittelgeschäft mehr in Surheide (nord24); Schließjahr ist Beispielwert',
  });
  add('b-surheide-post', '231', pointIn('231'), {
    kategorie: 'post',
    name: 'Beispiel: Postfiliale Surheide (geschlossen)',
    eroeffnet: null,
    geschlossen: 2015,
    quelle: 'beispiel-generator',
    lage: 'beispiel',
    hinweis: 'Quelle: Post früher vorhanden (Wikipedia Surheide); Schließjahr ist Beispielwert',
  });
  for (const f of features)
    if (
      f.properties.ortsteil_bei_erzeugung === '231' &&
      f.properties.kategorie === 'lebensmittelmarkt' &&
      f.properties.geschlossen === null
    )
      f.properties.geschlossen = 2016;
  // Pharmacies: 23 open in 2019, 21 in 2024 (Senatsantwort): close sample pharmacies until that holds.
  const pharmacies = features.filter((f) => f.properties.kategorie === 'apotheke');
  pharmacies.slice(23).forEach((f) => (f.properties.geschlossen = 2017 + (pharmacies.indexOf(f) % 2)));
  pharmacies.slice(21, 23).forEach((f, i) => (f.properties.geschlossen = 2021 + i * 2));
  // GP practices: four close without successor in 2022–2024.
  const gps = features.filter(
    (f) => f.properties.kategorie === 'hausarztpraxis' && f.properties.geschlossen === null,
  );
  gps.slice(0, 4).forEach((f, i) => (f.properties.geschlossen = [2022, 2023, 2023, 2024][i]));
  return writeFeatureCollection(
    {
      quelle: 'beispiel-generator',
      hinweis: 'Einrichtungen; lage=beispiel: Beispielwerte, keine realen Standorte',
    },
    features.map((f) => ({ ...f, properties: { ...f.properties, ortsteil_bei_erzeugung: undefined } })),
  );
}
