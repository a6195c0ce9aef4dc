import { CATEGORIES } from '../domain/supply/categories.ts';
import * as z from 'zod/mini';
import { de } from 'zod/locales';
import { STATUSES, type AreaKey, type IndicatorId, type SourceId, type Year } from '../domain/ids.ts';
import type { Level } from '../domain/levels.ts';
import { STAT_SYMBOLS } from '../domain/symbols.ts';
import { DECIMAL } from './text.ts';

/**
 * Schemas for every file of the data package. The app, `npm run data:check` and the import tools all
 * parse through these, so a file is validated once, at the boundary, the same way everywhere.
 * Field names are German (the package is maintained by the Sozialplanung); messages name the field.
 */
// zod's own messages (a wrong type, a missing field) in German, like every message of the package.
// jitless: zod never probes `new Function` (the app runs under a CSP without unsafe-eval).
z.config({ ...de(), jitless: true });

export const areaKeySchema = z.pipe(
  z
    .string()
    .check(z.regex(/^\d{1,12}$/, 'Gebietsschlüssel: 1–12 Ziffern (wie im Paket, z. B. 215 oder 13072001)')),
  z.transform((s) => s as AreaKey),
);
export const indicatorIdSchema = z.pipe(
  z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'Indikator-ID: Kleinbuchstaben, Ziffern und _')),
  z.transform((s) => s as IndicatorId),
);
export const sourceIdSchema = z.pipe(
  z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'Quellen-ID: Kleinbuchstaben, Ziffern, - und _')),
  z.transform((s) => s as SourceId),
);
/** A CSV cell that must hold something: an empty cell is never read as 0 or as a default. */
const filled = (what: string) =>
  z.string().check(z.minLength(1, { error: `${what} fehlt (leere Zelle)`, abort: true }));

/** A year in a CSV cell: four digits (not `2018.0`, not ` 2018`). */
export const yearSchema = z.pipe(
  z.pipe(
    filled('Jahr').check(
      z.regex(/^\d{4}$/, { error: 'Jahr muss eine Zahl sein (vierstellig, z. B. 2018)', abort: true }),
    ),
    z.transform((s: string) => Number(s)),
  ),
  z.pipe(
    z.number().check(z.minimum(1990, 'Jahr vor 1990'), z.maximum(2050, 'Jahr nach 2050')),
    z.transform((n) => n as Year),
  ),
);

/** A value in a CSV cell: a decimal with a point (src/data/text.ts); an empty cell is a problem. */
export const decimalSchema = z.pipe(
  filled('Wert').check(
    z.regex(
      DECIMAL,
      'Wert muss eine Zahl sein (Dezimalpunkt), z. B. 0.206 oder -3: kein Komma, kein +, kein Exponent',
    ),
  ),
  z.transform((s: string) => Number(s)),
);
/** A level's word (gebiete.csv `ebene`, a boundary file's `ebene`): one of the manifest's ids. */
export const levelWordSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,30}$/, 'Ebene: ein Wort aus paket.json'));
export const statusSchema = z.enum(STATUSES);

/**
 * data/gebiete.csv as written. `ebene` is a level's id from the manifest; the package reader maps it
 * to its slot (AreaRow) and checks key lengths and nesting against the manifest (checks/registry).
 */
export const areaRowSchema = z.object({
  schluessel: areaKeySchema,
  ebene: levelWordSchema,
  name: z.string().check(z.minLength(1, 'Name fehlt')),
  name_en: z.string().check(z.minLength(1, 'englischer Name fehlt')),
  eltern: z.union([z.literal(''), areaKeySchema]),
  quelle: sourceIdSchema,
});
/** A row of gebiete.csv with its level as a slot (domain/levels.ts). */
export type AreaRow = Omit<z.infer<typeof areaRowSchema>, 'ebene'> & { ebene: Level };

