import type { ReactNode } from 'react';
import { provenanceOf, type Cell } from '../../domain/values.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../StatusMark.tsx';

/** Status and sources of everything a chart shows: "◇ Beispielwert · Quelle: …". */
export function ChartProvenance({ model, cells }: { model: Model; cells: Iterable<Cell> }) {
  const { lang, t } = useI18n();
  const { status, sources } = provenanceOf(cells);
  if (!status) return null;
  return (
    <p className="chart-provenance">
      <StatusMark status={status} />
      {sources.length > 0 &&
        ` · ${t('value.source', { titles: sourceTitles(model, sources, lang).join('; ') })}`}
    </p>
  );
}

/** A chart's table alternative, folded away under "Als Tabelle". */
export function ChartTable(props: { caption: ReactNode; head: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details className="chart-table">
      <summary>{t('charts.asTable')}</summary>
      <div className="compare-scroll">
        <table>
          <caption>{props.caption}</caption>
          <thead>{props.head}</thead>
          <tbody>{props.children}</tbody>
        </table>
      </div>
    </details>
  );
}
