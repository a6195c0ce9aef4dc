import { packageKey } from '../keys.ts';
import type { AreaKey } from '../../domain/ids.ts';
import { distanceToRings } from '../../domain/geo/distance.ts';
import type { Issue } from '../issues.ts';
import { normaliseName } from './areas.ts';
import { cellText, readCell, type Decimal } from './cells.ts';
import { coordinateColumns, pointReader, type FacilityRecords } from './facilities.ts';
import { LISTED } from './mapping.ts';
import { toMetric } from './geo/crs.ts';
import { multiContains, type MultiPolygon } from './geo/polygon.ts';

/**
 * Building addresses with their Ortsteil key, as GeoInformation Bremen publishes them (ALKIS
 * "Gebäudeadressen", house key fields `lan;rbz;krs;gmd;ott;sss;hnr;adz`, `ott` = Ortsteil): a
 * point Shapefile or a table with coordinates. Read forgivingly (column names, 4-digit keys,
 * decimal comma), accepted strictly: every address needs a known Ortsteil, a position in the city
 * and a street and house number that no other address has with another Ortsteil or place.
 */
export interface Address {
  key: AreaKey;
  strasse: string;
  hnr: string;
  /** Adressierungszusatz: the letter of "106a" (lower case), or ''. */
  adz: string;
  lon: number;
  lat: number;
}

export interface AddressRead {
  addresses: Address[];
  issues: Issue[];
  /** All problems found (more than are listed). */
  issueCount: number;
  notes: string[];
}

const COLUMNS = {
  ott: /^(ott|otnr|ortsteil(nr|nummer|schluessel)?|gebiet(sschluessel)?|schluessel|ags|ars)$/,
  hnr: /^(hnr|hausnr|hausnummer)$/,
  adz: /^(adz|zusatz|hnrzusatz|adresszusatz|hausnummernzusatz|hausnummerzusatz)$/,
  strasse: /^(str|stn|strname|strasse|strassenname|strassenbezeichnung|bezeichnung)$/,
  sss: /^(sss|strschl|strassenschluessel|strassenschl)$/,
  lan: /^lan$/,
  rbz: /^rbz$/,
  krs: /^krs$/,
  gmd: /^gmd$/,
} as const;
type Field = keyof typeof COLUMNS;

const column = (columns: string[], f: Field) => columns.findIndex((c) => COLUMNS[f].test(normaliseName(c)));

/** True when a table or point file holds addresses with an Ortsteil key (`ott` and `hnr`). */
export const looksLikeAddresses = (columns: string[]): boolean =>
  column(columns, 'ott') >= 0 && column(columns, 'hnr') >= 0;

/** How far outside the territory's (generalised) outline an address may lie, in metres. */
export const OUTSIDE_TOLERANCE_M = 250;

/** The address key a resident would type: street, number and letter, written any way. */
export const addressKey = (strasse: string, hnr: string, adz: string): string =>
  `${normaliseName(strasse).replace(/strasse$/, 'str')}|${hnr}${adz}`;

/**
 * The file's addresses, each with its row or object named in every problem. `territory` is the
 * outline in metric coordinates (EPSG:25832).
 */
