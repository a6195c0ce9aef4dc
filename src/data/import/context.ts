import type { AreaKey } from '../../domain/ids.ts';
import type { BoundaryLayer, DataPackage } from '../package.ts';
import type { Manifest } from '../manifest.ts';
import type { MultiPolygon } from './geo/polygon.ts';
import type { Indicator } from '../schemas.ts';
import type { MappingContext } from './mapping.ts';

/** What the Datenwerkstatt's reader knows of the package it works on. */
export interface ReadContext extends MappingContext {
  areaRows: { schluessel: string; ebene: string; name: string; eltern: string }[];
  /** The territory's outline (WGS84): address points are checked and derived boundaries clipped to it. */
  outline?: MultiPolygon | undefined;
  /** Who publishes the territory's data (the manifest's first publisher), for imported boundaries. */
  herausgeber?: string | undefined;
  /** The package's levels, finest first: the manifest's ids and German names (for messages). */
  levels: readonly { id: string; namen: { one: string; many: string } }[];
  /** The manifest's file of the outline (for messages). */
  umriss: string;
}

type Area = {
  key: AreaKey;
  name: string;
  nameEn?: string | undefined;
  level: string;
  parent?: string | null | undefined;
};
type Entry = Pick<Indicator, 'id' | 'label_de' | 'einheit'>;

/** The reader's context from the package's areas and catalogue (and indicators created in the session). */
export function readContext(
  areas: Iterable<Area>,
  indicators: Iterable<Entry>,
  manifest: Pick<Manifest, 'ebenen' | 'herausgeber' | 'umriss'>,
  outline?: BoundaryLayer | undefined,
): ReadContext {
  const herausgeber = manifest.herausgeber[0];
  const list = [...areas];
  const geometries = (outline?.features ?? []).map((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  ) as MultiPolygon[];
  return {
    ...(geometries.length > 0 ? { outline: geometries.flat() } : {}),
    ...(herausgeber ? { herausgeber } : {}),
    levels: manifest.ebenen.map((e) => ({ id: e.id, namen: e.namen.de })),
    umriss: manifest.umriss,
    areas: list.map((a) => ({ key: a.key, name: a.name, ...(a.nameEn ? { nameEn: a.nameEn } : {}) })),
    indicators: new Map(
      [...indicators].map((i) => [i.id as string, { id: i.id, label_de: i.label_de, einheit: i.einheit }]),
    ),
    areaRows: list.map((a) => ({ schluessel: a.key, ebene: a.level, name: a.name, eltern: a.parent ?? '' })),
  };
}

/** The reader's context of a parsed package (the headless import and the tests). */
export const packageContext = (pkg: DataPackage, created: readonly Entry[] = []): ReadContext =>
  readContext(
    pkg.areas.map((a) => ({
      key: a.schluessel,
      name: a.name,
      nameEn: a.name_en,
      level: a.ebene,
      parent: a.eltern,
    })),
    [...pkg.catalogue.indikatoren, ...created],
    pkg.manifest,
    pkg.outline,
  );
