import type { Cell } from '../../domain/values.ts';
import { slideCredits } from '../../view/slideCredits.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../../view/StatusMark.tsx';

/**
 * The Datenstand and source line every slide carries (view/slideCredits.ts). Publishers rather than
 * page titles keep it to one line a room can read; the titles are in the app's source list.
 */
export function SlideCredits({ model, cells, year }: { model: Model; cells: Iterable<Cell>; year: number }) {
  const { t } = useI18n();
  const { dataAsOf, source, status } = slideCredits(model, cells, year, t);
  return (
    <p className="slide-credits" data-testid="folienquelle">
      {dataAsOf}
      {source && ` · ${source}`}
      {status && (
        <>
          {' · '}
          <StatusMark status={status} />
        </>
      )}
    </p>
  );
}
