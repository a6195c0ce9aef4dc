import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { htmlLang, type Language } from '../../domain/format.ts';
import { useI18n } from '../../i18n/context.tsx';
import { LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { serializeUrl, type ViewState } from '../../state/url.ts';

/** The header's languages; Leichte Sprache is offered where it exists, in the profile and finder. */
const MENU: readonly Language[] = ['de', 'en', 'ar', 'bg', 'tr', 'uk'];

/**
 * The language menu: a disclosure of real links (each opens in a new tab too), every language by
 * its own name and with its own `lang`, so a reader finds theirs without reading German.
 */
export function LanguageMenu({
  state,
  go,
}: {
  state: ViewState;
  go: (patch: Partial<ViewState>) => (e: MouseEvent) => void;
}) {
  const { lang, t } = useI18n();
  const menu = useRef<HTMLDetailsElement>(null);
  const close = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  return (
    <details className="lang-menu" ref={menu} onKeyDown={close}>
      <summary aria-label={`${t('lang.menu')}: ${LANGUAGE_NAMES[lang]}`}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <ellipse cx="12" cy="12" rx="4.2" ry="9.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M2.5 12h19M4.5 7h15M4.5 17h15" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span lang={htmlLang(lang)}>{LANGUAGE_NAMES[lang]}</span>
      </summary>
      <ul>
        {MENU.map((l) => (
          <li key={l}>
            <a
              href={serializeUrl({ ...state, sprache: l })}
              hrefLang={htmlLang(l)}
              lang={htmlLang(l)}
              aria-current={l === lang ? 'true' : undefined}
              onClick={(e) => {
                if (menu.current) menu.current.open = false;
                go({ sprache: l })(e);
              }}
            >
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
