import { dataLanguage, formatNumber, isCommunity, type DataLanguage, type Language } from '../format.ts';
import { communitySentence } from './community.ts';
import { easySentences } from './easy.ts';
import { capitalise, direction, roundCount, SHARE_BAND, shareWords, type Direction } from './words.ts';

/** What a sentence is written from: the area's value, the city's, and for trends the start. */
export interface FigureInput {
  id: string;
  name: string;
  value: number;
  city?: number | undefined;
  /** Where the city's value is from, as an in-phrase: "in Bremerhaven", "im Landkreis Rostock". */
  where: string;
  /** The value in an earlier year, for "seit 2014 gestiegen". */
  start?: { year: number; value: number } | undefined;
  /** The base year of a change since then (supply loss). */
  since?: number | undefined;
}

type Writer = (f: FigureInput, lang: DataLanguage) => string;

/** "mehr als in Bremerhaven insgesamt": `where` is the territory's in-phrase ("im Landkreis Rostock"). */
const compare = (d: Direction, lang: DataLanguage, where: string, kind: 'menge' | 'alter' = 'menge') =>
  lang === 'de'
    ? {
        mehr: kind === 'alter' ? `älter als ${where} insgesamt` : `mehr als ${where} insgesamt`,
        weniger: kind === 'alter' ? `jünger als ${where} insgesamt` : `weniger als ${where} insgesamt`,
        gleich:
          kind === 'alter' ? `etwa so alt wie ${where} insgesamt` : `etwa so viel wie ${where} insgesamt`,
      }[d]
    : {
        mehr: kind === 'alter' ? `older than ${where} as a whole` : `more than ${where} as a whole`,
        weniger: kind === 'alter' ? `younger than ${where} as a whole` : `fewer than ${where} as a whole`,
        gleich:
          kind === 'alter' ? `about as old as ${where} as a whole` : `about as many as ${where} as a whole`,
      }[d];

/** "In X ist etwa jede vierte Person 65 Jahre oder älter – mehr als in der Stadt insgesamt." */
function shareSentence(de: string, en: string): Writer {
  return (f, lang) => {
    const w = shareWords(f.value, lang);
    const tail =
      f.city === undefined ? '' : ` – ${compare(direction(f.value, f.city, SHARE_BAND), lang, f.where)}`;
    if (lang === 'de') return `In ${f.name} ${w.plural ? 'sind' : 'ist'} ${w.text} ${de}${tail}.`;
    return `In ${f.name}, ${w.text} ${w.plural ? 'are' : 'is'} ${en}${tail}.`;
  };
}

/**
 * Migration figures are stated next to the city's, without "more", "less" or ranks: a share of
 * foreign nationals is no quality of a quartier, and no quartier should be singled out by it.
 */
function neutralShare(de: string, en: string): Writer {
  return (f, lang) => {
    const w = shareWords(f.value, lang);
    const c = f.city === undefined ? undefined : shareWords(f.city, lang);
    if (lang === 'de')
      return (
        `In ${f.name} ${w.plural ? 'haben' : 'hat'} ${w.text} ${de}.` +
        (c ? ` ${capitalise(f.where)} insgesamt: ${c.text}.` : '')
      );
    return (
      `In ${f.name}, ${w.text} ${w.plural ? 'have' : 'has'} ${en}.` +
      (c ? ` ${capitalise(f.where)} as a whole: ${c.text}.` : '')
    );
  };
}

const people: Writer = (f, lang) => {
  const { value } = roundCount(f.value);
  const n = formatNumber(lang, value);
  const about = value !== f.value ? (lang === 'de' ? 'rund ' : 'about ') : '';
  let s =
    lang === 'de'
      ? `In ${f.name} ${value === 1 ? 'lebt' : 'leben'} ${about}${n} ${value === 1 ? 'Mensch' : 'Menschen'}.`
      : `${about ? 'About ' : ''}${n} ${value === 1 ? 'person lives' : 'people live'} in ${f.name}.`;
  if (f.start && f.start.value > 0) {
    const change = (f.value - f.start.value) / f.start.value;
    const pct = formatNumber(lang, Math.round(Math.abs(change) * 100));
    const d = Math.abs(change) < 0.01 ? 'gleich' : change > 0 ? 'mehr' : 'weniger';
    s +=
      lang === 'de'
        ? ` Seit ${f.start.year} ist die Zahl ${d === 'gleich' ? 'etwa gleich geblieben' : `um etwa ${pct} % ${d === 'mehr' ? 'gestiegen' : 'gesunken'}`}.`
        : ` Since ${f.start.year} the number has ${d === 'gleich' ? 'stayed about the same' : `${d === 'mehr' ? 'risen' : 'fallen'} by about ${pct} %`}.`;
  }
  return s;
};

