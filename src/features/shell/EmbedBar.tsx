import { useMemo } from 'react';
import { useDocumentLanguage } from '../../i18n/useDocumentLanguage.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import { choropleth } from '../../view/choropleth.ts';
import { slideCredits } from '../../view/slideCredits.ts';
import { StatusMark } from '../../view/StatusMark.tsx';

/**
 * The line an embedded view (`einbettung=1`) carries on the city's page: the Datenstand, sources and
 * status of what it shows, whether the boundaries are schematic, and a link to the same view in the
 * full Quartiersexplorer (a new window, so the host page stays).
 */
export function EmbedBar({
  model,
  state,
  approximate,
}: {
  model: Model;
  state: ViewState;
  approximate: string | null;
}) {
  const { lang, t } = useI18n();
  useDocumentLanguage(lang);
  const ch = useMemo(() => choropleth(model, state), [model, state]);
  const { dataAsOf, source, status } = slideCredits(model, ch.cells.values(), ch.year, t);
  const full = `${location.origin}${location.pathname}${serializeUrl({ ...state, einbettung: false })}`;
  return (
    <footer className="embed-bar" data-testid="einbettung">
      <p>
        {dataAsOf}
        {source && ` · ${source}`}
        {status && (
          <>
            {' · '}
            <StatusMark status={status} />
          </>
        )}
        {approximate && ` · ${approximate}`}
      </p>
      <p>
        <a href={full} target="_blank" rel="noopener">
          {t('embed.open')}
          <span className="visually-hidden"> {t('embed.newWindow')}</span>
        </a>
      </p>
    </footer>
  );
}
