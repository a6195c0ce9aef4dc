import { bbox } from '../domain/geo/bbox.ts';
import { FINEST } from '../domain/levels.ts';
import { ADDRESS_POINTS_FILE, parseAddressPoints } from './addressPoints.ts';
import { readStoredLayer } from './import/store.ts';
import { LAYER_SOURCE_ID } from './import/layer.ts';
import { formatIssue } from './issues.ts';
import { knownLocation, packageUrl } from './location.ts';
import type { DataPackage } from './package.ts';
import type { AddressInput } from './supply.ts';

/**
 * The building addresses coverage counts residents at: the user's own imported addresses in this
 * browser (Datenwerkstatt) where they have positions, else the package's geo/adresspunkte.json
 * where its finest boundaries say it has one; none: coverage spreads residents over the area.
 * A broken or missing file is named (`problem`) and coverage falls back to the even spread.
 */
export async function loadAddressPoints(
  pkg: DataPackage,
): Promise<{ addresses?: AddressInput; problem?: string }> {
  const keys = new Map(
    pkg.areas.filter((a) => a.ebene === FINEST).map((a) => [a.schluessel as string, a.schluessel]),
  );
  const { layer } = await readStoredLayer();
  const own = layer?.adressen;
  const lagen = own?.lagen;
  if (own && lagen && lagen.length === own.eintraege.length) {
    const points = own.eintraege.flatMap(([k], i) => {
      const key = keys.get(k);
      return key ? [{ key, lon: lagen[i]![0], lat: lagen[i]![1] }] : [];
    });
    return { addresses: { quelle: LAYER_SOURCE_ID, points } };
  }
  const finest = pkg.boundaries[FINEST];
  if (finest?.adresspunkte === undefined) return {};
  const url = packageUrl(knownLocation(), ADDRESS_POINTS_FILE);
  try {
    const res = await fetch(url);
    if (!res.ok) return { problem: `${ADDRESS_POINTS_FILE}: HTTP ${res.status}` };
    const bounds = bbox(finest.features.map((f) => f.geometry));
    const { points, quelle, issues } = parseAddressPoints(
      await res.text(),
      keys,
      finest.adresspunkte,
      bounds,
    );
    if (!points || !quelle) return { problem: issues.slice(0, 3).map(formatIssue).join('; ') };
    return { addresses: { points, quelle } };
  } catch (e) {
    return { problem: `${ADDRESS_POINTS_FILE}: ${(e as Error).message}` };
  }
}
