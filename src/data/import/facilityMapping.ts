import * as z from 'zod/mini';
import { CATEGORIES } from '../../domain/supply/categories.ts';

/**
 * The answers to the mapping questions for a facility list (saved in the Zuordnung), and a
 * facility as the Datenwerkstatt keeps it in its layer. Kept apart from the reading code (which
 * needs proj4), so the stored layer is validated without it.
 */
export const facilityMappingSchema = z.object({
  kategorie: z.string(),
  /** The file's category words (as written) → a category, or '' to skip those rows. */
  kategorien: z.record(z.string(), z.union([z.enum(CATEGORIES), z.literal('')])),
  name: z.string(),
  eroeffnet: z.optional(z.string()),
  geschlossen: z.optional(z.string()),
  x: z.optional(z.string()),
  y: z.optional(z.string()),
  /** CRS of the coordinate columns; `auto`: from the coordinate range. */
  crs: z.optional(z.string()),
  /** How exactly the points are placed: at the address, or estimated. */
  lage: z.enum(['adresse', 'geschaetzt']),
});
export type FacilityMapping = z.infer<typeof facilityMappingSchema>;

export const importedFacilitySchema = z.object({
  kategorie: z.enum(CATEGORIES),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  eroeffnet: z.nullable(z.int()),
  geschlossen: z.nullable(z.int()),
  lage: z.enum(['adresse', 'geschaetzt']),
  herkunft: z.object({ datei: z.string(), ort: z.string(), feld: z.string() }),
});
export type ImportedFacility = z.infer<typeof importedFacilitySchema>;
