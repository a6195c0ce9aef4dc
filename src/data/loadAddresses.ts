import { ADDRESS_FILE, entriesOfAddressFile, parseAddressFile, type AddressEntry } from './addressFile.ts';
import { formatIssue } from './issues.ts';
import { knownLocation, packageUrl } from './location.ts';
import { readStoredLayer } from './import/store.ts';
import { buildAddressIndex, type AddressIndex } from '../domain/profile/addressSearch.ts';

export { searchAddress } from '../domain/profile/addressSearch.ts';

/**
 * The finder's address index, loaded when a resident first types: from the user's own data in this
 * browser (Datenwerkstatt) where it has addresses, else the package's geo/adressen.json (kept by the
 * Service Worker for offline use). Nothing is sent anywhere: the search runs on this copy.
 */
export async function loadAddressIndex(
  ortsteile: ReadonlySet<string>,
  expected: number,
): Promise<{ index: AddressIndex } | { problem: string }> {
  const { layer } = await readStoredLayer();
  if (layer?.adressen) return { index: indexOf(layer.adressen.eintraege) };
  try {
    const res = await fetch(packageUrl(knownLocation(), ADDRESS_FILE));
    if (!res.ok) return { problem: `${ADDRESS_FILE}: HTTP ${res.status}` };
    const { file, issues } = parseAddressFile(await res.text(), ortsteile, expected);
    if (!file) return { problem: issues.slice(0, 3).map(formatIssue).join('; ') };
    return { index: indexOf(entriesOfAddressFile(file)) };
  } catch (e) {
    return { problem: `${ADDRESS_FILE}: ${(e as Error).message}` };
  }
}

function indexOf(entries: readonly AddressEntry[]): AddressIndex {
  const strassen: Record<string, Record<string, string[]>> = {};
  for (const [key, strasse, nummer] of entries) ((strassen[strasse] ??= {})[key] ??= []).push(nummer);
  return buildAddressIndex({ strassen });
}
