import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type CSSProperties } from 'react';
import { slideView, type Deck, type Slide } from '../../domain/deck/deck.ts';
import { clampSlide } from '../../domain/deck/edit.ts';
import { deckKey, targetSlide } from '../../domain/deck/keys.ts';
import { bbox } from '../../domain/geo/bbox.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { parseUrl, type UrlKnowledge, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { choropleth, fillColours } from '../../view/choropleth.ts';
import { labelPoints, ownAreas } from '../../view/mapInput.ts';
import { cellText, indicatorWithYear } from '../../view/text.ts';
import { bigScreenTheme, NORMAL_THEME } from '../../map/theme.ts';
import { CompareSlide, ProfileSlide } from './OtherSlides.tsx';
import { DeckEditor } from './DeckEditor.tsx';
import { deckKnowledge, deckOf, deckParam, problemText } from '../../view/deckState.ts';
import { MapSide } from './MapSide.tsx';
import { ScatterSide } from './ScatterSide.tsx';
import { PresentMap, type PresentMapView } from './PresentMap.tsx';
import { SlideCredits } from './SlideCredits.tsx';

/** Screen width over 1920 px: 1 on a projector, 2 on a 4K screen at 100 % zoom. */
const screenScale = () => Math.min(3, Math.max(1, window.innerWidth / 1920));

/** The view a slide shows, in the presenter's language. */
function slideState(slide: Slide, k: UrlKnowledge, lang: ViewState['sprache']): ViewState {
  return { ...parseUrl(slide.ansicht, k).state, sprache: lang };
}

/**
 * The presentation (ansicht=praesentation): one slide of the deck at a time on the whole screen,
 * driven by a clicker or the keyboard (domain/deck/keys.ts), with blanking, a spotlight, a slide
 * counter and the Datenstand and sources on every slide. The deck and the slide are in the URL.
 */
