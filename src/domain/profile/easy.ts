import { formatNumber } from '../format.ts';
import type { FigureInput } from './sentences.ts';
import { direction, roundCount } from './words.ts';

/**
 * The profile's sentences in Leichte Sprache, after the rules of the Netzwerk Leichte Sprache:
 * one statement per sentence, short sentences, numbers as digits, no per cent signs (shares as
 * "1 von 4 Menschen"), hard words explained in a sentence of their own, few negations. Pure.
 */

/** Fractions a reader takes in at a glance, as "n von d". */
const FRACTIONS: [number, number][] = [
  [1, 2],
  [1, 3],
  [2, 3],
  [1, 4],
  [3, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [1, 10],
];
const TOLERANCE = 0.015;

/** A share (0..1) as "Ungefähr 1 von 4 Menschen", with the number the verb takes (1: singular). */
export function easyShare(share: number): { text: string; count: number } {
  if (share >= 0.97) return { text: 'Fast alle Menschen', count: 2 };
  if (share < 0.01) return { text: 'Nur sehr wenige Menschen', count: 2 };
  const near = FRACTIONS.filter(([n, d]) => Math.abs(share - n / d) <= TOLERANCE).sort(
    ([a, b], [c, d]) => Math.abs(share - a / b) - Math.abs(share - c / d),
  )[0];
  const [n, d] = near ?? [Math.round(share * 100), 100];
  return { text: `Ungefähr ${n} von ${d} Menschen`, count: n };
}

const verb = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** "Das sind mehr als in Bremerhaven insgesamt." — or nothing where no comparison is given. */
function comparison(f: FigureInput, band: number): string[] {
  if (f.city === undefined) return [];
  const d = direction(f.value, f.city, band);
  return [
    d === 'gleich'
      ? `Das sind ungefähr so viele wie ${f.where} insgesamt.`
      : `Das sind ${d === 'mehr' ? 'mehr' : 'weniger'} als ${f.where} insgesamt.`,
  ];
}

type Writer = (f: FigureInput) => string[];

const share =
  (one: string, many: string, extra: string[] = []): Writer =>
  (f) => {
    const s = easyShare(f.value);
    return [`${s.text} in ${f.name} ${verb(s.count, one, many)}.`, ...extra, ...comparison(f, 0.015)];
  };

/** Migration figures are stated beside the city's, without "more" or "less" (see sentences.ts). */
const neutral =
  (one: string, many: string, explain: string): Writer =>
  (f) => {
    const s = easyShare(f.value);
    const out = [`${s.text} in ${f.name} ${verb(s.count, one, many)}.`, explain];
    if (f.city !== undefined) {
      const c = easyShare(f.city);
      out.push(
        `${f.where.charAt(0).toUpperCase()}${f.where.slice(1)} insgesamt: ${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}.`,
      );
    }
    return out;
  };

const people: Writer = (f) => {
  const { value, approx } = roundCount(f.value);
  const n = formatNumber('de', value);
  const out = [
    `In ${f.name} ${value === 1 ? 'lebt' : 'leben'} ${approx ? 'ungefähr ' : ''}${n} ${value === 1 ? 'Mensch' : 'Menschen'}.`,
  ];
  if (f.start && f.start.value > 0) {
    const change = (f.value - f.start.value) / f.start.value;
    out.push(
      Math.abs(change) < 0.01
        ? `Im Jahr ${f.start.year} waren es ungefähr genauso viele.`
        : `Im Jahr ${f.start.year} waren es ${change > 0 ? 'weniger' : 'mehr'}.`,
    );
  }
  return out;
};

const meanAge: Writer = (f) => {
  const out = [
    `Die Menschen in ${f.name} sind im Durchschnitt ${formatNumber('de', Math.round(f.value))} Jahre alt.`,
    'Durchschnitt heißt: Man rechnet das Alter von allen Menschen zusammen.',
    'Dann teilt man durch die Zahl der Menschen.',
  ];
  if (f.city !== undefined)
    out.push(
      `${f.where.charAt(0).toUpperCase()}${f.where.slice(1)} insgesamt sind es ${formatNumber('de', Math.round(f.city))} Jahre.`,
    );
  return out;
};

const supplyLoss: Writer = (f) => {
  const n = Math.round(Math.abs(f.value));
  const since = f.since ?? 2015;
  const explain =
    'Einrichtungen sind zum Beispiel: Lebensmittel-Geschäfte, Ärzte, die Post und Treff-Punkte.';
  if (n === 0)
    return [
      `Seit ${since} haben in ${f.name} genauso viele Einrichtungen aufgemacht wie zugemacht.`,
      explain,
    ];
  const what = n === 1 ? '1 Einrichtung' : `${formatNumber('de', n)} Einrichtungen`;
  return [
    f.value > 0
      ? `Seit ${since} ${n === 1 ? 'hat' : 'haben'} in ${f.name} ${what} mehr zugemacht als aufgemacht.`
      : `Seit ${since} ${n === 1 ? 'hat' : 'haben'} in ${f.name} ${what} mehr aufgemacht als zugemacht.`,
    explain,
  ];
};

const WRITERS: Record<string, Writer> = {
  einwohner: people,
  anteil_unter_18: share('ist jünger als 18 Jahre', 'sind jünger als 18 Jahre'),
  anteil_65_plus: share('ist 65 Jahre oder älter', 'sind 65 Jahre oder älter'),
  anteil_80_plus: share('ist 80 Jahre oder älter', 'sind 80 Jahre oder älter'),
  durchschnittsalter: meanAge,
  anteil_auslaender: neutral(
    'hat einen ausländischen Pass',
    'haben einen ausländischen Pass',
    'Das heißt: Diese Menschen haben den Pass von einem anderen Land.',
  ),
  anteil_migrationshintergrund: neutral(
    'hat einen Migrations-Hintergrund',
    'haben einen Migrations-Hintergrund',
    'Das heißt: Diese Menschen oder ihre Eltern sind aus einem anderen Land gekommen.',
  ),
  versorgungsverlust: supplyLoss,
  erreichbar_500m_lebensmittelmarkt: share(
    'wohnt nah an einem Lebensmittel-Geschäft',
    'wohnen nah an einem Lebensmittel-Geschäft',
    ['Nah heißt hier: höchstens 500 Meter Luftlinie.'],
  ),
};

/** The sentences for a key figure in Leichte Sprache, or undefined for an indicator without them. */
export function easySentences(f: FigureInput): string[] | undefined {
  return WRITERS[f.id]?.(f);
}

/** What a reader must know about figures that are not official, in Leichte Sprache. */
export const EASY_SAMPLE = ['Das sind Beispiel-Zahlen.', 'Sie sind nicht echt.'];