const meanAge: Writer = (f, lang) => {
  const years = formatNumber(lang, Math.round(f.value));
  const tail =
    f.city === undefined
      ? ''
      : ` – ${compare(direction(f.value, f.city, 1), lang, f.where, 'alter')} (${formatNumber(lang, Math.round(f.city))})`;
  return lang === 'de'
    ? `Die Menschen in ${f.name} sind im Durchschnitt etwa ${years} Jahre alt${tail}.`
    : `People in ${f.name} are about ${years} years old on average${tail}.`;
};

const supplyLoss: Writer = (f, lang) => {
  const n = Math.round(Math.abs(f.value));
  const since = f.since ?? 2015;
  if (lang === 'de') {
    if (n === 0)
      return `Seit ${since} haben in ${f.name} so viele Versorgungseinrichtungen eröffnet wie geschlossen.`;
    const what = n === 1 ? 'eine Einrichtung' : `${formatNumber(lang, n)} Einrichtungen`;
    const verb = n === 1 ? 'hat' : 'haben';
    return f.value > 0
      ? `Seit ${since} ${verb} in ${f.name} ${what} mehr geschlossen als eröffnet (Lebensmittel, Ärzte, Post, Treffpunkte und Ähnliches).`
      : `Seit ${since} ${verb} in ${f.name} ${what} mehr eröffnet als geschlossen.`;
  }
  if (n === 0) return `Since ${since}, as many facilities have opened as closed in ${f.name}.`;
  const what = n === 1 ? 'one more facility' : `${formatNumber(lang, n)} more facilities`;
  return f.value > 0
    ? `Since ${since}, ${what} closed than opened in ${f.name} (groceries, doctors, post, meeting places and more).`
    : `Since ${since}, ${what} opened than closed in ${f.name}.`;
};

const grocery: Writer = (f, lang) => {
  const w = shareWords(f.value, lang);
  const tail =
    f.city === undefined ? '' : ` – ${compare(direction(f.value, f.city, SHARE_BAND), lang, f.where)}`;
  return lang === 'de'
    ? `${capitalise(w.text)} ${w.plural ? 'wohnen' : 'wohnt'} höchstens 500 m (Luftlinie) von einem Lebensmittelmarkt entfernt${tail}.`
    : `${capitalise(w.text)} ${w.plural ? 'live' : 'lives'} within 500 m (straight line) of a grocery store${tail}.`;
};

const WRITERS: Record<string, Writer> = {
  einwohner: people,
  anteil_unter_18: shareSentence('jünger als 18 Jahre', 'under 18'),
  anteil_65_plus: shareSentence('65 Jahre oder älter', '65 or older'),
  anteil_80_plus: shareSentence('80 Jahre oder älter', '80 or older'),
  durchschnittsalter: meanAge,
  anteil_auslaender: neutralShare('eine ausländische Staatsangehörigkeit', 'a foreign nationality'),
  anteil_migrationshintergrund: neutralShare('einen Migrationshintergrund', 'a migration background'),
  versorgungsverlust: supplyLoss,
  erreichbar_500m_lebensmittelmarkt: grocery,
};

/** The profile's key figures, in the order they are shown. */
export const PROFILE_FIGURES = [
  'einwohner',
  'anteil_unter_18',
  'anteil_65_plus',
  'durchschnittsalter',
  'anteil_auslaender',
  'anteil_migrationshintergrund',
  'versorgungsverlust',
  'erreichbar_500m_lebensmittelmarkt',
];

/**
 * The plain-language sentence for a key figure, or undefined for an indicator without one; in
 * Leichte Sprache the short sentences of easy.ts, one statement each.
 */
export function figureSentence(f: FigureInput, lang: Language): string | undefined {
  if (lang === 'leicht') return easySentences(f)?.join(' ');
  if (isCommunity(lang)) return communitySentence(f, lang);
  return WRITERS[f.id]?.(f, dataLanguage(lang));
}
