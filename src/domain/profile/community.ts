import { formatNumber, type CommunityLanguage } from '../format.ts';
import type { FigureInput } from './sentences.ts';
import { direction, FRACTIONS, roundCount, SHARE_BAND, TOLERANCE, type Direction } from './words.ts';

/**
 * The profile's sentences in the community languages, each written in that language's own
 * grammar rather than word for word from the German. Shares are said with digits ("1 von 4"),
 * which needs no agreement of number words, and a comparison with the city is its own sentence.
 * Migration figures stay neutral: the city's share beside the area's, no "more" or "less".
 */
type Writer = (f: FigureInput, lang: CommunityLanguage) => string;

export type ShareParts = { kind: 'all' | 'few'; n?: never; d?: never } | { kind: 'of'; n: number; d: number };
/** A share as "n of d" people (d = 100 where no simple fraction is near), or almost all / very few. */
export function shareParts(share: number): ShareParts {
  if (share >= 0.97) return { kind: 'all' };
  if (share < 0.005) return { kind: 'few' };
  const near = FRACTIONS.find(([n, d]) => Math.abs(share - n / d) <= TOLERANCE);
  if (near) return { kind: 'of', n: near[0], d: near[1] };
  return { kind: 'of', n: Math.round(share * 100), d: 100 };
}

/** Arabic isolates the Latin area names, so a name's letters and the sentence's keep their order. */
const iso = (lang: CommunityLanguage, s: string) => (lang === 'ar' ? `\u2068${s}\u2069` : s);

const plural = (lang: CommunityLanguage, n: number) => new Intl.PluralRules(lang).select(n);
/** The Ukrainian noun form for a count (1 заклад, 2 заклади, 5 закладів). */
const ukForm = (n: number, forms: { one: string; few: string; many: string }) => {
  const r = plural('uk', n);
  return r === 'one' ? forms.one : r === 'few' ? forms.few : forms.many;
};

/** "about 1 in 4 people" per language; `plural`: whether a following verb takes the plural. */
function shareText(share: number, lang: CommunityLanguage): { text: string; plural: boolean } {
  const p = shareParts(share);
  const T = {
    tr: {
      all: 'neredeyse herkes',
      few: 'çok az kişi',
      of: (n: number, d: number) => `her ${d} kişiden yaklaşık ${n} kişi`,
    },
    bg: {
      all: 'почти всички',
      few: 'много малко хора',
      of: (n: number, d: number) => `около ${n} от ${d} души`,
    },
    uk: {
      all: 'майже всі',
      few: 'дуже мало людей',
      of: (n: number, d: number) => `приблизно ${n} з ${d} людей`,
    },
    ar: {
      all: 'الجميع تقريبًا',
      few: 'عدد قليل جدًا من الناس',
      // 3 to 10 take the plural noun, 100 the singular.
      of: (n: number, d: number) => `نحو ${n} من كل ${d} ${d <= 10 ? 'أشخاص' : 'شخص'}`,
    },
  }[lang];
  if (p.kind === 'all') return { text: T.all, plural: true };
  if (p.kind === 'few' || p.n === undefined) return { text: T.few, plural: true };
  if (p.d === 2)
    return {
      tr: { text: 'nüfusun yaklaşık yarısı', plural: false },
      bg: { text: 'около половината от хората', plural: true },
      uk: { text: 'приблизно половина людей', plural: false },
      ar: { text: 'نحو نصف السكان', plural: true },
    }[lang];
  return { text: T.of(p.n, p.d), plural: p.n !== 1 };
}

/** The comparison with the city as its own short sentence. */
function directionSentence(d: Direction, lang: CommunityLanguage, kind: 'menge' | 'alter' = 'menge'): string {
  const T = {
    tr: {
      mehr: kind === 'alter' ? 'Yani daha yaşlı.' : 'Yani daha fazla.',
      weniger: kind === 'alter' ? 'Yani daha genç.' : 'Yani daha az.',
      gleich: 'Yani yaklaşık aynı.',
    },
    bg: {
      mehr: 'Това е повече от средното.',
      weniger: 'Това е по-малко от средното.',
      gleich: 'Това е приблизително колкото средното.',
    },
    uk: {
      mehr: 'Це більше, ніж у середньому.',
      weniger: 'Це менше, ніж у середньому.',
      gleich: 'Це приблизно стільки ж, як у середньому.',
    },
    ar: { mehr: 'هذا أكثر من المتوسط.', weniger: 'هذا أقل من المتوسط.', gleich: 'هذا قريب من المتوسط.' },
  };
  return T[lang][d];
}

