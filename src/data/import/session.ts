import { obsKey } from '../keys.ts';
import type { Indicator } from '../schemas.ts';
import type { FacilityMapping, ImportedFacility } from './facilityMapping.ts';
import { LAYER_FORMAT, type ImportLayer } from './layer.ts';
import {
  ZUORDNUNG_FORMAT,
  type ImportedValue,
  type MappingFile,
  type Provenance,
  type TableMapping,
} from './mapping.ts';
import type { Reopened } from './reopen.ts';
import type { Address } from './addresses.ts';
import type { AddressEntry } from '../addressFile.ts';

/**
 * One Datenwerkstatt session, whoever drives it — the page (answers given in forms) or
 * `npm run daten:import` (answers from the saved Zuordnung): the tables with their mappings and
 * values, the facility lists, the boundaries read, a reopened package, the new indicators and the
 * source. From it come the layer that is checked, applied and published, and the Zuordnung that
 * repeats the session next year — in the same way for both.
 */
export interface Session {
  tables: readonly {
    datei: string;
    mapping: TableMapping;
    applied?: { values: ImportedValue[] } | undefined;
  }[];
  lists: readonly {
    datei: string;
    mapping: FacilityMapping;
    applied?: { facilities: ImportedFacility[] } | undefined;
  }[];
  /** Boundary files read without errors, with the package files the boundary import wrote. */
  boundaries: readonly { datei: string; files: Record<string, string> }[];
  reopened?: { datei: string; reopened: Reopened } | undefined;
  /** Address points read without problems (the finder's index, facilities by nearest address). */
  addresses?: { datei: string; addresses: readonly Address[] } | undefined;
  created: readonly Indicator[];
  quelle: Provenance | undefined;
  hinweise: readonly string[];
}

/**
 * The values and facilities of the session: what the files read now give, over what a reopened
 * package brought (a value read now replaces the reopened one for the same area, indicator and
 * year; a facility list replaces the reopened facilities of its categories).
 */
export function sessionContent(s: Session): { values: ImportedValue[]; facilities: ImportedFacility[] } {
  const again = s.reopened?.reopened;
  const key = (v: ImportedValue) => obsKey(v.gebiet, v.indikator, v.jahr);
  const read = s.tables.flatMap((x) => x.applied?.values ?? []);
  const readKeys = new Set(read.map(key));
  const listed = s.lists.flatMap((x) => x.applied?.facilities ?? []);
  const listedKinds = new Set<string>(listed.map((f) => f.kategorie));
  return {
    values: [...(again?.werte ?? []).filter((v) => !readKeys.has(key(v))), ...read],
    facilities: [
      ...(again?.einrichtungen?.features ?? []).filter((f) => !listedKinds.has(f.kategorie)),
      ...listed,
    ],
  };
}

/** Whether the session has a source and something to change the package with. */
export function sessionReady(s: Session): boolean {
  const { values, facilities } = sessionContent(s);
  return (
    s.quelle !== undefined &&
    (values.length > 0 ||
      s.boundaries.length > 0 ||
      s.addresses !== undefined ||
      facilities.length > 0 ||
      s.reopened?.reopened.grenzen !== undefined)
  );
}

/** The Zuordnung file that repeats this session: every table's and list's answers, the source, new indicators. */
export function sessionMapping(s: Session): MappingFile {
  return {
    format: ZUORDNUNG_FORMAT,
    tabellen: Object.fromEntries(s.tables.map((x) => [x.datei, x.mapping])),
    ...(s.lists.length > 0
      ? { einrichtungen: Object.fromEntries(s.lists.map((x) => [x.datei, x.mapping])) }
      : {}),
    ...(s.quelle ? { quelle: s.quelle } : {}),
    ...(s.created.length > 0 ? { neueIndikatoren: [...s.created] } : {}),
  };
}

/** The session as the layer merged into the package (null while the source is incomplete). */
export function sessionLayer(s: Session, erstellt: string): ImportLayer | null {
  if (!s.quelle) return null;
  const { values, facilities } = sessionContent(s);
  const again = s.reopened?.reopened;
  const b = s.boundaries[0];
  return {
    format: LAYER_FORMAT,
    erstellt,
    dateien: [
      ...new Set([
        ...s.tables.map((x) => x.datei),
        ...s.boundaries.map((x) => x.datei),
        ...s.lists.map((x) => x.datei),
        ...(s.addresses ? [s.addresses.datei] : []),
        ...(s.reopened ? [s.reopened.datei] : []),
      ]),
    ],
    quelle: s.quelle,
    werte: values,
    neueIndikatoren: [...s.created],
    ...(b
      ? {
          grenzen: { datei: b.datei, ebenen: b.files },
        }
      : again?.grenzen
        ? { grenzen: again.grenzen }
        : {}),
    ...(facilities.length > 0
      ? {
          einrichtungen: {
            dateien: [...(again?.einrichtungen?.dateien ?? []), ...s.lists.map((x) => x.datei)],
            kategorien: [...new Set(facilities.map((f) => f.kategorie))],
            features: facilities,
          },
        }
      : {}),
    ...(s.addresses
      ? {
          adressen: {
            datei: s.addresses.datei,
            eintraege: s.addresses.addresses.map((a): AddressEntry => [a.key, a.strasse, `${a.hnr}${a.adz}`]),
            lagen: s.addresses.addresses.map((a): [number, number] => [a.lon, a.lat]),
          },
        }
      : again?.adressen
        ? { adressen: again.adressen }
        : {}),
    zuordnung: sessionMapping(s),
    hinweise: [...s.hinweise],
  };
}
