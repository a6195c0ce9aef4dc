import { provenanceOf, type Cell } from '../../domain/values.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../explorer/StatusMark.tsx';

/** The Datenstand and source line every slide carries: year, reference dates, sources, status. */
export function SlideCredits({ model, cells, year }: { model: Model; cells: Iterable<Cell>; year: number }) {
  const { t } = useI18n();
  const { status, sources } = provenanceOf(cells);
  const dates = [...new Set(sources.map((s) => model.sources.get(s)?.stichtag).filter(Boolean))];
  return (
    <p className="slide-credits" data-testid="folienquelle">
      {t('present.dataAsOf', { year: dates.length ? `${year} (${dates.join(', ')})` : year })}
      {sources.length > 0 && ` · ${t('present.source', { titles: sourceTitles(model, sources).join('; ') })}`}
      {status && (
        <>
          {' · '}
          <StatusMark status={status} />
        </>
      )}
    </p>
  );
}
