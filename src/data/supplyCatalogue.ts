import type { IndicatorId, SourceId } from '../domain/ids.ts';
import {
  BASE_YEAR,
  CATEGORIES,
  CATEGORY_INFO,
  CLOSURES_ID,
  countId,
  coverageId,
  coveredPeopleId,
  GROUP_LABEL,
  GROUP_POPULATION,
  LOSS_ID,
  OPENINGS_ID,
  RADII,
  rateId,
} from '../domain/supply/categories.ts';
import type { Indicator, Source } from './schemas.ts';

/**
 * The supply indicators ("Versorgung"): computed in the browser from data/einrichtungen.geojson
 * and the Ortsteil boundaries (src/domain/supply), so they stay right when either is replaced.
 * They join the catalogue here and are then aggregated like any other indicator.
 */
const id = (s: string) => s as IndicatorId;
const GROUP = 'versorgung';
const COVERAGE_NOTE_DE =
  'Gemessen wird die Luftlinie. Gezählt wird an den Gebäudeadressen des Gebiets, wo sie eingespielt sind, sonst unter der Annahme gleichmäßig über die Fläche verteilter Einwohner; die Quelle jedes Werts nennt, welches Verfahren er nutzt.';
const COVERAGE_NOTE_EN =
  'Distances are straight lines. Residents are counted at the area’s building addresses where these are imported, else assumed to be spread evenly over the area; each value’s source names the method it used.';

export const POPULATION_6_17: Indicator = {
  id: id('einwohner_6_17'),
  label_de: 'Einwohner von 6 bis 17 Jahren',
  label_en: 'Residents aged 6 to 17',
  beschreibung_de:
    'Kinder und Jugendliche von 6 bis 17 Jahren (Summe der Altersgruppen beider Geschlechter).',
  beschreibung_en: 'Children and young people aged 6 to 17 (sum of the age bands of both sexes).',
  einheit: 'personen',
  gruppe: 'basisdaten',
  polaritaet: 'neutral',
  aggregation: { art: 'summe_aus', teile: [id('einwohner_w_6_17'), id('einwohner_m_6_17')] },
  dezimalen: 0,
  kleinzahl: { min_anzahl: 3 },
  hilfsgroesse: true,
};

