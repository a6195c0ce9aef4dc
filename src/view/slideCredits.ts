import type { Status } from '../domain/ids.ts';
import { provenanceOf, type Cell } from '../domain/values.ts';
import type { Model } from '../data/model.ts';
import type { Translate } from '../i18n/translate.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Datenstand and source line of a slide, in words: the year shown (with the sources' exact
 * reference dates where they have one), the publishers (at most three, then "and n more") and the
 * weakest status of the values. The presentation shows it on every slide; the meeting's
 * Dokumentation lists it for every slide shown.
 */
export function slideCredits(
  model: Model,
  cells: Iterable<Cell>,
  year: number,
  t: Translate,
): { dataAsOf: string; source: string | null; status: Status | undefined } {
  const { status, sources } = provenanceOf(cells);
  const known = sources.flatMap((s) => model.sources.get(s) ?? []);
  const dates = [
    ...new Set(
      known.flatMap((s) => (ISO_DATE.test(s.stichtag) ? [s.stichtag.replace(ISO_DATE, '$3.$2.$1')] : [])),
    ),
  ];
  const publishers = [...new Set(known.map((s) => s.herausgeber))];
  const shown = publishers.slice(0, 3).join('; ');
  const more = publishers.length > 3 ? ` ${t('value.moreSources', { n: publishers.length - 3 })}` : '';
  return {
    dataAsOf: t('present.dataAsOf', { year: dates.length ? dates.join(', ') : year }),
    source: publishers.length > 0 ? t('present.source', { titles: shown + more }) : null,
    status,
  };
}
