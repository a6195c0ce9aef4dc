import type { ObsOut } from './facts.ts';
import { readFacts } from './facts.ts';
import { generateObservations } from './sample-observations.ts';
import { SOURCES } from './sources.ts';
import { writeCsv } from '../../src/data/csv.ts';

export interface DataPackageFiles {
  'gebiete.csv': string;
  'quellen.json': string;
  'beobachtungen.csv': string;
}

const LEVEL_ORDER = { stadt: 0, stadtbezirk: 1, stadtteil: 2, ortsteil: 3 };

/** Build the data package text files from the sourced facts plus the seeded sample values. */
export function buildDataPackage(factsDir: string): DataPackageFiles {
  const facts = readFacts(factsDir);
  const observations: ObsOut[] = [
    ...facts.observations,
    ...generateObservations(facts.areas, facts.observations),
  ];
  observations.sort(
    (a, b) =>
      a.gebiet.length - b.gebiet.length ||
      a.gebiet.localeCompare(b.gebiet) ||
      a.indikator.localeCompare(b.indikator) ||
      a.jahr - b.jahr,
  );
  const areas = [...facts.areas].sort(
    (a, b) => LEVEL_ORDER[a.ebene] - LEVEL_ORDER[b.ebene] || a.schluessel.localeCompare(b.schluessel),
  );
  return {
    'gebiete.csv': writeCsv(['schluessel', 'ebene', 'name', 'name_en', 'eltern', 'quelle'], areas as never),
    'quellen.json': JSON.stringify({ quellen: SOURCES }, null, 2) + '\n',
    'beobachtungen.csv': writeCsv(
      ['gebiet', 'indikator', 'jahr', 'wert', 'quelle', 'prognose'],
      observations as never,
    ),
  };
}
