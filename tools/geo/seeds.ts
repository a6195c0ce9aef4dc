import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/data/csv.ts';

export interface Seed {
  gebiet: string;
  ebene: 'ortsteil' | 'stadtteil';
  lat: number;
  lon: number;
  herkunft: 'quelle' | 'abgeleitet' | 'geschaetzt';
  konfidenz: string;
  referenz: string;
  begruendung: string;
}

/** Generator points: sourced, derived or estimated (with the reason) — recorded with the output. */
export function loadSeeds(path: string): Seed[] {
  return parseCsv(readFileSync(path, 'utf8')).rows.map((r) => ({
    gebiet: r.gebiet!,
    ebene: r.ebene as Seed['ebene'],
    lat: Number(r.lat),
    lon: Number(r.lon),
    herkunft: r.herkunft as Seed['herkunft'],
    konfidenz: r.konfidenz ?? '',
    referenz: r.referenz ?? '',
    begruendung: r.begruendung ?? '',
  }));
}
