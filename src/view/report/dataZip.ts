import { strToU8, zipSync } from 'fflate';
import { toCsv, type CsvCell } from '../../domain/compare/csv.ts';
import { FORECAST_YEARS, type AreaKey } from '../../domain/ids.ts';
import { cellOf, weakest, type Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { areaName, indicatorLabel } from '../text.ts';
import {
  coverage,
  fieldName,
  formulaSymbols,
  formulaText,
  smallNumberText,
  unitName,
  yearRuns,
} from './indicatorMeta.ts';
import { shownNumber, statusText } from './mapTable.ts';

/** Every area of the package, finest level first, then the whole territory, with its level's name. */
function allAreas(model: Model, t: Translate): { key: AreaKey; level: string }[] {
  return [
    ...model.mapLevels.flatMap((l) => model.byLevel[l].map((key) => ({ key, level: t(`level.one.${l}`) }))),
    { key: model.rootKey, level: t('level.one.gesamt') },
  ];
}

const isForecast = (y: number) => (FORECAST_YEARS as readonly number[]).includes(y);

/**
 * The whole package as an open-data ZIP (German, for the city to publish): every indicator, area
 * and year in long form (one value per row) and wide form (one column per year), the indicator
 * catalogue with definitions, formulas and small-number rules, the areas, the sources with their
 * licences, and a LIESMICH.md explaining columns, statuses and the rules. Values are those the app
 * shows (derived and aggregated as on the map), rounded as shown; no empty cell becomes a number.
 */
export function dataZip(model: Model, t: Translate, made: Date): Uint8Array {
  const lang = 'de' as const;
  const areas = allAreas(model, t);
  const indicators = [...model.indicators.values()];
  const src = (c: Cell) => (c.kind === 'fehlt' ? '' : c.sources.join(' | '));
  const long: CsvCell[][] = [
    [
      'schluessel',
      'gebiet',
      'ebene',
      'indikator',
      'kennzahl',
      'einheit',
      'jahr',
      'wert',
      'status',
      'prognose',
      'zeichen',
      'quelle',
    ],
  ];
  const wide: CsvCell[][] = [
    [
      'schluessel',
      'gebiet',
      'ebene',
      'indikator',
      'kennzahl',
      'einheit',
      ...model.years.map((y) => (isForecast(y) ? `${y} (Prognose)` : String(y))),
      'status',
      'quellen',
    ],
  ];
  for (const ind of indicators)
    for (const { key, level } of areas) {
      const cells = model.years.map((y) => cellOf(model.ctx, ind.id, key, y));
      const head = [
        key,
        areaName(model, key, lang),
        level,
        ind.id,
        indicatorLabel(ind, lang),
        unitName(ind, lang),
      ];
      cells.forEach((c, i) => {
        if (c.kind === 'fehlt' && !c.zeichen) return;
        long.push([
          ...head,
          model.years[i]!,
          shownNumber(c, ind),
          statusText(c, t),
          c.kind !== 'fehlt' && c.forecast ? 1 : 0,
          c.kind === 'wert' ? null : (c.zeichen ?? null),
          src(c),
        ]);
      });
      const present = cells.filter((c): c is Exclude<Cell, { kind: 'fehlt' }> => c.kind !== 'fehlt');
      if (!present.length) continue;
      const status = weakest(present.map((c) => c.status));
      wide.push([
        ...head,
        ...cells.map((c) => shownNumber(c, ind) ?? (c.kind === 'wert' ? null : (c.zeichen ?? null))),
        status ? t(`status.${status}`) : null,
        [...new Set(present.flatMap((c) => c.sources))].join(' | '),
      ]);
    }
  const catalogue: CsvCell[][] = [
    [
      'indikator',
      'kennzahl',
      'label_en',
      'beschreibung',
      'einheit',
      'handlungsfeld',
      'richtung',
      'berechnung',
      'formel',
      'kleinzahlregel',
      'jahre',
      'hilfsgroesse',
    ],
    ...indicators.map((ind) => [
      ind.id,
      ind.label_de,
      ind.label_en,
      ind.beschreibung_de,
      unitName(ind, lang),
      fieldName(model, ind, lang),
      t(`sheet.polarity.${ind.polaritaet}`),
      formulaText(model, ind, lang, t),
      formulaSymbols(ind),
      smallNumberText(ind, t),
      yearRuns(coverage(model, ind).flatMap((c) => c.years)),
      ind.hilfsgroesse ? 1 : 0,
    ]),
  ];
  const sources: CsvCell[][] = [
    ['quelle', 'titel', 'herausgeber', 'url', 'lizenz', 'stichtag', 'status', 'hinweis'],
    ...[...model.sources.values()].map((s) => [
      s.id,
      s.titel,
      s.herausgeber,
      s.url,
      s.lizenz,
      s.stichtag,
      t(`status.${s.status}`),
      s.hinweis ?? '',
    ]),
  ];
  const areaRows: CsvCell[][] = [
    ['schluessel', 'name', 'name_en', 'ebene', 'uebergeordnet'],
    ...areas.map(({ key, level }) => {
      const a = model.areas.get(key);
      return [key, a?.name ?? key, a?.nameEn ?? '', level, a?.parent ?? ''];
    }),
  ];
  const readme = readmeText(model, t, made, {
    long: long.length - 1,
    wide: wide.length - 1,
    indicators: indicators.length,
    areas: areas.length,
  });
  return zipSync({
    'LIESMICH.md': strToU8(readme),
    'daten_lang.csv': strToU8(toCsv(long)),
    'daten_breit.csv': strToU8(toCsv(wide)),
    'indikatoren.csv': strToU8(toCsv(catalogue)),
    'gebiete.csv': strToU8(toCsv(areaRows)),
    'quellen.csv': strToU8(toCsv(sources)),
  });
}

function readmeText(
  model: Model,
  t: Translate,
  made: Date,
  n: { long: number; wide: number; indicators: number; areas: number },
): string {
  const m = model.manifest;
  const sample = [...model.sources.values()].filter((s) => s.status === 'beispiel');
  const date = made.toISOString().slice(0, 10);
  return [
    `# ${m.titel.de}: alle Daten`,
    '',
    `Dieses Paket enthält alle Werte, die der ${m.titel.de} für ${m.gebiet.de.name} zeigt: ${n.indicators} Indikatoren, ${n.areas} Gebiete, die Jahre ${yearRuns(model.years)}. Erstellt am ${date} im Browser; nichts wurde dafür hochgeladen.`,
    '',
    '## Dateien',
    '',
    `- \`daten_lang.csv\` – ein Wert je Zeile (${n.long} Zeilen): Gebiet, Indikator, Jahr, Wert, Status, Quelle.`,
    `- \`daten_breit.csv\` – eine Zeile je Gebiet und Indikator (${n.wide} Zeilen), eine Spalte je Jahr.`,
    '- `indikatoren.csv` – der Indikatorenkatalog: Definition, Einheit, Handlungsfeld, Richtung, Berechnung in Worten und als Formel, Kleinzahlregel, Jahre.',
    '- `gebiete.csv` – die Gebiete mit Schlüssel, Name, Ebene und übergeordnetem Gebiet.',
    '- `quellen.csv` – die Quellen mit Herausgeber, Adresse, Lizenz, Stichtag und Status.',
    '',
    'Alle CSV-Dateien öffnen sich in Excel: UTF-8 mit BOM, Semikolon als Trenner, Dezimalkomma. Ein Text, den eine Tabellenkalkulation als Formel ausführen würde, beginnt mit einem Apostroph.',
    '',
    '## Spalten',
    '',
    '- `schluessel` – der amtliche Schlüssel des Gebiets; `ebene` – seine Ebene.',
    '- `indikator` – die Kennung des Indikators (siehe `indikatoren.csv`), `kennzahl` sein Name.',
    '- `wert` – der Wert in der Einheit der Spalte `einheit`, gerundet wie in der Anwendung. Anteile stehen in Prozent (21,3 heißt 21,3 %).',
    '- Ein leeres Feld heißt: kein Wert. Es ist nie eine Null. Steht in `zeichen` ein statistisches Zeichen, sagt es den Grund: – nichts vorhanden, . unbekannt oder geheim, x gesperrt, / zu unsicher, … noch nicht vorhanden.',
    '- `prognose` – 1, wenn der Wert eine Vorausberechnung ist.',
    '- `quelle` – die Kennungen der Quellen (siehe `quellen.csv`); mehrere durch | getrennt.',
    '',
    '## Status der Werte',
    '',
    `- ${t('status.amtlich')}: vom Statistikamt oder einer Behörde veröffentlicht.`,
    `- ${t('status.sekundaer')}: aus einer anderen Veröffentlichung übernommen.`,
    `- ${t('status.naeherung')}: aus amtlichen Zahlen geschätzt, z. B. auf Gebiete verteilt.`,
    `- ${t('status.beispiel')}: erzeugt, um die Anwendung zu zeigen. **Keine amtliche Zahl.** Bitte nicht als Tatsache verwenden.`,
    '',
    'Ein Wert aus mehreren Zahlen hat den schwächsten Status seiner Zahlen.',
    '',
    '## Kleine Zahlen',
    '',
    'Beruht ein Anteil auf zu wenigen Personen, wird er unterdrückt (Status „unterdrückt“, kein Wert): zum Schutz der Einzelnen und weil solche Werte stark schwanken. Die Grenze steht je Indikator in `indikatoren.csv`, Spalte `kleinzahlregel`.',
    '',
    '## Berechnung für größere Gebiete',
    '',
    `Werte für größere Gebiete und für ${m.gebiet.de.name} insgesamt werden aus den kleinsten Gebieten neu berechnet: Zahlen werden addiert, Anteile aus den addierten Zählern und Nennern gebildet – nie gemittelt.`,
    '',
    '## Lizenz',
    '',
    'Jede Quelle hat ihre eigene Lizenz (Spalte `lizenz` in `quellen.csv`); sie gilt für die Werte aus dieser Quelle. Wo die Quellen es erlauben, kann die Stadt dieses Paket unter der Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0) veröffentlichen; nennen Sie dann die Quellen wie in `quellen.csv`.',
    '',
    ...(sample.length
      ? [
          `**Achtung: ${sample.length} Quelle(n) sind Beispielwerte** (${sample.map((s) => s.id).join(', ')}). Diese Werte sind erzeugt und keine amtlichen Zahlen; ersetzen Sie sie vor einer Veröffentlichung durch die amtlichen Dateien (Datenwerkstatt).`,
          '',
        ]
      : []),
    '## Quellen',
    '',
    ...[...model.sources.values()].map(
      (s) =>
        `- ${s.titel} – ${s.herausgeber}; Lizenz: ${s.lizenz}; Stand: ${s.stichtag}; Status: ${t(`status.${s.status}`)}${s.url ? `; ${s.url}` : ''}`,
    ),
    '',
  ].join('\n');
}