/** data/quellen.json */
export const sourceSchema = z.object({
  id: sourceIdSchema,
  titel: z.string().check(z.minLength(1)),
  /** The title in English where the package wrote it itself; outside publications keep their own. */
  titel_en: z.optional(z.string().check(z.minLength(1))),
  /** The app's own sources also in the community languages; outside publications keep their title. */
  titel_ar: z.optional(z.string().check(z.minLength(1))),
  titel_bg: z.optional(z.string().check(z.minLength(1))),
  titel_tr: z.optional(z.string().check(z.minLength(1))),
  titel_uk: z.optional(z.string().check(z.minLength(1))),
  herausgeber: z.string().check(z.minLength(1)),
  url: z.union([z.url(), z.literal('')]),
  gelesen_in: z.optional(z.union([z.url(), z.literal('')])),
  lizenz: z.string().check(z.minLength(1)),
  stichtag: z.string().check(z.minLength(1)),
  status: statusSchema,
  hinweis: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.object({ quellen: z.array(sourceSchema).check(z.minLength(1)) });

const forecastSchema = z.pipe(
  z.enum(['0', '1'], { error: 'prognose muss 0 oder 1 sein' }),
  z.transform((s) => s === '1'),
);

/**
 * data/beobachtungen.csv: one value per area, indicator and year (long format). The optional
 * column `zeichen` holds a statistical symbol (– . x / …) in place of a value: then `wert` is
 * empty; a row with neither is a problem (an empty cell is never a number).
 */
export const observationRowSchema = z.object({
  gebiet: areaKeySchema,
  indikator: indicatorIdSchema,
  jahr: yearSchema,
  wert: decimalSchema,
  quelle: sourceIdSchema,
  prognose: forecastSchema,
  zeichen: z.optional(z.literal('', 'Wert und Zeichen zugleich: bei einem Zeichen bleibt wert leer')),
});
export type Observation = Omit<z.infer<typeof observationRowSchema>, 'zeichen'>;

/** A row of data/beobachtungen.csv with a symbol instead of a value (see observationRowSchema). */
export const symbolRowSchema = z.object({
  gebiet: areaKeySchema,
  indikator: indicatorIdSchema,
  jahr: yearSchema,
  wert: z.literal(''),
  quelle: sourceIdSchema,
  prognose: forecastSchema,
  zeichen: z.enum(STAT_SYMBOLS, { error: 'Zeichen muss eines von – . x / … sein' }),
});
export type SymbolObservation = Omit<z.infer<typeof symbolRowSchema>, 'wert'>;

/** How an indicator is derived and aggregated from Ortsteile to Stadtteil, Stadtbezirk and city. */
export const aggregationSchema = z.discriminatedUnion('art', [
  /** A stored count or area: summed. */
  z.object({ art: z.literal('summe') }),
  /** A count derived as the sum of other counts (e.g. 65+ = 65–79 + 80+, both sexes). */
  z.object({ art: z.literal('summe_aus'), teile: z.array(indicatorIdSchema).check(z.minLength(1)) }),
  /** numerator / denominator × factor, both recomputed from summed counts — never averaged. */
  z.object({
    art: z.literal('verhaeltnis'),
    zaehler: indicatorIdSchema,
    nenner: indicatorIdSchema,
    faktor: z.number().check(z.positive()),
  }),
  /** A mean weighted by a count (e.g. average age weighted by population). */
  z.object({ art: z.literal('mittel'), gewicht: indicatorIdSchema }),
  /** Relative change of a count over n years: sum(now) / sum(n years before) − 1. */
  z.object({ art: z.literal('veraenderung'), basis: indicatorIdSchema, jahre: z.int().check(z.positive()) }),
]);
export type Aggregation = z.infer<typeof aggregationSchema>;

export const UNITS = ['personen', 'anteil', 'km2', 'je_km2', 'je_100', 'je_1000', 'jahre', 'anzahl'] as const;

export const indicatorSchema = z.object({
  id: indicatorIdSchema,
  label_de: z.string().check(z.minLength(1)),
  label_en: z.string().check(z.minLength(1)),
  /** The community languages' labels (optional: without one, the German label is shown). */
  label_ar: z.optional(z.string().check(z.minLength(1))),
  label_bg: z.optional(z.string().check(z.minLength(1))),
  label_tr: z.optional(z.string().check(z.minLength(1))),
  label_uk: z.optional(z.string().check(z.minLength(1))),
  beschreibung_de: z.string().check(z.minLength(1)),
  beschreibung_en: z.string().check(z.minLength(1)),
  einheit: z.enum(UNITS),
  gruppe: z.string().check(z.minLength(1)),
  polaritaet: z.enum(['hoeher_besser', 'hoeher_schlechter', 'neutral']),
  aggregation: aggregationSchema,
  dezimalen: z.int().check(z.minimum(0), z.maximum(3)),
  /**
   * Small-number rule: a ratio is suppressed ("unterdrückt") when its denominator is below
   * `min_nenner`; a count below `min_anzahl` is shown as "·"; a mean is suppressed when its weight
   * is below `min_gewicht`.
   */
  kleinzahl: z.object({
    min_nenner: z.optional(z.int().check(z.positive())),
    min_anzahl: z.optional(z.int().check(z.positive())),
    min_gewicht: z.optional(z.int().check(z.positive())),
  }),
  /** A building block of other indicators (e.g. covered persons): not offered in pickers. */
  hilfsgroesse: z.optional(z.boolean()),
  pyramide: z.optional(
    z.object({ geschlecht: z.enum(['w', 'm']), altersband: z.string().check(z.regex(/^\d+_(\d+|plus)$/)) }),
  ),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const catalogueSchema = z.object({
  gruppen: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      label_de: z.string().check(z.minLength(1)),
      label_en: z.string().check(z.minLength(1)),
      label_ar: z.optional(z.string().check(z.minLength(1))),
      label_bg: z.optional(z.string().check(z.minLength(1))),
      label_tr: z.optional(z.string().check(z.minLength(1))),
      label_uk: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
  indikatoren: z.array(indicatorSchema).check(z.minLength(1)),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** The facility categories, as the supply modules define them. */
export const FACILITY_CATEGORIES = CATEGORIES;
export type FacilityCategory = (typeof FACILITY_CATEGORIES)[number];

const lonLat = z.tuple([
  z.number().check(z.minimum(-180), z.maximum(180)),
  z.number().check(z.minimum(-90), z.maximum(90)),
]);

/** data/einrichtungen.geojson: one point per facility, open or closed. */
export const facilityFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().check(z.minLength(1)),
    geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
    properties: z.object({
      kategorie: z.enum(FACILITY_CATEGORIES),
      name: z.string().check(z.minLength(1)),
      /** Year opened; null = before the observation period / unknown. */
      eroeffnet: z.nullable(
        z.int().check(z.minimum(1800, 'Jahr vor 1800'), z.maximum(2050, 'Jahr nach 2050')),
      ),
      /** Year closed; null = still open. */
      geschlossen: z.nullable(
        z.int().check(z.minimum(1800, 'Jahr vor 1800'), z.maximum(2050, 'Jahr nach 2050')),
      ),
      quelle: sourceIdSchema,
      /** How exactly the point is placed: at an address, estimated within its quartier, or sample. */
      lage: z.enum(['adresse', 'geschaetzt', 'beispiel']),
      hinweis: z.optional(z.string()),
      /**
       * The finest area of the nearest building address (set where address points were imported);
       * `ortsteil` is the name packages made before the levels came from the manifest.
       */
      gebiet: z.optional(areaKeySchema),
      ortsteil: z.optional(areaKeySchema),
    }),
  })
  .check(
    z.refine(
      (f) =>
        f.properties.geschlossen === null ||
        f.properties.eroeffnet === null ||
        f.properties.geschlossen >= f.properties.eroeffnet,
      {
        message: 'geschlossen liegt vor eroeffnet',
        path: ['properties', 'geschlossen'],
      },
    ),
  );
export type FacilityFeature = z.infer<typeof facilityFeatureSchema>;
export const facilitiesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  quelle: z.optional(z.string()),
  features: z.array(z.unknown()),
});

/** public/geo/*.geojson: boundaries with the official key on every feature. */
const ring = z.array(lonLat).check(z.minLength(4, 'Ring mit weniger als 4 Punkten'));
export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ schluessel: areaKeySchema, name: z.string().check(z.minLength(1)) }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
    }),
  ]),
});
export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>;
export const boundaryFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  ebene: levelWordSchema,
  genauigkeit: z.enum(['amtlich', 'naeherung']),
  quelle: sourceIdSchema,
  methode: z.string().check(z.minLength(1)),
  attribution: z.string().check(z.minLength(1)),
  /** How approximate boundaries were made: `adresspunkte` (derived from building addresses). */
  herleitung: z.optional(z.enum(['schematisch', 'adresspunkte'])),
  /** Derived boundaries: the border's placement, ± metres (median and 90th percentile). */
  genauigkeit_m: z.optional(z.number().check(z.nonnegative())),
  genauigkeit_m_p90: z.optional(z.number().check(z.nonnegative())),
  /** The package has an address index (geo/adressen.json) with this many addresses. */
  adressen: z.optional(z.int().check(z.positive())),
  /** The package has the addresses' positions (geo/adresspunkte.json) with this many points. */
  adresspunkte: z.optional(z.int().check(z.positive())),
  features: z.array(z.unknown()),
});
