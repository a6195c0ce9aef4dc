import type { Language } from '../format.ts';
import { DEMOGRAFIELABORE } from '../ids.ts';
import type { Deck, Slide } from './deck.ts';

type Text = Record<Language, string>;
const slide = (titel: Text, notiz: Text, ansicht: string, teil: Slide['teil'] = 'ueberblick') =>
  ({ titel, notiz, ansicht, teil }) as const;

const SLIDES = [
  slide(
    { de: 'Die drei Demografielabore', en: 'The three demography labs' },
    {
      de: 'Geestendorf, Grünhöfe und Surheide: Einwohnerzahl am 31.12.2018 – echte Zahlen, keine Beispielwerte.',
      en: 'Geestendorf, Grünhöfe and Surheide: population on 31 Dec 2018 – real figures, not sample values.',
    },
    'ansicht=karte&ebene=ortsteil&indikator=einwohner&jahr=2018',
  ),
  slide(
    { de: 'Altersstruktur: Anteil ab 65 Jahren', en: 'Age structure: share aged 65 and over' },
    { de: 'Wo leben besonders viele ältere Menschen?', en: 'Where do many older people live?' },
    'ansicht=karte&ebene=ortsteil&indikator=anteil_65_plus&jahr=2024',
  ),
  slide(
    { de: 'Altersaufbau der Labore', en: 'Age pyramids of the labs' },
    { de: 'Anteile je Altersgruppe, Frauen und Männer.', en: 'Shares per age group, women and men.' },
    'ansicht=vergleich&vergleich=212,215,231&jahr=2024',
    'pyramiden',
  ),
  slide(
    { de: 'Vielfalt: Anteil ausländischer Staatsangehöriger', en: 'Diversity: share of foreign nationals' },
    {
      // The Beirat's figure (October 2022), shown with the map of that year, not beside a later one.
      de: 'Der Beirat nannte im Oktober 2022 für die Stadt rund 21 % – mehr als zehnmal so viel wie 1970.',
      en: 'In October 2022 the Beirat gave about 21 % for the city – more than ten times the 1970 share.',
    },
    'ansicht=karte&ebene=ortsteil&indikator=anteil_auslaender&jahr=2022',
  ),
  slide(
    { de: 'Versorgungsverlust seit 2015', en: 'Loss of local supply since 2015' },
    {
      de: 'Schließungen minus Eröffnungen; Surheide hat keinen Lebensmittelmarkt mehr.',
      en: 'Closures minus openings; Surheide has no grocery left.',
    },
    'ansicht=karte&ebene=ortsteil&indikator=versorgungsverlust&jahr=2024&gebiet=231',
  ),
  slide(
    { de: 'Die Labore im Vergleich mit der Stadt', en: 'The labs compared with the city' },
    { de: 'Kennzahlen 2024 gegenüber Bremerhaven.', en: 'Key figures 2024 against Bremerhaven.' },
    'ansicht=vergleich&vergleich=212,215,231&jahr=2024',
  ),
  slide(
    { de: 'Trend bis zu den Prognosejahren', en: 'Trend to the forecast years' },
    {
      de: 'Anteil ab 65 Jahren 2014–2024, Prognose 2030 und 2035 (gestrichelt).',
      en: 'Share aged 65+ 2014–2024, forecast 2030 and 2035 (dashed).',
    },
    'ansicht=vergleich&vergleich=212,215,231&indikator=anteil_65_plus&jahr=2024',
    'verlauf',
  ),
];

/** The built-in deck "Drei Demografielabore", in the presenter's language. */
export function defaultDeck(lang: Language): Deck {
  return {
    titel: lang === 'en' ? 'Three demography labs' : 'Drei Demografielabore',
    folien: SLIDES.map((s) => ({
      titel: s.titel[lang],
      notiz: s.notiz[lang],
      ansicht: s.ansicht,
      spotlight: [...DEMOGRAFIELABORE],
      teil: s.teil,
    })),
  };
}
