import { useState } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import type { UrlNotice } from '../../state/url.ts';

/** Standing notices (schematic boundaries, sample values) and a dismissable one for a bad link. */
export function Notices(props: {
  /** Approximate boundaries: what they are (schematic, from address points), or null. */
  boundaries: string | null;
  sample: boolean;
  /** The user's own data (Datenwerkstatt) is merged in: shown on every view, the presentation too. */
  own: boolean;
  url: readonly UrlNotice[];
}) {
  const { t } = useI18n();
  const [closed, setClosed] = useState(false);
  const urlTexts = props.url.map((n) =>
    n.reason === 'ebene'
      ? t('notice.urlLevel', { value: n.value })
      : n.fallback
        ? t('notice.url', { param: n.param, value: n.value, fallback: n.fallback })
        : t('notice.urlNone', { param: n.param, value: n.value }),
  );
  return (
    <div className="notices">
      {props.own && (
        <p className="badge own" data-testid="hinweis-eigene-daten">
          <strong>{t('notice.own')}</strong> <a href="?ansicht=daten">{t('notice.ownLink')}</a>
        </p>
      )}
      {props.boundaries && (
        <p className="badge" data-testid="hinweis-grenzen">
          <strong>{props.boundaries}</strong> <a href="#hinweis-grenzen">{t('notice.boundariesLink')}</a>
        </p>
      )}
      {props.sample && (
        <p className="badge sample" data-testid="hinweis-beispiel">
          <strong>{t('notice.sample')}</strong> <a href="#hinweis-beispiel">{t('notice.boundariesLink')}</a>
        </p>
      )}
      {!closed && urlTexts.length > 0 && (
        <div className="alert" role="alert" data-testid="hinweis-url">
          <ul>
            {urlTexts.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setClosed(true)} aria-label={t('notice.close')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