export function readAddresses(
  datei: string,
  records: FacilityRecords,
  decimal: Decimal,
  ortsteile: ReadonlyMap<string, AreaKey>,
  territory: MultiPolygon | undefined,
): AddressRead {
  const out: AddressRead = { addresses: [], issues: [], issueCount: 0, notes: [] };
  const finestKeys = new Set(ortsteile.keys());
  const problem = (ort: string, feld: string, meldung: string) => {
    out.issueCount++;
    if (out.issues.length < LISTED) out.issues.push({ datei, ort, feld, meldung });
  };
  const cols = records.columns;
  const c = Object.fromEntries((Object.keys(COLUMNS) as Field[]).map((f) => [f, column(cols, f)])) as Record<
    Field,
    number
  >;
  if (c.strasse < 0 && c.sss < 0) {
    problem('Kopfzeile', 'strasse', 'Spalte mit Straßenname oder Straßenschlüssel (sss) fehlt');
    return out;
  }
  const [x, y] = coordinateColumns(cols);
  const reader = pointReader(records, { x, y, crs: 'auto' }, decimal);
  if ('problem' in reader) {
    problem('Kopfzeile', reader.feld, reader.problem);
    return out;
  }
  if (reader.crs) out.notes.push(`Koordinatensystem: ${reader.crs}`);
  const text = (r: FacilityRecords['rows'][number], f: Field) => (c[f] >= 0 ? cellText(r.cells[c[f]]) : '');

  // A state-wide file holds other municipalities (Bremen's port area in Bremerhaven is Bremen's):
  // the municipality most addresses have is the one read; the others are passed over, counted.
  const municipality = (r: FacilityRecords['rows'][number]) =>
    (['lan', 'rbz', 'krs', 'gmd'] as const).map((f) => text(r, f)).join(' ');
  const counts = new Map<string, number>();
  for (const r of records.rows) counts.set(municipality(r), (counts.get(municipality(r)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const other = new Map<string, number>();

  const seen = new Map<string, { ort: string; key: string; p: [number, number] }>();
  let twice = 0;
  let nearOutside = 0;
  for (const r of records.rows) {
    const gem = municipality(r);
    if (gem !== main) {
      other.set(gem, (other.get(gem) ?? 0) + 1);
      continue;
    }
    const ott = text(r, 'ott');
    if (ott === '') {
      problem(r.ort, cols[c.ott]!, 'Gebietsschlüssel fehlt (leere Zelle)');
      continue;
    }
    const key = ortsteile.get(packageKey(ott, finestKeys) ?? '');
    if (!key) {
      problem(r.ort, cols[c.ott]!, `„${ott}“ ist kein Schlüssel der feinsten Ebene`);
      continue;
    }
    const strasse = text(r, 'strasse') || (text(r, 'sss') ? `Straße ${text(r, 'sss')}` : '');
    if (strasse === '') {
      problem(r.ort, cols[c.strasse >= 0 ? c.strasse : c.sss]!, 'Straße fehlt (leere Zelle)');
      continue;
    }
    // "106", 106 (a number cell), "106a" in one cell, or 106 and "a" in two.
    const hnrCell = readCell(r.cells[c.hnr], decimal);
    const hnrText = hnrCell.kind === 'wert' ? String(hnrCell.value) : text(r, 'hnr');
    const m = /^(\d{1,5})\s*([a-zA-Z]?)$/.exec(hnrText.trim());
    if (!m) {
      problem(r.ort, cols[c.hnr]!, `Hausnummer „${hnrText}“ ist keine Hausnummer`);
      continue;
    }
    const adz = (m[2] || text(r, 'adz')).toLowerCase();
    if (!/^[a-z]{0,2}$/.test(adz)) {
      problem(r.ort, cols[c.adz] ?? 'adz', `Zusatz „${adz}“ ist kein Buchstabe`);
      continue;
    }
    const at = reader.pointOf(r);
    if (typeof at === 'string') {
      problem(r.ort, reader.field, at);
      continue;
    }
    const metric = toMetric(at);
    if (territory && !multiContains(territory, metric)) {
      const d = distanceToRings(metric, territory);
      if (d > OUTSIDE_TOLERANCE_M) {
        problem(
          r.ort,
          reader.field,
          `liegt außerhalb des Gebiets (${(d / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} km entfernt): Koordinaten vertauscht oder Koordinatensystem falsch?`,
        );
        continue;
      }
      nearOutside++;
    }
    const hnr = String(Number(m[1]));
    const id = addressKey(strasse, hnr, adz);
    const before = seen.get(id);
    if (before) {
      const far = Math.hypot(before.p[0] - metric[0], before.p[1] - metric[1]);
      if (before.key === key && far < 1) {
        twice++;
        continue;
      }
      problem(
        r.ort,
        cols[c.hnr]!,
        `Adresse ${strasse} ${hnr}${adz} doppelt (schon ${before.ort}) ${before.key !== key ? `mit anderem Gebiet (${before.key} und ${key})` : `an anderer Stelle (${Math.round(far)} m entfernt)`}`,
      );
      continue;
    }
    seen.set(id, { ort: r.ort, key, p: metric });
    out.addresses.push({
      key,
      strasse,
      hnr,
      adz,
      lon: Math.round(at[0] * 1e6) / 1e6,
      lat: Math.round(at[1] * 1e6) / 1e6,
    });
  }
  out.notes.push(`${out.addresses.length} Adressen`);
  for (const [gem, n] of other)
    out.notes.push(`${n} Adressen einer anderen Gemeinde (${gem.trim() || 'ohne Schlüssel'}) übergangen`);
  if (twice > 0) out.notes.push(`${twice} Adressen doppelt aufgeführt, einmal gezählt`);
  if (nearOutside > 0)
    out.notes.push(
      `${nearOutside} Adressen knapp außerhalb des Stadtumrisses (bis ${OUTSIDE_TOLERANCE_M} m, der Umriss ist generalisiert) übernommen`,
    );
  return out;
}