function supplyIndicators(): Indicator[] {
  const out: Indicator[] = [
    {
      id: LOSS_ID,
      label_de: `Versorgungsverlust seit ${BASE_YEAR}`,
      label_en: `Loss of local supply since ${BASE_YEAR}`,
      beschreibung_de: `Schließungen minus Eröffnungen von Versorgungseinrichtungen aller Kategorien seit Anfang ${BASE_YEAR}; ein negativer Wert heißt Zugewinn.`,
      beschreibung_en: `Closures minus openings of supply facilities of all categories since the start of ${BASE_YEAR}; a negative value means a gain.`,
      einheit: 'anzahl',
      gruppe: GROUP,
      polaritaet: 'hoeher_schlechter',
      aggregation: { art: 'summe' },
      dezimalen: 0,
      kleinzahl: {},
    },
    {
      id: CLOSURES_ID,
      label_de: `Schließungen seit ${BASE_YEAR}`,
      label_en: `Closures since ${BASE_YEAR}`,
      beschreibung_de: `Geschlossene Versorgungseinrichtungen aller Kategorien seit Anfang ${BASE_YEAR}.`,
      beschreibung_en: `Supply facilities of all categories closed since the start of ${BASE_YEAR}.`,
      einheit: 'anzahl',
      gruppe: GROUP,
      polaritaet: 'hoeher_schlechter',
      aggregation: { art: 'summe' },
      dezimalen: 0,
      kleinzahl: {},
    },
    {
      id: OPENINGS_ID,
      label_de: `Eröffnungen seit ${BASE_YEAR}`,
      label_en: `Openings since ${BASE_YEAR}`,
      beschreibung_de: `Neu eröffnete Versorgungseinrichtungen aller Kategorien seit Anfang ${BASE_YEAR}.`,
      beschreibung_en: `Supply facilities of all categories opened since the start of ${BASE_YEAR}.`,
      einheit: 'anzahl',
      gruppe: GROUP,
      polaritaet: 'hoeher_besser',
      aggregation: { art: 'summe' },
      dezimalen: 0,
      kleinzahl: {},
    },
  ];
  for (const c of CATEGORIES) {
    const info = CATEGORY_INFO[c];
    const g = GROUP_LABEL[info.group];
    out.push(
      {
        id: countId(c),
        label_de: `${info.de.many} (geöffnet)`,
        label_en: `${info.en.many} (open)`,
        beschreibung_de: `Zahl der am Jahresende geöffneten Einrichtungen: ${info.de.many}.`,
        beschreibung_en: `Number of facilities open at the end of the year: ${info.en.many.toLowerCase()}.`,
        einheit: 'anzahl',
        gruppe: GROUP,
        polaritaet: 'hoeher_besser',
        aggregation: { art: 'summe' },
        dezimalen: 0,
        kleinzahl: {},
      },
      {
        id: rateId(c),
        label_de: `${info.de.many} je 1.000 ${g.de}`,
        label_en: `${info.en.many} per 1,000 ${g.en}`,
        beschreibung_de: `Geöffnete Einrichtungen (${info.de.many}) je 1.000 ${g.de}.`,
        beschreibung_en: `Open facilities (${info.en.many.toLowerCase()}) per 1,000 ${g.en}.`,
        einheit: 'je_1000',
        gruppe: GROUP,
        polaritaet: 'hoeher_besser',
        aggregation: {
          art: 'verhaeltnis',
          zaehler: countId(c),
          nenner: GROUP_POPULATION[info.group],
          faktor: 1000,
        },
        dezimalen: 2,
        kleinzahl: { min_nenner: 50 },
      },
    );
    for (const r of RADII) {
      const dist = r === 1000 ? '1 km' : `${r} m`;
      out.push(
        {
          id: coveredPeopleId(c, r),
          label_de: `${g.de} mit ${info.de.one} in ${dist}`,
          label_en: `${g.en} with a ${info.en.one.toLowerCase()} within ${dist}`,
          beschreibung_de: `${g.de}, die höchstens ${dist} Luftlinie von der nächsten geöffneten Einrichtung (${info.de.one}) entfernt wohnen. ${COVERAGE_NOTE_DE}`,
          beschreibung_en: `${g.en} living at most ${dist} in a straight line from the nearest open ${info.en.one.toLowerCase()}. ${COVERAGE_NOTE_EN}`,
          einheit: 'personen',
          gruppe: GROUP,
          polaritaet: 'hoeher_besser',
          aggregation: { art: 'summe' },
          dezimalen: 0,
          kleinzahl: {},
          hilfsgroesse: true,
        },
        {
          id: coverageId(c, r),
          label_de: `Anteil ${g.de} mit ${info.de.one} in ${dist}`,
          label_en: `Share of ${g.en} with a ${info.en.one.toLowerCase()} within ${dist}`,
          beschreibung_de: `Anteil der ${g.de}, die höchstens ${dist} Luftlinie von der nächsten geöffneten Einrichtung (${info.de.one}) entfernt wohnen. ${COVERAGE_NOTE_DE}`,
          beschreibung_en: `Share of ${g.en} living at most ${dist} in a straight line from the nearest open ${info.en.one.toLowerCase()}. ${COVERAGE_NOTE_EN}`,
          einheit: 'anteil',
          gruppe: GROUP,
          polaritaet: 'hoeher_besser',
          aggregation: {
            art: 'verhaeltnis',
            zaehler: coveredPeopleId(c, r),
            nenner: GROUP_POPULATION[info.group],
            faktor: 1,
          },
          dezimalen: 0,
          kleinzahl: { min_nenner: 50 },
        },
      );
    }
  }
  return out;
}

export const SUPPLY_INDICATORS: readonly Indicator[] = [POPULATION_6_17, ...supplyIndicators()];
export const SUPPLY_SOURCE_ID = 'berechnung-versorgung' as SourceId;

/**
 * Coverage counted at building addresses (data/supply.ts, deriveCoverage): a computed source the
 * app adds to every package's sources (a package may define it itself), so each value counted
 * this way names its method where its source is shown.
 */
export const COVERAGE_ADDRESS_SOURCE_ID = 'berechnung-erreichbarkeit-adressen' as SourceId;
export const COVERAGE_ADDRESS_SOURCE: Source = {
  id: COVERAGE_ADDRESS_SOURCE_ID,
  titel: 'Eigene Berechnung der Erreichbarkeit an Gebäudeadressen',
  titel_en: 'Own calculation of accessibility at building addresses',
  herausgeber: 'Quartiersexplorer',
  url: '',
  lizenz: 'wie die zugrunde liegenden Adress- und Einrichtungsdaten',
  stichtag: '31.12. des jeweiligen Jahres',
  status: 'naeherung',
  hinweis:
    'Luftlinie von jeder Gebäudeadresse des Gebiets zur nächsten geöffneten Einrichtung; die Einwohner eines Gebiets sind zu gleichen Teilen auf seine Adressen verteilt (wie viele Wohnungen hinter einer Adresse liegen, ist nicht bekannt). Gebiete ohne Adressen: gleichmäßig über die Fläche verteilt (Raster 100 m).',
};