/** "Bremerhaven as a whole: …" — `where` is the territory's in-phrase ("in Bremerhaven"). */
function cityLine(lang: CommunityLanguage, where: string, text: string): string {
  return {
    tr: `Genel olarak ${where}: ${text}.`,
    bg: `Общо ${where}: ${text}.`,
    uk: `Загалом ${where}: ${text}.`,
    ar: `وفي ${where.replace(/^في /, '')} ككل: ${text}.`,
  }[lang];
}

function compared(f: FigureInput, lang: CommunityLanguage): string {
  if (f.city === undefined) return '';
  return ` ${cityLine(lang, f.where, shareText(f.city, lang).text)} ${directionSentence(direction(f.value, f.city, SHARE_BAND), lang)}`;
}

type Phrases = Record<CommunityLanguage, (name: string, w: { text: string; plural: boolean }) => string>;
function shareSentence(phrases: Phrases, neutral = false): Writer {
  return (f, lang) => {
    const w = shareText(f.value, lang);
    const main = phrases[lang](iso(lang, f.name), w);
    if (!neutral) return main + compared(f, lang);
    return f.city === undefined ? main : `${main} ${cityLine(lang, f.where, shareText(f.city, lang).text)}`;
  };
}

const ageShare = (age: number, under = false): Phrases => ({
  tr: (name, w) => `${name}: ${w.text} ${under ? `${age} yaşından küçük` : `${age} yaş veya üzerinde`}.`,
  bg: (name, w) =>
    `В ${name} ${w.text} ${w.plural ? 'са' : 'е'} ${under ? `под ${age} години` : `на ${age} или повече години`}.`,
  uk: (name, w) =>
    `У ${name} ${w.text} ${under ? `${w.plural ? 'мають' : 'має'} менше ${age} років` : `${w.plural ? 'мають' : 'має'} ${age} років або більше`}.`,
  ar: (name, w) =>
    `في ${name}، ${under ? `يقل عمر ${w.text} عن ${age} سنة` : `يبلغ عمر ${w.text} ${age} سنة أو أكثر`}.`,
});

const people: Writer = (f, lang) => {
  const { value } = roundCount(f.value);
  const n = formatNumber(lang, value);
  const name = iso(lang, f.name);
  const persons = ukForm(value, { one: 'особа', few: 'особи', many: 'осіб' });
  let s = {
    tr: `${name}: yaklaşık ${n} kişi yaşıyor.`,
    bg: `В ${name} живеят около ${n} души.`,
    uk: `У ${name} мешкає близько ${n} ${persons}.`,
    ar: `يسكن في ${name} نحو ${n} شخص.`,
  }[lang];
  if (f.start && f.start.value > 0) {
    const change = (f.value - f.start.value) / f.start.value;
    const pct = `${formatNumber(lang, Math.round(Math.abs(change) * 100))} %`;
    const y = f.start.year;
    const d = Math.abs(change) < 0.01 ? 'gleich' : change > 0 ? 'mehr' : 'weniger';
    s +=
      ' ' +
      {
        tr: {
          gleich: `${y} yılından bu yana sayı hemen hemen aynı kaldı.`,
          mehr: `${y} yılından bu yana sayı yaklaşık ${pct} arttı.`,
          weniger: `${y} yılından bu yana sayı yaklaşık ${pct} azaldı.`,
        },
        bg: {
          gleich: `От ${y} г. броят им е почти същият.`,
          mehr: `От ${y} г. броят им се е увеличил с около ${pct}.`,
          weniger: `От ${y} г. броят им е намалял с около ${pct}.`,
        },
        uk: {
          gleich: `З ${y} року їхня кількість майже не змінилася.`,
          mehr: `З ${y} року їхня кількість зросла приблизно на ${pct}.`,
          weniger: `З ${y} року їхня кількість зменшилася приблизно на ${pct}.`,
        },
        ar: {
          gleich: `بقي العدد منذ ${y} كما هو تقريبًا.`,
          mehr: `ازداد العدد منذ ${y} بنحو ${pct}.`,
          weniger: `انخفض العدد منذ ${y} بنحو ${pct}.`,
        },
      }[lang][d];
  }
  return s;
};

const meanAge: Writer = (f, lang) => {
  const years = formatNumber(lang, Math.round(f.value));
  const name = iso(lang, f.name);
  const main = {
    tr: `${name}: yaş ortalaması yaklaşık ${years}.`,
    bg: `Средната възраст в ${name} е около ${years} години.`,
    uk: `Середній вік у ${name} — близько ${years} років.`,
    ar: `يبلغ متوسط العمر في ${name} نحو ${years} سنة.`,
  }[lang];
  if (f.city === undefined) return main;
  const city = formatNumber(lang, Math.round(f.city));
  return `${main} ${cityLine(lang, f.where, city)} ${directionSentence(direction(f.value, f.city, 1), lang, 'alter')}`;
};

