import { useEffect, useId, useMemo, useState } from 'react';
import { htmlLang, LANGUAGES, type Language } from '../../domain/format.ts';
import { LANGUAGE_NAMES } from '../../i18n/languages.ts';
import type { AreaKey, IndicatorId } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { EMBED_VIEWS, serializeUrl, type ViewState } from '../../state/url.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { IndicatorOptions } from '../../view/IndicatorOptions.tsx';
import { areaName, indicatorLabel } from '../../view/text.ts';

type EmbedView = (typeof EMBED_VIEWS)[number];
const SIZES = { breit: [800, 600], hoch: [400, 720], quadrat: [600, 600] } as const;
type Size = keyof typeof SIZES | 'eigen';

/** Text for an HTML attribute value: the characters that could end it or start markup, escaped. */
export const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The snippet a city page pastes: an iframe with a title (for screen readers) and its size. */
export function iframeSnippet(src: string, title: string, w: number, h: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="${w}" height="${h}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

const isEmbedView = (v: string | null): v is EmbedView =>
  (EMBED_VIEWS as readonly (string | null)[]).includes(v);

/**
 * The embed builder (`ansicht=einbetten`): the city picks a view, an area or indicator, a size and
 * a language, sees it live, and copies the iframe snippet. It starts from the view it was opened
 * from (`von=` and that view's parameters).
 */
export function EmbedBuilder({ model, state }: { model: Model; state: ViewState }) {
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  useEffect(() => {
    document.title = `${t('embedder.title')} – ${t('app.title')}`;
  }, [t]);
  const [view, setView] = useState<EmbedView>(isEmbedView(state.von) ? state.von : 'profil');
  const [area, setArea] = useState<AreaKey | null>(
    state.gebiet ?? model.manifest.referenzgebiete?.gebiete[0] ?? null,
  );
  const [indicator, setIndicator] = useState<IndicatorId>(state.indikator);
  const [language, setLanguage] = useState<Language>(state.sprache);
  const [size, setSize] = useState<Size>('breit');
  const [own, setOwn] = useState<[number, number]>([800, 600]);
  const [copied, setCopied] = useState<string | null>(null);
  const [w, h] = size === 'eigen' ? own : SIZES[size];
  const areaLevel = area ? model.areas.get(area)?.level : undefined;
  const embedded: ViewState = {
    ...state,
    ansicht: view,
    von: null,
    einbettung: true,
    sprache: language,
    indikator: indicator,
    gebiet: area,
    ...(areaLevel && areaLevel !== 'gesamt' ? { ebene: areaLevel } : {}),
  };
  const src = `${location.origin}${location.pathname}${serializeUrl(embedded)}`;
  const what =
    view === 'profil' && area
      ? `${t(`nav.${view}`)} ${areaName(model, area, language)}`
      : `${t(`nav.${view}`)}: ${indicatorLabel(model.indicators.get(indicator)!, language)}`;
  const title = t('embedder.frameTitle', { what });
  const snippet = useMemo(() => iframeSnippet(src, title, w, h), [src, title, w, h]);
  const copy = async () => {
    let text: string;
    try {
      await navigator.clipboard.writeText(snippet);
      text = t('embedder.copied');
    } catch {
      (document.getElementById(`${id}-baustein`) as HTMLTextAreaElement | null)?.select();
      text = t('embedder.copyFailed');
    }
    setCopied(text);
    announce(text);
  };
  const px = (v: string, fallback: number) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 200 && n <= 2000 ? n : fallback;
  };
  return (
    <section className="embed-builder" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('embedder.title')}</h2>
      <p>{t('embedder.intro')}</p>
      <div className="embed-fields">
        <p className="field">
          <label htmlFor={`${id}-ansicht`}>{t('embedder.view')}</label>
          <select id={`${id}-ansicht`} value={view} onChange={(e) => setView(e.target.value as EmbedView)}>
            {EMBED_VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(`nav.${v}`)}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor={`${id}-gebiet`}>{t('embedder.area')}</label>
          <select
            id={`${id}-gebiet`}
            value={area ?? ''}
            onChange={(e) => setArea(model.areaKey(e.target.value) ?? null)}
          >
            {view !== 'profil' && <option value="">{t('embedder.areaNone')}</option>}
            {model.mapLevels.map((l) => (
              <optgroup key={l} label={t(`level.${l}`)}>
                {model.byLevel[l].map((a) => (
                  <option key={a} value={a}>
                    {areaName(model, a, lang)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </p>
        {view !== 'profil' && (
          <p className="field">
            <label htmlFor={`${id}-indikator`}>{t('embedder.indicator')}</label>
            <select
              id={`${id}-indikator`}
              value={indicator}
              onChange={(e) => setIndicator(model.indicatorId(e.target.value) ?? indicator)}
            >
              <IndicatorOptions catalogue={model.catalogue} show={(i) => !i.hilfsgroesse && !i.pyramide} />
            </select>
          </p>
        )}
        <p className="field">
          <label htmlFor={`${id}-sprache`}>{t('embedder.language')}</label>
          <select
            id={`${id}-sprache`}
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={htmlLang(l)}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor={`${id}-groesse`}>{t('embedder.size')}</label>
          <select id={`${id}-groesse`} value={size} onChange={(e) => setSize(e.target.value as Size)}>
            {(['breit', 'hoch', 'quadrat', 'eigen'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`embedder.size.${s}`)}
              </option>
            ))}
          </select>
        </p>
        {size === 'eigen' && (
          <>
            <p className="field">
              <label htmlFor={`${id}-breite`}>{t('embedder.width')}</label>
              <input
                id={`${id}-breite`}
                type="number"
                min={200}
                max={2000}
                defaultValue={own[0]}
                onChange={(e) => setOwn(([, y]) => [px(e.target.value, own[0]), y])}
              />
            </p>
            <p className="field">
              <label htmlFor={`${id}-hoehe`}>{t('embedder.height')}</label>
              <input
                id={`${id}-hoehe`}
                type="number"
                min={200}
                max={2000}
                defaultValue={own[1]}
                onChange={(e) => setOwn(([x]) => [x, px(e.target.value, own[1])])}
              />
            </p>
          </>
        )}
      </div>
      <p className="field wide">
        <label htmlFor={`${id}-baustein`}>{t('embedder.snippet')}</label>
        <textarea id={`${id}-baustein`} readOnly rows={4} value={snippet} data-testid="einbettung-baustein" />
      </p>
      <p>
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('embedder.copy')}
        </button>{' '}
        <span role="status">{copied ?? ''}</span>
      </p>
      <p className="hint">{t('embedder.hosting')}</p>
      <h3>{t('embedder.preview')}</h3>
      <div className="embed-preview">
        <iframe src={src} title={title} width={w} height={h} />
      </div>
    </section>
  );
}
