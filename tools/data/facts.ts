import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/data/csv.ts';

/** Real facts transcribed from tools/data/facts, each mapped to a source id of the registry. */
export interface AreaOut {
  schluessel: string;
  ebene: 'stadt' | 'stadtbezirk' | 'stadtteil' | 'ortsteil';
  name: string;
  name_en: string;
  eltern: string;
  quelle: string;
}
export interface ObsOut {
  gebiet: string;
  indikator: string;
  jahr: number;
  wert: number;
  quelle: string;
  prognose: 0 | 1;
}

/** Which Stadtteil article the 31.12.2018 figures of an Ortsteil or Stadtteil come from. */
const SOURCE_BY_STADTTEIL: Record<string, string> = {
  '11': 'wp-weddewarden-2018',
  '12': 'wp-leherheide-2018',
  '13': 'wp-lehe-2018',
  '14': 'wp-mitte-2018',
  '21': 'wp-geestemuende-2018',
  '22': 'wp-schiffdorferdamm-2018',
  '23': 'wp-surheide-2018',
  '24': 'wp-wulsdorf-2018',
  '25': 'wp-fischereihafen-2018',
};

const NAMES_EN: Record<string, string> = { Nord: 'North', Süd: 'South' };

export interface Facts {
  areas: AreaOut[];
  observations: ObsOut[];
}

export function readFacts(factsDir: string): Facts {
  const read = (f: string) => parseCsv(readFileSync(join(factsDir, f), 'utf8')).rows;
  const areas: AreaOut[] = [
    {
      schluessel: '0',
      ebene: 'stadt',
      name: 'Bremerhaven',
      name_en: 'Bremerhaven',
      eltern: '',
      quelle: 'bhv-in-zahlen-2011',
    },
    ...read('areas.csv').map((r) => ({
      schluessel: r.key3!,
      ebene: r.level as AreaOut['ebene'],
      name: r.name!,
      name_en: NAMES_EN[r.name!] ?? r.name!,
      eltern: r.level === 'stadtbezirk' ? '0' : r.parent_key3!,
      quelle:
        r.key3 === '252'
          ? 'bhv-luneplate-2010'
          : r.level === 'stadtbezirk'
            ? 'wp-verwaltungsebenen'
            : 'bhv-in-zahlen-2011',
    })),
  ];

  const figures = read('ortsteile_figures.csv');
  const observations: ObsOut[] = [];
  const obs = (gebiet: string, indikator: string, jahr: number, wert: number, quelle: string) =>
    observations.push({ gebiet, indikator, jahr, wert, quelle, prognose: 0 });
  for (const r of figures) {
    const key = r.area_key!;
    const is2018 = r.reference_date === '2018-12-31' && r.derived === 'no';
    // The complete layer: population and area of every Ortsteil (and the stated Stadtteil totals) on 31.12.2018.
    if (
      is2018 &&
      (r.level === 'ortsteil' || r.level === 'stadtteil') &&
      (r.indicator === 'population' || r.indicator === 'area_km2')
    ) {
      const src = SOURCE_BY_STADTTEIL[key.slice(0, 2)]!;
      // Geestemünde's total appears twice (Wikipedia and the Jugendhilfeplanung): keep the Wikipedia row.
      if (r.source_title?.startsWith('Jugendhilfeplanung')) continue;
      obs(key, r.indicator === 'population' ? 'einwohner' : 'flaeche_km2', 2018, Number(r.value), src);
    }
    // Same basis, other years: the Magistrat's Geestemünde series and the 2014 infoboxes of the
    // single-Ortsteil Stadtteile (recorded at Ortsteil level: Stadtteil = Ortsteil).
    if (r.source_title?.startsWith('Jugendhilfeplanung') && r.year !== '2018' && r.indicator === 'population')
      obs('21', 'einwohner', Number(r.year), Number(r.value), 'jhp-2020-geestemuende');
    if (r.source_title?.startsWith('Jugendhilfeplanung') && r.indicator === 'pop_under18')
      obs('21', 'einwohner_unter_18', Number(r.year), Number(r.value), 'jhp-2020-geestemuende');
    if (r.reference_date === '2014-12-31' && r.indicator === 'population' && (key === '22' || key === '23'))
      obs(`${key}1`, 'einwohner', 2014, Number(r.value), 'wp-infobox-2014');
    // Stadtteil shares of foreign nationals 2018 (Lehe 20.6 %, Surheide 4.95 %).
    if (r.indicator === 'foreigner_share' && r.level === 'stadtteil' && r.year === '2018')
      obs(
        key,
        'anteil_auslaender',
        2018,
        Number((Number(r.value) / 100).toFixed(6)),
        'bub-bildungscheck-2019',
      );
  }
  return { areas, observations };
}
