import * as z from 'zod/mini';
import { SLIDE_PARTS } from '../domain/deck/deck.ts';
import { MAP_LEVELS } from '../domain/levels.ts';
import { areaKeySchema } from './schemas.ts';

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
/** A level's names: one and many, per language. */
const levelNames = z.object({
  de: z.object({ one: text, many: text }),
  en: z.object({ one: text, many: text }),
});
/** The territory in the phrases the texts need: "Bremerhaven", "in Bremerhaven", "Bremerhavens". */
const territoryNames = z.object({ name: text, in: text, genitiv: text });

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  gebiet: z.object({
    /** Stadt, Landkreis, Gemeinde … (shown where the kind matters). */
    art: bilingual,
    de: territoryNames,
    en: territoryNames,
  }),
  /** The app's title on this package ("Quartiersexplorer Bremerhaven"). */
  titel: bilingual,
  /**
   * The map levels, finest first (one to three; the territory itself is the root above them).
   * `ebene` is the level's slot in the package files (gebiete.csv `ebene`, the boundary file);
   * `url` the word `ebene=` takes in a link, `urlAuch` further words links may use.
   */
  ebenen: z
    .array(
      z.object({
        ebene: z.enum(MAP_LEVELS),
        url: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,30}$/, 'URL-Wort: Kleinbuchstaben, Ziffern, -')),
        urlAuch: z.optional(z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,30}$/)))),
        namen: levelNames,
      }),
    )
    .check(z.minLength(1), z.maxLength(MAP_LEVELS.length)),
  /** The root's level name ("Stadt", "Landkreis"). */
  gesamt: levelNames,
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
  ebenen: MAP_LEVELS.map((ebene, i) => ({
    ebene,
    url: ebene,
    namen: {
      de: { one: `Ebene ${i + 1}`, many: `Ebene ${i + 1}` },
      en: { one: `Level ${i + 1}`, many: `Level ${i + 1}` },
    },
  })),
  gesamt: {
    de: { one: 'Gesamtgebiet', many: 'Gesamtgebiete' },
    en: { one: 'Whole area', many: 'Whole areas' },
  },
  vergleich: [],
  praesentation: {
    titel: same('Überblick', 'Overview'),
    folien: [{ titel: same('Karte', 'Map'), notiz: same(''), ansicht: 'ansicht=karte' }],
  },
  ausschnitt: [-180, -85, 180, 85],
  herausgeber: [],
  namensnennung: [],
};
