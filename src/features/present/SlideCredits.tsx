import { provenanceOf, type Cell } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../../view/StatusMark.tsx';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Datenstand and source line every slide carries: the year shown (with the sources' exact
 * reference dates where they have one), the publishers, and the weakest status of the values.
 * Publishers rather than page titles keep it to one line a room can read; the titles are in the
 * app's source list.
 */
export function SlideCredits({ model, cells, year }: { model: Model; cells: Iterable<Cell>; year: number }) {
  const { t } = useI18n();
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
  return (
    <p className="slide-credits" data-testid="folienquelle">
      {t('present.dataAsOf', { year: dates.length ? dates.join(', ') : year })}
      {publishers.length > 0 && ` · ${t('present.source', { titles: shown + more })}`}
      {status && (
        <>
          {' · '}
          <StatusMark status={status} />
        </>
      )}
    </p>
  );
}
