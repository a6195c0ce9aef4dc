/** The Landkreis Rostock package's manifest (data/paket.json); `ausschnitt` from its outline. */
export function manifest(ausschnitt: number[]) {
  const compared = '13072043,13072006,13072106';
  return {
    format: 'qx-paket/1',
    gebiet: {
      art: { de: 'Landkreis', en: 'District' },
      de: { name: 'Landkreis Rostock', in: 'im Landkreis Rostock', genitiv: 'des Landkreises Rostock' },
      en: { name: 'the Rostock district', in: 'in the Rostock district', genitiv: 'the Rostock district’s' },
    },
    titel: { de: 'Sozialraummonitor Landkreis Rostock', en: 'Social monitor Rostock district' },
    ebenen: [
      {
        id: 'gemeinde',
        urlAuch: ['gemeinden'],
        datei: 'geo/gemeinden.geojson',
        stellen: 8,
        namen: {
          de: { one: 'Gemeinde', many: 'Gemeinden', in: 'in der Gemeinde' },
          en: { one: 'Municipality', many: 'Municipalities', in: 'in the municipality' },
        },
      },
      {
        id: 'amt',
        urlAuch: ['aemter', 'amtsbereich'],
        datei: 'geo/aemter.geojson',
        stellen: 9,
        namen: {
          de: { one: 'Amt/amtsfreie Gemeinde', many: 'Ämter und amtsfreie Gemeinden', in: 'in' },
          en: {
            one: 'Amt/independent municipality',
            many: 'Ämter and independent municipalities',
            in: 'in',
          },
        },
      },
    ],
    gesamt: {
      id: 'kreis',
      schluessel: '13072',
      namen: {
        de: { one: 'Landkreis', many: 'Landkreise', in: 'im Landkreis' },
        en: { one: 'District', many: 'Districts', in: 'in the district' },
      },
    },
    verschachtelung: 'eltern',
    umriss: 'geo/kreis.geojson',
    vergleich: compared.split(','),
    praesentation: {
      titel: { de: 'Der Landkreis im Überblick', en: 'The district at a glance' },
      folien: [
        {
          titel: { de: 'Die Gemeinden des Landkreises', en: 'The municipalities of the district' },
          notiz: {
            de: 'Einwohner 2018: die Summe ist die amtliche Kreiszahl (215.113); die Verteilung auf die Gemeinden sind Beispielwerte.',
            en: 'Residents 2018: the total is the official district figure (215,113); the split by municipality is sample data.',
          },
          ansicht: 'ansicht=karte&ebene=gemeinde&indikator=einwohner&jahr=2018',
        },
        {
          titel: { de: 'Altersstruktur: Anteil ab 65 Jahren', en: 'Age structure: share aged 65 and over' },
          notiz: { de: 'Wo leben besonders viele ältere Menschen?', en: 'Where do many older people live?' },
          ansicht: 'ansicht=karte&ebene=gemeinde&indikator=anteil_65_plus&jahr=2024',
        },
        {
          titel: { de: 'Ämter und amtsfreie Gemeinden', en: 'Ämter and independent municipalities' },
          notiz: {
            de: 'Dieselben Werte für die Verwaltungsebene zusammengefasst.',
            en: 'The same values combined by administrative area.',
          },
          ansicht: 'ansicht=karte&ebene=amt&indikator=anteil_65_plus&jahr=2024',
        },
        {
          titel: {
            de: 'Altersaufbau von Güstrow, Bad Doberan und Teterow',
            en: 'Age pyramids of Güstrow, Bad Doberan and Teterow',
          },
          notiz: {
            de: 'Anteile je Altersgruppe, Frauen und Männer.',
            en: 'Shares per age group, women and men.',
          },
          ansicht: `ansicht=vergleich&vergleich=${compared}&jahr=2024`,
          teil: 'pyramiden',
        },
        {
          titel: { de: 'Versorgung: Lebensmittelmarkt in 500 m', en: 'Supply: grocery within 500 m' },
          notiz: {
            de: 'Beispielhafte Einrichtungen; die Erreichbarkeit ist berechnet.',
            en: 'Sample facilities; reachability is computed.',
          },
          ansicht: 'ansicht=karte&ebene=gemeinde&indikator=erreichbar_500m_lebensmittelmarkt&jahr=2024',
        },
        {
          titel: { de: 'Trend bis zu den Prognosejahren', en: 'Trend to the forecast years' },
          notiz: {
            de: 'Anteil ab 65 Jahren 2014–2024, Prognose 2030 und 2035 (gestrichelt).',
            en: 'Share aged 65+ 2014–2024, forecast 2030 and 2035 (dashed).',
          },
          ansicht: `ansicht=vergleich&vergleich=${compared}&indikator=anteil_65_plus&jahr=2024`,
          teil: 'verlauf',
        },
      ],
    },
    ausschnitt,
    herausgeber: ['Landkreis Rostock (Beispielpaket des Quartiersexplorers)'],
    namensnennung: [
      '© GeoBasis-DE / BKG (2016)',
      'Kreiszahlen: Statistisches Bundesamt, Gemeindeverzeichnis 2018',
    ],
  };
}
