import type { Messages } from './de.ts';

/**
 * Leichte Sprache (`sprache=leicht`) for the resident's profile and finder: the texts written
 * anew after the rules of the Netzwerk Leichte Sprache (short sentences, one statement each, hard
 * words explained, no per cent signs). Every other text is the German one — Leichte Sprache is
 * German. The profile's sentences come from domain/profile/easy.ts.
 */
export const leicht: Partial<Messages> = {
  'profile.titleOf': 'Informationen über {name}',
  'profile.findTitle': 'Wo wohne ich?',
  'profile.search': 'Suchen Sie Ihr Wohn-Gebiet',
  'profile.searchExample': 'Zum Beispiel: {beispiel}',
  'profile.searchAddress': 'Suchen Sie Ihr Wohn-Gebiet oder Ihre Adresse',
  'profile.searchAddressExample': 'Zum Beispiel: {beispiel} oder Hauptstraße 12',
  'profile.addressIn': '{address} ist {imEbene} {name}.',
  'profile.addressLoading': 'Die Adressen werden geladen.',
  'profile.whereAmI': 'Wo bin ich gerade?',
  'profile.hits': 'Wir haben {count} Treffer gefunden.',
  'profile.noHits': 'Wir haben nichts gefunden. Schreiben Sie nur einen Teil vom Namen.',
  'profile.asOf': 'Die Zahlen sind aus dem Jahr {year}.',
  'profile.sample': 'Das sind Beispiel-Zahlen. Sie sind nicht echt.',
  'profile.supplyTitle': 'Geschäfte und Angebote im Wohn-Gebiet',
  'profile.trend': 'So viele Menschen leben hier seit {from}',
  'profile.shareTitle': 'Teilen und drucken',
  'profile.link': 'Link zu dieser Seite',
  'profile.share': 'Link teilen',
  'profile.print': 'Seite drucken',
  'profile.copied': 'Der Link ist kopiert.',
  'profile.easyNote': 'Diese Seite ist in Leichter Sprache.',
  'status.amtlich': 'amtliche Zahl',
  'status.beispiel': 'Beispiel-Zahl',
  'status.naeherung': 'ungefähre Zahl',
  'status.sekundaer': 'Zahl aus einer anderen Quelle',
  'value.noData': 'keine Zahl',
};
