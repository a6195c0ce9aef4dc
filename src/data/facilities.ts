import type { AreaShape, Facility } from '../domain/supply/facility.ts';
import type { DataPackage } from './package.ts';

/** The package's facilities and Ortsteil boundaries in the shape the supply modules use. */
export function facilitiesOf(pkg: DataPackage): Facility[] {
  const status = new Map(pkg.sources.map((s) => [s.id as string, s.status]));
  return pkg.facilities.map((f) => ({
    id: f.id,
    category: f.properties.kategorie,
    name: f.properties.name,
    opened: f.properties.eroeffnet,
    closed: f.properties.geschlossen,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    source: f.properties.quelle,
    status: status.get(f.properties.quelle) ?? 'beispiel',
    location: f.properties.lage,
    ...((f.properties.gebiet ?? f.properties.ortsteil)
      ? { area: (f.properties.gebiet ?? f.properties.ortsteil)! }
      : {}),
  }));
}

export function ortsteilShapes(pkg: DataPackage): AreaShape[] {
  const keys = new Set(pkg.areas.filter((a) => a.ebene === 'ebene1').map((a) => a.schluessel as string));
  return (pkg.boundaries.ebene1?.features ?? [])
    .filter((f) => keys.has(f.properties.schluessel))
    .map((f) => ({ key: f.properties.schluessel, geometry: f.geometry }));
}