const supplyLoss: Writer = (f, lang) => {
  const n = Math.round(Math.abs(f.value));
  const since = f.since ?? 2015;
  const name = iso(lang, f.name);
  const num = formatNumber(lang, n);
  const closed = f.value > 0;
  if (n === 0)
    return {
      tr: `${since} yılından bu yana ${name} içinde açılan ve kapanan tesis sayısı aynı.`,
      bg: `От ${since} г. в ${name} са открити толкова обекти, колкото са закрити.`,
      uk: `З ${since} року в ${name} відкрилося стільки ж закладів, скільки закрилося.`,
      ar: `منذ ${since} تساوى في ${name} عدد المرافق التي افتُتحت وعدد التي أُغلقت.`,
    }[lang];
  const what = ' (market, doktor, postane, buluşma yerleri vb.)';
  const ukUnit = ukForm(n, { one: 'заклад', few: 'заклади', many: 'закладів' });
  const bgUnit = n === 1 ? 'обект' : 'обекта';
  return {
    tr: closed
      ? `${since} yılından bu yana ${name} içinde açılandan ${num} tesis daha fazla kapandı${what}.`
      : `${since} yılından bu yana ${name} içinde kapanandan ${num} tesis daha fazla açıldı.`,
    bg: closed
      ? `От ${since} г. в ${name} са закрити с ${num} ${bgUnit} повече, отколкото са открити (хранителни магазини, лекари, поща, места за срещи и др.).`
      : `От ${since} г. в ${name} са открити с ${num} ${bgUnit} повече, отколкото са закрити.`,
    uk: closed
      ? `З ${since} року в ${name} закрилося на ${num} ${ukUnit} більше, ніж відкрилося (продукти, лікарі, пошта, місця зустрічей тощо).`
      : `З ${since} року в ${name} відкрилося на ${num} ${ukUnit} більше, ніж закрилося.`,
    ar: closed
      ? `منذ ${since} زاد عدد المرافق التي أُغلقت في ${name} على عدد التي افتُتحت بمقدار ${num} (متاجر مواد غذائية، أطباء، بريد، أماكن لقاء وغيرها).`
      : `منذ ${since} زاد عدد المرافق التي افتُتحت في ${name} على عدد التي أُغلقت بمقدار ${num}.`,
  }[lang];
};

const grocery = shareSentence({
  tr: (name, w) => `${name}: ${w.text} bir markete en fazla 500 m (kuş uçuşu) uzaklıkta oturuyor.`,
  bg: (name, w) =>
    `В ${name} ${w.text} ${w.plural ? 'живеят' : 'живее'} на не повече от 500 м (по права линия) от хранителен магазин.`,
  uk: (name, w) =>
    `У ${name} ${w.text} ${w.plural ? 'живуть' : 'живе'} не далі ніж за 500 м (по прямій) від продуктового магазину.`,
  ar: (name, w) => `في ${name}، يسكن ${w.text} على بعد 500 م على الأكثر (خطًا مستقيمًا) من متجر مواد غذائية.`,
});

const WRITERS: Record<string, Writer> = {
  einwohner: people,
  anteil_unter_18: shareSentence(ageShare(18, true)),
  anteil_65_plus: shareSentence(ageShare(65)),
  anteil_80_plus: shareSentence(ageShare(80)),
  durchschnittsalter: meanAge,
  anteil_auslaender: shareSentence(
    {
      tr: (name, w) => `${name}: ${w.text} yabancı uyruklu.`,
      bg: (name, w) => `В ${name} ${w.text} ${w.plural ? 'имат' : 'има'} чуждо гражданство.`,
      uk: (name, w) => `У ${name} ${w.text} ${w.plural ? 'мають' : 'має'} іноземне громадянство.`,
      ar: (name, w) => `في ${name}، يحمل ${w.text} جنسية أجنبية.`,
    },
    true,
  ),
  anteil_migrationshintergrund: shareSentence(
    {
      tr: (name, w) => `${name}: ${w.text} göçmen kökenli.`,
      bg: (name, w) => `В ${name} ${w.text} ${w.plural ? 'имат' : 'има'} миграционен произход.`,
      uk: (name, w) => `У ${name} ${w.text} ${w.plural ? 'мають' : 'має'} міграційне походження.`,
      ar: (name, w) => `في ${name}، لدى ${w.text} أصول مهاجرة.`,
    },
    true,
  ),
  versorgungsverlust: supplyLoss,
  erreichbar_500m_lebensmittelmarkt: grocery,
};

/** The key figure's sentences in a community language, or undefined for an indicator without one. */
export function communitySentence(f: FigureInput, lang: CommunityLanguage): string | undefined {
  return WRITERS[f.id]?.(f, lang);
}
