import * as z from 'zod/mini';
import { MAP_LEVELS } from '../../domain/levels.ts';
import { STAT_SYMBOLS } from '../../domain/symbols.ts';
import { indicatorSchema } from '../schemas.ts';
import { CATEGORIES } from '../../domain/supply/categories.ts';
import { importedFacilitySchema } from './facilityMapping.ts';
import { mappingFileSchema, provenanceSchema } from './mapping.ts';

/**
 * The user's own data as the Datenwerkstatt keeps it (IndexedDB) and merges it into the package:
 * the values read from their files, with where each came from, the source they named, new
 * catalogue entries, replacement boundaries, and the mapping that produced them. It is
 * validated when read back like every file that enters the app.
 */
export const LAYER_FORMAT = 'qx-eigene-daten/1';
export const LAYER_SOURCE_ID = 'eigene-daten';

const herkunftSchema = z.object({ datei: z.string(), ort: z.string(), feld: z.string() });
export const importedValueSchema = z.object({
  gebiet: z.string().check(z.regex(/^\d{1,12}$/)),
  indikator: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  jahr: z.int().check(z.minimum(1950), z.maximum(2100)),
  wert: z.optional(z.number().check(z.refine(Number.isFinite))),
  zeichen: z.optional(z.enum(STAT_SYMBOLS)),
  herkunft: herkunftSchema,
});

export const layerSchema = z.object({
  format: z.literal(LAYER_FORMAT),
  erstellt: z.string(),
  dateien: z.array(z.string()),
  quelle: provenanceSchema,
  werte: z.array(importedValueSchema).check(z.maxLength(2_000_000)),
  neueIndikatoren: z.array(indicatorSchema),
  /**
   * Replacement boundaries as the boundary import writes them (GeoJSON text per level slot, WGS84;
   * the coarser levels dissolved from the finest), checked by the package's rules.
   */
  grenzen: z.optional(
    z.union([
      z.object({ datei: z.string(), ebenen: z.partialRecord(z.enum(MAP_LEVELS), z.string()) }),
      // A layer kept before the levels came from the manifest (three named files): the same by slot.
      z.pipe(
        z.object({
          datei: z.string(),
          ortsteile: z.string(),
          stadtteile: z.string(),
          stadtbezirke: z.string(),
        }),
        z.transform((g) => ({
          datei: g.datei,
          ebenen: { ebene1: g.ortsteile, ebene2: g.stadtteile, ebene3: g.stadtbezirke },
        })),
      ),
    ]),
  ),
  /**
   * Facilities from the city's own lists: they replace the package's facilities of the categories
   * they cover (a list of all Kitas replaces the sample Kitas); other categories stay.
   */
  einrichtungen: z.optional(
    z.object({
      dateien: z.array(z.string()),
      kategorien: z.array(z.enum(CATEGORIES)),
      features: z.array(importedFacilitySchema).check(z.maxLength(200_000)),
    }),
  ),
  /**
   * Building addresses (ALKIS Gebäudeadressen): the finder's index in the package, and each imported
   * facility at an address takes the Ortsteil of its nearest one. `eintraege`: [key, street,
   * number]; `lagen`: their [lon, lat] (not in a published package, whose index has no positions).
   */
  adressen: z.optional(
    z.object({
      datei: z.string(),
      eintraege: z.array(z.tuple([z.string(), z.string(), z.string()])).check(z.maxLength(500_000)),
      lagen: z.optional(z.array(z.tuple([z.number(), z.number()])).check(z.maxLength(500_000))),
    }),
  ),
  zuordnung: mappingFileSchema,
  hinweise: z.array(z.string()),
});
export type ImportLayer = z.infer<typeof layerSchema>;
