import type { Cell } from '../domain/values.ts';
import { sourceTitle, type Model } from '../data/model.ts';
import { useI18n } from '../i18n/context.tsx';
import { StatusMark } from './StatusMark.tsx';

/** Status and source(s) of a shown value: "Beispielwert · Quelle: Beispielwerte (Generator)". */
export function Provenance({ model, cell }: { model: Model; cell: Cell }) {
  const { lang, t } = useI18n();
  if (cell.kind === 'fehlt') return null;
  const titles = cell.sources.map((id) => sourceTitle(model, id, lang));
  const shown =
    titles.slice(0, 2).join('; ') +
    (titles.length > 2 ? ` ${t('value.moreSources', { n: titles.length - 2 })}` : '');
  return (
    <span className="provenance">
      <StatusMark status={cell.status} forecast={cell.forecast} />
      {titles.length > 0 && <span className="source"> · {t('value.source', { titles: shown })}</span>}
    </span>
  );
}
