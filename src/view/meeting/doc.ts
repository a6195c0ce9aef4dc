import { decodeDeck } from '../../domain/deck/codec.ts';
import type { Deck } from '../../domain/deck/deck.ts';
import type { MapLevel } from '../../domain/levels.ts';
import type { Status } from '../../domain/ids.ts';
import type { Meeting } from '../../domain/meeting/meeting.ts';
import { resultsByDots, storeAfter } from '../../domain/meeting/topics.ts';
import type { Language } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { parseUrl, type UrlKnowledge } from '../../state/url.ts';
import { choropleth, fillColours } from '../choropleth.ts';
import { deckKnowledge } from '../deckState.ts';
import { slideCredits } from '../slideCredits.ts';
import { areaName, indicatorWithYear } from '../text.ts';
import { fieldName, meetingDate } from './knowledge.ts';

/**
 * The meeting's Dokumentation as data: one structure that the printable page and the text file
 * both render, so the two never say different things. Slides are listed with the Datenstand,
 * sources and status of the values they show and the colours of a small map.
 */
export interface DocSlide {
  n: number;
  title: string;
  /** "Datenstand … · Quelle … " and the weakest status of the slide's values. */
  credits: string;
  status: Status | undefined;
  /** The small map: level and the colour of each area, with a caption. */
  map: { level: MapLevel; colours: Map<string, string>; caption: string };
}

export interface DocAgendaItem {
  n: number;
  title: string;
  kind: string;
  minutes: string | null;
  text: string;
  /** A deck item: the deck's title and slides. */
  deck: { title: string; slides: DocSlide[] } | null;
}

export interface DocTopic {
  title: string;
  dots: string;
  meta: string[];
  notes: string;
  steps: string[];
  inDiscussion: boolean;
}

export interface MeetingDoc {
  title: string;
  when: string;
  where: string;
  groups: string[];
  participants: string | null;
  agenda: DocAgendaItem[];
  results: DocTopic[];
  store: DocTopic[];
  next: string;
  footer: string;
}

function deckOfItem(deck: string, model: Model, lang: Language): Deck {
  const dk = deckKnowledge(model);
  if (deck) {
    const r = decodeDeck(deck, dk);
    if (r.ok) return r.deck;
  }
  return dk.builtIn(lang);
}

export function meetingDoc(
  m: Meeting,
  model: Model,
  k: UrlKnowledge,
  lang: Language,
  t: Translate,
  today: string,
): MeetingDoc {
  const date = meetingDate(m.datum, lang);
  const dots = (n: number) => (n === 1 ? t('board.dotsOne') : t('board.dots', { n }));
  const topic = (c: Meeting['karten'][number]): DocTopic => ({
    title: c.titel,
    dots: dots(c.punkte),
    meta: [
      ...(c.handlungsfeld ? [t('board.field', { name: fieldName(model, c.handlungsfeld, lang) })] : []),
      ...(c.gebiete.length
        ? [t('board.areas', { names: c.gebiete.map((g) => areaName(model, g, lang)).join(', ') })]
        : []),
      ...(c.seit && c.seit !== m.datum ? [t('board.fromStore', { date: meetingDate(c.seit, lang) })] : []),
    ],
    notes: c.notizen,
    steps: c.schritte,
    inDiscussion: c.status === 'im_gespraech',
  });
  const slide = (s: Deck['folien'][number], n: number): DocSlide => {
    const view = { ...parseUrl(s.ansicht, k).state, sprache: lang };
    const ch = choropleth(model, view);
    const c = slideCredits(model, ch.cells.values(), ch.year, t);
    return {
      n,
      title: s.titel,
      credits: [c.dataAsOf, c.source, c.status && t(`status.${c.status}`)].filter(Boolean).join(' · '),
      status: c.status,
      map: {
        level: view.ebene,
        colours: fillColours(ch, '#e8ecef'),
        caption: t('doc.slideMap', {
          indicator: indicatorWithYear(ch.indicator, ch.year, lang, t),
          level: t(`level.${view.ebene}`),
          year: ch.year,
        }),
      },
    };
  };
  return {
    title: m.titel,
    when:
      m.beginn && m.ende
        ? t('doc.whenValue', { date, from: m.beginn, to: m.ende })
        : m.beginn
          ? `${date}, ${m.beginn}`
          : t('doc.whenDate', { date }),
    where: m.ort || t('doc.none'),
    groups: m.gruppen,
    participants: m.teilnehmende > 0 ? String(m.teilnehmende) : null,
    agenda: m.agenda.map((a, i) => {
      const deck = a.art === 'folien' ? deckOfItem(a.deck, model, lang) : null;
      return {
        n: i + 1,
        title: a.titel,
        kind: t(`meeting.kind.${a.art}`),
        minutes: a.minuten > 0 ? t('doc.minutes', { n: a.minuten }) : null,
        text: a.text,
        deck: deck ? { title: deck.titel, slides: deck.folien.map((s, j) => slide(s, j + 1)) } : null,
      };
    }),
    results: resultsByDots(m).map(topic),
    store: storeAfter(m).map(topic),
    next: m.naechsterTermin ? meetingDate(m.naechsterTermin, lang) : t('doc.notSet'),
    footer: t('doc.footer', { date: meetingDate(today, lang) }),
  };
}

/** The Dokumentation as plain text, to paste into the Sozialplanung's template. */
export function docText(d: MeetingDoc, t: Translate): string {
  const out: string[] = [];
  const heading = (s: string) => out.push('', s, '-'.repeat(Math.min(s.length, 72)));
  const title = t('doc.title', { title: d.title });
  out.push(title, '='.repeat(Math.min(title.length, 72)), '');
  out.push(`${t('doc.when')}: ${d.when}`, `${t('doc.where')}: ${d.where}`);
  if (d.participants) out.push(`${t('doc.participants')}: ${d.participants}`);
  out.push(`${t('doc.groups')}: ${d.groups.join(', ') || t('doc.none')}`);
  heading(t('doc.agenda'));
  if (d.agenda.length === 0) out.push(t('meeting.agendaEmpty'));
  for (const a of d.agenda) {
    out.push(
      `${t('meeting.item', { n: a.n, title: a.title })} (${[a.kind, a.minutes].filter(Boolean).join(', ')})`,
    );
    if (a.text) out.push(indent(a.text));
    if (a.deck) {
      out.push(`   ${t('doc.slides', { title: a.deck.title })}`);
      for (const s of a.deck.slides) {
        out.push(`   - ${t('doc.slide', { n: s.n, title: s.title })}`);
        out.push(`     ${s.credits}`);
      }
    }
  }
  const topics = (list: DocTopic[], none: string) => {
    if (list.length === 0) out.push(none);
    list.forEach((c, i) => {
      out.push(`${i + 1}. ${c.title} (${c.dots}${c.inDiscussion ? `; ${t('doc.inDiscussion')}` : ''})`);
      for (const m of c.meta) out.push(`   ${m}`);
      if (c.notes) out.push(`   ${t('doc.notes')}:`, indent(c.notes, 5));
      if (c.steps.length) {
        out.push(`   ${t('doc.steps')}:`);
        for (const s of c.steps) out.push(`     - ${s}`);
      }
    });
  };
  heading(t('doc.results'));
  topics(d.results, t('doc.noResults'));
  heading(t('doc.store'));
  topics(d.store, t('doc.storeEmpty'));
  heading(t('doc.next'));
  out.push(d.next, '', d.footer, '');
  return out.join('\n');
}

const indent = (text: string, n = 3) =>
  text
    .split(/\r?\n/)
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
