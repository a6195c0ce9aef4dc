import * as z from 'zod/mini';
import { SLIDE_PARTS } from '../domain/deck/deck.ts';
import { MAP_LEVELS } from '../domain/levels.ts';
import { areaKeySchema } from './schemas.ts';
import { TILE_FILE } from './files.ts';

/**
 * data/paket.json: what makes a package a territory's — its name in the phrases the texts need,
 * its levels from finest to coarsest with their names and URL words, the reference areas, the
 * default comparison and deck, the first map extent, publishers and attribution. Everything the
 * views say about "the city" or "an Ortsteil" comes from here, so another Kommune runs the same
 * code on its own package. Validated like every file.
 */
export const MANIFEST_FORMAT = 'qx-paket/1';

const text = z.string().check(z.minLength(1), z.maxLength(200));
const bilingual = z.object({ de: text, en: text });
/**
 * A level's names: one and many, per language, and optionally the in-phrase with its article
 * ("im Ortsteil", "in der Gemeinde"; without it "in Ortsteil").
 */
const names = z.object({ one: text, many: text, in: z.optional(text) });
/**
 * German and English are required; the community languages (ar, bg, tr, uk) may bring their own
 * names, else they read the German ones (domain/format.ts textIn).
 */
const levelNames = z.object({
  de: names,
  en: names,
  ar: z.optional(names),
  bg: z.optional(names),
  tr: z.optional(names),
  uk: z.optional(names),
});
/** A level's word in gebiete.csv and in links. */
const word = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,30}$/, 'Wort: Kleinbuchstaben, Ziffern, - (höchstens 31)'));
/** A boundary file of the package, as a path on the site (`geo/ortsteile.geojson`). */
const geoFile = z
  .string()
  .check(
    z.regex(
      /^geo\/[a-z0-9][a-z0-9_-]{0,60}\.geojson$/,
      'Datei: geo/<name>.geojson (Kleinbuchstaben, Ziffern, - und _)',
    ),
  );
/**
 * The same boundaries as vector tiles (PMTiles, site path): for a level of thousands of areas the
 * map draws these instead of the GeoJSON (`npm run geo:kacheln` writes them; data:check compares
 * their keys with the GeoJSON's).
 */
const tileFile = z
  .string()
  .check(z.regex(TILE_FILE, 'Kacheln: geo/<name>.pmtiles (Kleinbuchstaben, Ziffern, - und _)'));
/** The territory in the phrases the texts need: "Bremerhaven", "in Bremerhaven", "Bremerhavens". */
const territoryNames = z.object({ name: text, in: text, genitiv: text });

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  gebiet: z.object({
    /** Stadt, Landkreis, Gemeinde … (shown where the kind matters). */
    art: bilingual,
    de: territoryNames,
    en: territoryNames,
    ar: z.optional(territoryNames),
    bg: z.optional(territoryNames),
    tr: z.optional(territoryNames),
    uk: z.optional(territoryNames),
  }),
  /** The app's title on this package ("Quartiersexplorer Bremerhaven"). */
  titel: bilingual,
  /**
   * The map levels, finest first (one to four; the territory itself is the root above them).
   * `id` is the level's word in gebiete.csv (`ebene`) and in links (`ebene=`), `urlAuch` further
   * words links may use; `datei` the boundary file (site path, `geo/…`), `kacheln` the same as
   * vector tiles (optional, for large levels); `stellen` the number of
   * digits of its keys (optional; required where keys nest by prefix).
   */
  ebenen: z
    .array(
      z.object({
        id: word,
        urlAuch: z.optional(z.array(word).check(z.maxLength(10))),
        datei: geoFile,
        kacheln: z.optional(tileFile),
        stellen: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
        namen: levelNames,
      }),
    )
    .check(z.minLength(1), z.maxLength(MAP_LEVELS.length)),
  /** The root: its word in gebiete.csv, its key and its names ("Stadt", "Landkreis"). */
  gesamt: z.object({ id: word, schluessel: areaKeySchema, namen: levelNames }),
  /**
   * How keys nest: `praefix` — an area's key begins with its parent's (Bremerhaven: 215 in 21 in
   * 2; checked against the `eltern` column); `eltern` — only the `eltern` column of gebiete.csv says
   * (Landkreis Rostock: the Gemeinde 13072001 lies in the Amt 130720006).
   */
  verschachtelung: z.enum(['praefix', 'eltern']),
  /** The territory's outline (site path): boundaries are checked and clipped against it. */
  umriss: geoFile,
  /**
   * Areas inside the outline that are not the territory's (Bremerhaven: the overseas port, which
   * belongs to the city of Bremen), drawn hatched (site path); none elsewhere.
   */
  aussparung: z.optional(geoFile),
  /** Reference areas with their collective name (Bremerhaven's Demografielabore); none elsewhere. */
  referenzgebiete: z.optional(
    z.object({
      name: bilingual,
      gebiete: z.array(areaKeySchema).check(z.minLength(1), z.maxLength(4)),
    }),
  ),
  /** The comparison shown without `vergleich=` (1–4 areas). */
  vergleich: z.array(areaKeySchema).check(z.minLength(1), z.maxLength(4)),
  /** The built-in deck, in both languages. */
  praesentation: z.object({
    titel: bilingual,
    folien: z
      .array(
        z.object({
          titel: bilingual,
          notiz: bilingual,
          ansicht: z.string().check(z.minLength(1), z.maxLength(2000)),
          teil: z.optional(z.enum(SLIDE_PARTS)),
        }),
      )
      .check(z.minLength(1), z.maxLength(60)),
  }),
  /** The first map view before the boundaries are read: [west, south, east, north] in WGS84. */
  ausschnitt: z.tuple([z.number(), z.number(), z.number(), z.number()]).check(
    z.refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n, {
      message: 'Ausschnitt: [West, Süd, Ost, Nord] in Grad, West < Ost und Süd < Nord',
    }),
  ),
  herausgeber: z.array(text).check(z.minLength(1)),
  namensnennung: z.array(text),
});
export type Manifest = z.infer<typeof manifestSchema>;

const same = (de: string, en = de) => ({ de, en });
/**
 * Used where a package has no valid manifest (the problem is reported): neutral words, no
 * reference areas, the first areas compared, one slide of the map.
 */
export const NEUTRAL_MANIFEST: Manifest = {
  format: MANIFEST_FORMAT,
  gebiet: {
    art: same('Gebiet', 'Area'),
    de: { name: 'Gesamtgebiet', in: 'im Gesamtgebiet', genitiv: 'des Gesamtgebiets' },
    en: { name: 'the whole area', in: 'in the whole area', genitiv: 'the whole area’s' },
  },
  titel: same('Quartiersexplorer'),
  ebenen: [
    {
      id: 'ebene',
      datei: 'geo/ebene1.geojson',
      namen: { de: { one: 'Gebiet', many: 'Gebiete' }, en: { one: 'Area', many: 'Areas' } },
    },
  ],
  gesamt: {
    id: 'gesamt',
    schluessel: areaKeySchema.parse('0'),
    namen: {
      de: { one: 'Gesamtgebiet', many: 'Gesamtgebiete' },
      en: { one: 'Whole area', many: 'Whole areas' },
    },
  },
  verschachtelung: 'eltern',
  umriss: 'geo/umriss.geojson',
  vergleich: [],
  praesentation: {
    titel: same('Überblick', 'Overview'),
    folien: [{ titel: same('Karte', 'Map'), notiz: same(''), ansicht: 'ansicht=karte' }],
  },
  ausschnitt: [-180, -85, 180, 85],
  herausgeber: [],
  namensnennung: [],
};