export function Presentation(props: { model: Model; k: UrlKnowledge; state: ViewState; update: Update }) {
  const { model, k, state, update } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const dk = useMemo(() => deckKnowledge(model), [model]);
  const { deck, problems } = useMemo(() => deckOf(state, dk), [state, dk]);
  const n = clampSlide(deck, state.folie);
  const slide = deck.folien[n - 1]!;
  const view = useMemo(() => slideState(slide, k, lang), [slide, k, lang]);
  const kind = slideView(slide.ansicht) ?? 'karte';
  // A scatter slide shows the demand × supply map of its pair beside the plot.
  const mapKind = kind === 'karte' || kind === 'streuung';
  const [blank, setBlank] = useState(false);
  const [spotlightOn, setSpotlightOn] = useState(true);
  const [digits, setDigits] = useState('');
  const [editing, setEditing] = useState(false);
  const [drawn, setDrawn] = useState<string | null>(null);
  const [mapFailed, setMapFailed] = useState<string | null>(null);
  const [scale] = useState(screenScale);
  const theme = useMemo(() => bigScreenTheme(NORMAL_THEME, scale), [scale]);
  const spotlight = spotlightOn ? slide.spotlight : [];
  const token = `${n}|${slide.ansicht}|${spotlight.join(',')}`;

  // The map slide's data: choropleth, colours, labels with values, spotlight and camera.
  const ch = useMemo(() => (mapKind ? choropleth(model, view) : null), [mapKind, model, view]);
  const points = useMemo(() => labelPoints(model), [model]);
  const own = useMemo(() => ownAreas(model), [model]);
  const mapView = useMemo<PresentMapView | null>(() => {
    if (!ch) return null;
    const shapes = (keys: readonly string[]) =>
      (model.boundaries[view.ebene]?.features ?? [])
        .filter((f) => keys.includes(f.properties.schluessel))
        .map((f) => f.geometry);
    // A slide about an area frames the slide's areas: the chosen one and those in the spotlight
    // (the slide's own list, so switching the spotlight off does not move the camera), centred in
    // the map panel with a margin of a quarter of their extent — not the chosen area alone with
    // half the panel outside the territory.
    const focus = view.gebiet ? shapes([...new Set([view.gebiet, ...slide.spotlight])]) : [];
    let bounds = model.manifest.ausschnitt;
    if (focus.length) {
      const [w, s, e, nn] = bbox(focus);
      const dx = Math.max((e - w) / 4, 0.008);
      const dy = Math.max((nn - s) / 4, 0.005);
      bounds = [w - dx, s - dy, e + dx, nn + dy];
    }
    return {
      level: view.ebene,
      colours: fillColours(ch, NORMAL_THEME.noData),
      labels: {
        type: 'FeatureCollection',
        features: points[view.ebene].features.map((f) => {
          const key = model.areaKey(String(f.properties?.schluessel));
          return {
            ...f,
            properties: {
              ...f.properties,
              wert: cellText(key && ch.cells.get(key), ch.indicator, lang, t),
              prio: key && spotlight.includes(key) ? 0 : 1,
            },
          };
        }),
      },
      spotlight: spotlight.length ? new Set<string>(spotlight) : null,
      selected: view.gebiet,
      bounds,
      token,
    };
    // The token names everything the view depends on besides the choropleth.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ch, token, points, lang]);

  const go = useCallback(
    (to: number) => {
      const next = clampSlide(deck, to);
      if (next === n) return;
      setDigits('');
      update({ folie: next }, 'replace');
    },
    [deck, n, update],
  );
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    // Leaving shows the slide's own view, deck kept, so a question can be followed up live.
    update({ ...view, sprache: state.sprache, deck: state.deck, folie: n }, 'push');
  }, [update, view, state.sprache, state.deck, n]);

  // Clicker and keyboard, anywhere on the page except in the editor's fields. Bound as a layout
  // effect: the next key (a clicker's "6" then "Enter") must already see the digits of this one,
  // and a passive effect may run only after the next frame.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target instanceof Element ? e.target : null;
      if (el?.closest('input, textarea, select, [contenteditable], .deck-editor')) return;
      if (el?.closest('button, a') && (e.key === 'Enter' || e.key === ' ')) return;
      const r = deckKey(e.key, digits, blank);
      if (r.action.kind === 'none') return;
      e.preventDefault();
      performance.mark('qx-taste');
      setDigits(r.digits);
      const a = r.action;
      if (a.kind === 'blank') setBlank((b) => !b);
      else if (a.kind === 'spotlight') setSpotlightOn((s) => !s);
      else if (a.kind === 'leave') leave();
      else if (a.kind !== 'digits') go(targetSlide(a, n, deck.folien.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [digits, blank, n, deck, go, leave]);

  // Title and announcement follow the slide.
  useEffect(() => {
    document.title = `${t('present.counter', { n, of: deck.folien.length })}: ${slide.titel} – ${t('present.title', { deck: deck.titel })}`;
    announce(t('present.announce', { n, of: deck.folien.length, title: slide.titel }));
  }, [n, deck, slide.titel, t, announce]);

  // "Fully drawn": a map slide once the map is idle after its camera move, others after a frame.
  useEffect(() => {
    if (mapKind && !mapFailed) return;
    const id = requestAnimationFrame(() => setDrawn(token));
    return () => cancelAnimationFrame(id);
  }, [mapKind, token, mapFailed]);
  // The mark goes with the render that sets data-bereit (a layout effect runs in that commit; a
  // passive one may run a frame later, after a test or the bench has already seen the attribute).
  useLayoutEffect(() => {
    if (drawn === token) performance.mark('qx-folie-fertig');
  }, [drawn, token]);

  const setDeck = (next: Deck, at = n) =>
    update({ deck: deckParam(next, state.sprache, dk), folie: clampSlide(next, at) }, 'replace');

  return (
    <section
      className={`presentation${editing ? ' editing' : ''}`}
      data-testid="praesentation"
      data-folie={n}
      data-bereit={drawn === token ? n : undefined}
      aria-roledescription={t('nav.praesentation')}
      aria-labelledby="slide-title"
      style={{ '--present-outline': theme.areaCasing ?? '#000' } as CSSProperties}
    >
      <header className="slide-head">
        <div>
          <h2 id="slide-title" tabIndex={-1}>
            {slide.titel}
          </h2>
          {slide.notiz && <p className="slide-note">{slide.notiz}</p>}
          {problems.length > 0 && (
            <div role="alert" className="alert slide-problem">
              <p>{t('present.problems')}</p>
              <ul>
                {problems.slice(0, 5).map((p) => (
                  <li key={`${p.field}${p.code}`}>{problemText(p, t)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <p className="slide-counter" data-testid="folienzaehler">
          {digits ? t('present.jump', { n: digits }) : t('present.counter', { n, of: deck.folien.length })}
        </p>
      </header>
      <div className={`slide-body slide-${kind}`}>
        <div className="slide-map" aria-hidden={!mapKind ? true : undefined}>
          <PresentMap
            view={mapView}
            theme={theme}
            ownAreas={own}
            label={ch ? indicatorWithYear(ch.indicator, ch.year, lang, t) : ''}
            onDrawn={setDrawn}
            onFailed={setMapFailed}
          />
          {mapFailed && <p className="map-error">{mapFailed}</p>}
        </div>
        {ch && kind === 'streuung' && ch.bivariate ? (
          <ScatterSide model={model} ch={ch} view={view} />
        ) : (
          ch && <MapSide model={model} ch={ch} spotlight={spotlight} />
        )}
        {kind === 'vergleich' && <CompareSlide model={model} view={view} part={slide.teil} scale={scale} />}
        {kind === 'profil' && <ProfileSlide model={model} view={view} scale={scale} />}
      </div>
      <footer className="slide-foot">
        {ch && (
          <SlideCredits
            model={model}
            cells={[
              ...ch.cells.values(),
              ch.city,
              ...(ch.bivariate ? [...ch.bivariate.yCells.values(), ch.bivariate.yCity] : []),
            ]}
            year={ch.year}
          />
        )}
        <nav className="slide-controls" aria-label={t('present.help')}>
          <button type="button" onClick={() => go(n - 1)} disabled={n === 1}>
            ← <span className="visually-hidden">{t('present.previous')}</span>
          </button>
          <button type="button" onClick={() => go(n + 1)} disabled={n === deck.folien.length}>
            → <span className="visually-hidden">{t('present.next')}</span>
          </button>
          <button
            type="button"
            aria-pressed={spotlightOn}
            disabled={slide.spotlight.length === 0 || !mapKind}
            onClick={() => setSpotlightOn((s) => !s)}
          >
            {slide.spotlight.length === 0 ? t('present.spotlightNone') : t('present.spotlightOn')}
          </button>
          <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {t('present.edit')}
          </button>
          <button
            type="button"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t('present.fullscreen')}
          </button>
          <button type="button" onClick={leave}>
            {t('present.leave')}
          </button>
        </nav>
      </footer>
      {editing && (
        <DeckEditor
          model={model}
          k={k}
          deck={deck}
          current={n}
          onChange={setDeck}
          onShow={go}
          onClose={() => setEditing(false)}
        />
      )}
      {blank && (
        <div className="slide-blank" data-testid="schwarz" role="status">
          <span className="visually-hidden">{t('present.blank')}</span>
        </div>
      )}
    </section>
  );
}
