/**
 * German texts of the views the first one does not need (comparison and its charts, profile, PNG
 * export), loaded with those views rather than with the map.
 */
export const deViews = {
  'charts.overview': 'Auf einen Blick {year}: Alter, Vielfalt, Versorgung',
  'charts.dotNote':
    'Jede Zeile hat eine Skala für alle Gebiete; Zeilen in Prozent teilen sich eine Skala. Grauer Balken: Spanne aller Gebiete derselben Ebene. Senkrechter Strich: {gebiet} (nicht bei Anzahlen wie dem Versorgungsverlust: die Summe {desGebiets} ist kein Maßstab für ein Quartier).',
  'charts.legend': 'Zeichen der Gebiete',
  'charts.city': '{gebiet}',
  'charts.range': 'Spanne aller Gebiete der Ebene: {from} bis {to}.',
  'charts.pyramids': 'Altersaufbau {year}',
  'charts.pyramidAlt':
    'Bevölkerungspyramide {name} in Anteilen, mit der Form {desGebiets} als gestrichelter Umriss',
  'charts.pyramidNote':
    'Balkenlänge: Anteil an allen Einwohnerinnen und Einwohnern des Gebiets je Altersjahr (so sind breite und schmale Altersgruppen vergleichbar; 80+ als 80–99 gerechnet), links Männer, rechts Frauen. Gestrichelt: {gebiet}. Die Tabelle nennt die Anteile der ganzen Altersgruppen.',
  'charts.pyramidTable': 'Altersaufbau in Prozent der Bevölkerung',
  'charts.asTable': 'Als Tabelle',
  'charts.age': 'Alter',
  'charts.men': 'Männer',
  'charts.women': 'Frauen',
  'charts.trend': 'Entwicklung',
  'charts.indicator': 'Kennzahl',
  'charts.seriesAlt': 'Verlauf {indicator}: {text}',
  'charts.seriesNote': 'Gestrichelt und grau hinterlegt: Prognose. Dicke schwarze Linie: {gebiet}.',
  'charts.year': 'Jahr',
  'charts.smallMaps': '{indicator} in Karten: gleiche Klassen in jedem Jahr',
  'charts.smallMapAlt': 'Karte {indicator} {year}; Werte in der Tabelle darunter',
  'charts.smallMapsNote':
    'Alle Karten nutzen dieselben Klassengrenzen (über alle Jahre festgelegt). Verglichene Gebiete schwarz umrandet und mit ihrem Zeichen markiert. Grenzen schematisch (Näherung).',
  'charts.class': 'Klasse {k} von {n}',
  'similar.title': 'Ähnliche Quartiere',
  'similar.intro':
    'Welche Gebiete derselben Ebene gleichen einem Gebiet am meisten? Jede Kennzahl wird standardisiert (Abstand in Standardabweichungen) und mit ihrem Gewicht verrechnet.',
  'similar.target': 'Gebiet',
  'similar.weights': 'Kennzahlen und Gewichte',
  'similar.off': 'nicht berücksichtigt',
  'similar.result': 'Am ähnlichsten zu {name}',
  'similar.none': 'Keine vergleichbaren Gebiete mit Werten.',
  'similar.distance': '(Abstand {d}, {n} Kennzahlen)',
  'similar.adopt': 'Als Vergleich übernehmen',
  'similar.adopted': 'Vergleich: {names}',
  'similar.method':
    'Abstand: gewichtete Wurzel des mittleren quadrierten Unterschieds der standardisierten Werte; 0 = gleich.',
  'png.sources': 'Quellen',
  'png.date': 'Datenstand: 31.12.{year}',
  'png.boundaries': 'Grenzen schematisch (Näherung). {titel}.',
  'png.subtitle': '{names} – im Vergleich mit {gebiet}',
  'png.sample': 'Beispielwerte – keine amtlichen Zahlen',
  'png.rangeNote': 'Grauer Balken: Spanne aller Gebiete derselben Ebene. Senkrechter Strich: {gebiet}.',
  'profile.titleOf': 'Profil {ebene} {name}',
  'profile.findTitle': 'Mein Quartier finden',
  'profile.search': '{ebene} oder {obereEbene} suchen',
  'profile.searchExample': 'z. B. {beispiel}',
  'profile.searchAddress': '{ebene}, {obereEbene} oder Adresse suchen',
  'profile.searchAddressExample': 'z. B. {beispiel} oder Hauptstraße 12',
  'profile.addressIn': '{address} liegt {imEbene} {name}.',
  'profile.addressStreet':
    '{street} {number} steht nicht im Adressverzeichnis (nächste Hausnummern: {near}). Die Straße liegt in:',
  'profile.addressStreetOnly': '{street} – bitte die Hausnummer dazuschreiben. Die Straße liegt in:',
  'profile.addressPrivate':
    'Die Adresssuche läuft nur in diesem Browser; Ihre Eingabe wird nirgendwohin gesendet.',
  'profile.addressLoading': 'Adressverzeichnis wird geladen …',
  'profile.addressProblem':
    'Adresssuche gerade nicht möglich ({problem}). Die Suche nach {ebenen} geht weiter.',
  'profile.whereAmI': 'Wo wohne ich?',
  'profile.hits': '{count} Treffer',
  'profile.noHits': 'Nichts gefunden für „{query}“. Versuchen Sie einen Teil des Namens.',
  'profile.inParent': '{level} in {parent}',
  'profile.noGeo': 'Ihr Browser kann den Standort nicht bestimmen.',
  'profile.geoFailed':
    'Der Standort konnte nicht bestimmt werden ({reason}). Bitte suchen Sie nach dem Namen.',
  'profile.outside': 'Dieser Standort liegt nicht {imGebiet}.',
  'profile.youLiveIn': 'Ihr Standort liegt wahrscheinlich in {name}.',
  'profile.nearBorder':
    'Die Grenzen sind nur angenähert (schematisch). Sie sind weniger als {m} m von einer Grenze entfernt – vielleicht wohnen Sie in einem dieser Gebiete:',
  'profile.schematicAnswer':
    'Die Grenzen sind nur angenähert (schematisch); nahe einer Grenze kann die Antwort falsch sein.',
  'profile.allOrtsteile': 'Alle {ebenen} nach {obereEbene}',
  'profile.asOf': 'Stand {year}',
  'profile.sample': 'Beispielwerte: Viele Zahlen sind erzeugt und keine amtlichen Zahlen.',
  'profile.locator': 'Lage von {name} {imGebiet}',
  'profile.supplyTitle': 'Versorgung im Quartier',
  'profile.closures': 'Geschlossen seit {year}',
  'profile.noClosures': 'Keine bekannten Schließungen.',
  'profile.trend': 'Einwohnerzahl seit {from}',
  'profile.shareTitle': 'Teilen und drucken',
  'profile.link': 'Link zu diesem Profil',
  'profile.share': 'Link teilen',
  'profile.print': 'Steckbrief drucken',
  'profile.shared': 'Geteilt.',
  'profile.copied': 'Link kopiert.',
  'profile.copyManually': 'Bitte kopieren Sie den markierten Link.',
} as const;
