import type { Language } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';
import type { BoundaryFeature } from '../../data/schemas.ts';
import { polygonShapefileZip, type Attributes } from '../../data/export/shapefile.ts';
import type { Choropleth } from '../choropleth.ts';
import type { ReportTable } from './mapTable.ts';

/**
 * The current level with its values as geodata: each area's boundary with the table's row as
 * attributes (the same values, class, status and source as the CSV), as GeoJSON in WGS84
 * (RFC 7946) and as a zipped Shapefile in EPSG:25832 for the GIS office.
 */
const FIELDS = ['name', 'schluessel', 'ebene', 'kennzahl', 'einheit', 'jahr', 'wert'] as const;
const TAIL = ['klasse', 'grenzen', 'rang', 'status', 'zeichen', 'quelle'] as const;

/** Attribute names for the table's columns (≤ 10 characters, for the .dbf as well). */
export function attributeNames(table: ReportTable): string[] {
  const extra = table.header.length - FIELDS.length - TAIL.length;
  return [...FIELDS, ...(extra === 2 ? ['wert2', 'einheit2'] : []), ...TAIL];
}

function featuresWithValues(
  table: ReportTable,
  features: readonly BoundaryFeature[],
): { properties: Attributes; geometry: BoundaryFeature['geometry'] }[] {
  const names = attributeNames(table);
  const byKey = new Map(features.map((f) => [f.properties.schluessel, f]));
  return table.rows.flatMap((row) => {
    const f = byKey.get(String(row[1]) as BoundaryFeature['properties']['schluessel']);
    if (!f) return [];
    const properties: Attributes = {};
    names.forEach((n, i) => (properties[n] = row[i] ?? null));
    return [{ properties, geometry: f.geometry }];
  });
}

export function valuesGeoJson(
  model: Model,
  ch: Choropleth,
  table: ReportTable,
  features: readonly BoundaryFeature[],
  lang: Language,
): string {
  const collection = {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946 § 6.1): what the file holds and where it comes from.
    name: `${ch.indicator.id}_${ch.year}`,
    spalten: Object.fromEntries(attributeNames(table).map((n, i) => [n, table.header[i]])),
    hinweise: table.notes,
    sprache: lang,
    gebiet: model.manifest.gebiet.de.name,
    features: featuresWithValues(table, features).map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: f.geometry,
    })),
  };
  return JSON.stringify(collection);
}

export function valuesShapefile(
  table: ReportTable,
  features: readonly BoundaryFeature[],
  name: string,
): Uint8Array {
  return polygonShapefileZip(
    name,
    featuresWithValues(table, features).map((f) => ({
      properties: { ...f.properties, quelle: String(f.properties.quelle ?? '').slice(0, 254) },
      geometry: f.geometry,
    })),
  );
}
