import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { NO_CONFIG, type MapConfig } from './data/config.ts';
import { LANGUAGES, type Language } from './domain/format.ts';
import { loadConfig as defaultLoadConfig, loadPackageTexts } from './data/load.ts';
import { buildModel, coverageSummary, type Model } from './data/model.ts';
import type { PackageTexts } from './data/package.ts';
import type { Validated } from './data/validate.ts';
import { validateAsync } from './data/validateAsync.ts';
import { coverageAsync } from './data/coverageAsync.ts';
import { Explorer } from './features/explorer/Explorer.tsx';
import { Notices } from './features/explorer/Notices.tsx';
import { EmbedBar } from './features/shell/EmbedBar.tsx';
import { Header } from './features/shell/Header.tsx';
import { GermanOnly, TranslationNote } from './features/shell/Translated.tsx';
import { I18nProvider, useI18n } from './i18n/context.tsx';
import {
  loadA11yMessages,
  loadEmbedMessages,
  loadMeetingMessages,
  loadMessages,
  loadPresentMessages,
  loadReportMessages,
  loadViewMessages,
  loadWorkshopMessages,
  translator,
} from './i18n/translate.ts';
import { useUrlState } from './state/useUrlState.ts';
import { AnnouncerProvider } from './ui/announce.tsx';
import { UpdateNotice } from './ui/UpdateNotice.tsx';
import { ViewBoundary } from './ui/ViewBoundary.tsx';
import { urlKnowledge } from './view/urlKnowledge.ts';
import { boundaryNote } from './view/boundaryNote.ts';
import { territoryTexts } from './view/territory.ts';

// Views other than the map are loaded on demand, each with its German texts. main.tsx starts the
// first view's download together with the data package (preloadView), not after it is validated.
const LOADERS = {
  vergleich: () =>
    Promise.all([import('./features/compare/Compare.tsx'), loadViewMessages()]).then(([m]) => ({
      default: m.Compare,
    })),
  profil: () =>
    Promise.all([import('./features/profile/Profile.tsx'), loadViewMessages()]).then(([m]) => ({
      default: m.Profile,
    })),
  praesentation: () =>
    Promise.all([
      import('./features/present/Presentation.tsx'),
      loadPresentMessages(),
      loadViewMessages(),
    ]).then(([m]) => ({ default: m.Presentation })),
  sitzung: () =>
    Promise.all([
      import('./features/meeting/Meeting.tsx'),
      loadMeetingMessages(),
      loadPresentMessages(),
      loadViewMessages(),
    ]).then(([m]) => ({ default: m.Meeting })),
  daten: () =>
    Promise.all([import('./features/workshop/Workshop.tsx'), loadWorkshopMessages()]).then(([m]) => ({
      default: m.Workshop,
    })),
  barrierefreiheit: () =>
    Promise.all([import('./features/accessibility/Statement.tsx'), loadA11yMessages()]).then(([m]) => ({
      default: m.Statement,
    })),
  einbetten: () =>
    Promise.all([import('./features/embed/EmbedBuilder.tsx'), loadEmbedMessages()]).then(([m]) => ({
      default: m.EmbedBuilder,
    })),
  indikator: () =>
    Promise.all([
      import('./features/indicator/IndicatorSheet.tsx'),
      loadViewMessages(),
      loadReportMessages(),
    ]).then(([m]) => ({ default: m.IndicatorSheet })),
};

/** Starts loading a lazy view's code and texts (an unknown or the map view: nothing to load). */
export function preloadView(view: string): void {
  if (Object.hasOwn(LOADERS, view)) void LOADERS[view as keyof typeof LOADERS]().catch(() => undefined);
}

const Compare = lazy(LOADERS.vergleich);
const Profile = lazy(LOADERS.profil);
const Presentation = lazy(LOADERS.praesentation);
const Meeting = lazy(LOADERS.sitzung);
const Workshop = lazy(LOADERS.daten);
const Statement = lazy(LOADERS.barrierefreiheit);
const EmbedBuilder = lazy(LOADERS.einbetten);
const IndicatorSheet = lazy(LOADERS.indikator);
const About = lazy(() => import('./features/about/About.tsx').then((m) => ({ default: m.About })));

function Ready({
  model,
  config,
  messages,
  own,
}: {
  model: Model;
  config: MapConfig;
  messages: string[];
  own: Validated['own'];
}) {
  const [k] = useState(() => urlKnowledge(model));
  const { state, notices, update } = useUrlState(k);
  const toMap = () => update({ ansicht: 'karte' });
  const territory = useMemo(() => territoryTexts(model, state.sprache), [model, state.sprache]);
  const approximate =
    boundaryNote(model.boundaries.ebene1, translator(state.sprache, territory))?.title ?? null;
  const sample = [...model.sources.values()].some((s) => s.status === 'beispiel');
  if (state.einbettung)
    // On another site's page: the view alone, its status and sources, and the way to the full app.
    return (
      <I18nProvider lang={state.sprache} territory={territory}>
        <AnnouncerProvider>
          <main id="inhalt" tabIndex={-1} className="embedded">
            <DataProblems messages={messages} />
            <TranslationNote state={state} />
            <GermanOnly lang={state.sprache} view={state.ansicht} model={model}>
              <ViewBoundary resetKey={state.ansicht === 'streuung' ? 'karte' : state.ansicht} onToMap={toMap}>
                {state.ansicht === 'karte' || state.ansicht === 'streuung' ? (
                  <Explorer model={model} config={config} state={state} update={update} />
                ) : state.ansicht === 'vergleich' ? (
                  <Suspense fallback={null}>
                    <Compare model={model} state={state} update={update} />
                  </Suspense>
                ) : (
                  <Suspense fallback={null}>
                    <Profile model={model} state={state} update={update} />
                  </Suspense>
                )}
              </ViewBoundary>
            </GermanOnly>
            <EmbedBar model={model} state={state} approximate={approximate} />
          </main>
        </AnnouncerProvider>
      </I18nProvider>
    );
  if (state.ansicht === 'sitzung' && state.bereich === 'tafel')
    // The Lean Coffee board fills the screen for the room; its own bar leads back to the meeting.
    return (
      <I18nProvider lang={state.sprache} territory={territory}>
        <AnnouncerProvider>
          <main id="inhalt" tabIndex={-1} className="board-screen">
            <Notices boundaries={null} sample={false} own={own !== null} url={notices} />
            <GermanOnly lang={state.sprache} view={state.ansicht} model={model}>
              <ViewBoundary resetKey={state.ansicht} onToMap={toMap}>
                <Suspense fallback={null}>
                  <Meeting model={model} k={k} state={state} update={update} />
                </Suspense>
              </ViewBoundary>
            </GermanOnly>
          </main>
        </AnnouncerProvider>
      </I18nProvider>
    );
  if (state.ansicht === 'praesentation')
    // Full screen: the presentation brings its own controls, sources and status on every slide.
    return (
      <I18nProvider lang={state.sprache} territory={territory}>
        <AnnouncerProvider>
          <main id="inhalt" tabIndex={-1} className="presenting">
            <Notices boundaries={null} sample={false} own={own !== null} url={notices} />
            <GermanOnly lang={state.sprache} view={state.ansicht} model={model}>
              <ViewBoundary resetKey={state.ansicht} onToMap={toMap}>
                <Suspense fallback={null}>
                  <Presentation model={model} k={k} state={state} update={update} />
                </Suspense>
              </ViewBoundary>
            </GermanOnly>
          </main>
        </AnnouncerProvider>
      </I18nProvider>
    );
  return (
    <I18nProvider lang={state.sprache} territory={territory}>
      <AnnouncerProvider>
        <Header state={state} update={update} model={model} />
        <main id="inhalt" tabIndex={-1}>
          <Notices boundaries={approximate} sample={sample} own={own !== null} url={notices} />
          {/* Not in the presentation: a new version is offered once the Beirat has left it. */}
          <UpdateNotice />
          <DataProblems messages={messages} />
          <TranslationNote state={state} />
          <GermanOnly lang={state.sprache} view={state.ansicht} model={model}>
            <ViewBoundary
              resetKey={state.ansicht === 'streuung' ? 'karte' : state.ansicht}
              {...(state.ansicht === 'karte' ? {} : { onToMap: toMap })}
            >
              {state.ansicht === 'karte' || state.ansicht === 'streuung' ? (
                <Explorer model={model} config={config} state={state} update={update} />
              ) : state.ansicht === 'daten' ? (
                <Suspense fallback={null}>
                  <Workshop model={model} own={own} />
                </Suspense>
              ) : state.ansicht === 'einbetten' ? (
                <Suspense fallback={null}>
                  <EmbedBuilder model={model} state={state} />
                </Suspense>
              ) : state.ansicht === 'barrierefreiheit' ? (
                <Suspense fallback={null}>
                  <Statement
                    state={state}
                    update={update}
                    feedback={config.feedback}
                    configProblem={config.problem}
                  />
                </Suspense>
              ) : state.ansicht === 'sitzung' ? (
                <Suspense fallback={null}>
                  <Meeting model={model} k={k} state={state} update={update} />
                </Suspense>
              ) : state.ansicht === 'vergleich' ? (
                <Suspense fallback={null}>
                  <Compare model={model} state={state} update={update} />
                </Suspense>
              ) : state.ansicht === 'indikator' ? (
                <Suspense fallback={null}>
                  <IndicatorSheet model={model} state={state} update={update} />
                </Suspense>
              ) : (
                <Suspense fallback={null}>
                  <Profile model={model} state={state} update={update} />
                </Suspense>
              )}
            </ViewBoundary>
          </GermanOnly>
          <ViewBoundary resetKey={state.ansicht}>
            <Suspense fallback={null}>
              <About model={model} state={state} update={update} />
            </Suspense>
          </ViewBoundary>
        </main>
      </AnnouncerProvider>
    </I18nProvider>
  );
}

function DataProblems({ messages }: { messages: string[] }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <section role="alert" className="alert" aria-labelledby="problems">
      <h2 id="problems">{t('app.dataProblems', { count: messages.length })}</h2>
      <ul>
        {messages.slice(0, 50).map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

function Loader(props: { load: () => Promise<PackageTexts>; loadConfig: () => Promise<MapConfig> }) {
  const data = useQuery({
    queryKey: ['datenpaket'],
    queryFn: async () => {
      const texts = await props.load();
      performance.mark('qx-daten-geladen');
      const { pkg, messages, supply, anchors, own } = await validateAsync(texts);
      performance.mark('qx-daten-geprueft');
      const model = buildModel(pkg, { ...supply, anchors });
      performance.mark('qx-modell');
      return { model, messages, pkg, supply, anchors, own };
    },
    staleTime: Infinity,
    retry: false,
  });
  const asked = new URLSearchParams(window.location.search).get('sprache');
  const urlLang: Language = LANGUAGES.find((l) => l === asked) ?? 'de';
  // The language pack is part of loading, so a link with sprache=en never flashes German.
  const languagePack = useQuery({
    queryKey: ['sprache', urlLang],
    queryFn: () => loadMessages(urlLang).then(() => urlLang),
    staleTime: Infinity,
  });
  const config = useQuery({
    queryKey: ['config'],
    queryFn: props.loadConfig,
    staleTime: Infinity,
    retry: false,
  });
  // Walking-distance coverage: computed in a worker once the first map is drawn, then merged in.
  const coverage = useQuery({
    queryKey: ['erreichbarkeit'],
    queryFn: async () => {
      await firstMapDrawn();
      // The stored layer's reader and the positions' schema are not part of the first view.
      const { loadAddressPoints } = await import('./data/loadAddressPoints.ts');
      const { addresses, problem } = await loadAddressPoints(data.data!.pkg);
      return { result: await coverageAsync(data.data!.pkg, addresses), problem };
    },
    enabled: data.data !== undefined,
    staleTime: Infinity,
    retry: false,
  });
  const merged = useMemo(
    () =>
      data.data && coverage.data
        ? buildModel(data.data.pkg, {
            observations: [...data.data.supply.observations, ...coverage.data.result.observations],
            coverage: coverageSummary(coverage.data.result),
            areaOf: data.data.supply.areaOf,
            anchors: data.data.anchors,
          })
        : undefined,
    [data.data, coverage.data],
  );
  // Before the URL is parsed the language is read directly, so loading and errors speak it too.
  const t = translator(urlLang);
  if (data.isError)
    return (
      <main>
        <h1>{t('app.title')}</h1>
        <p role="alert">{t('app.loadFailed', { message: data.error.message })}</p>
      </main>
    );
  if (!data.data || config.isPending || languagePack.isPending)
    return (
      <main>
        <h1>{t('app.title')}</h1>
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  const { own } = data.data;
  const problem = coverage.data?.problem;
  const messages = problem ? [...data.data.messages, problem] : data.data.messages;
  const model = merged ?? data.data.model;
  if (model.catalogue.indikatoren.length === 0 || model.byLevel.ebene1.length === 0)
    return (
      <main>
        <h1>{t('app.title')}</h1>
        <section role="alert">
          <p>{t('app.loadFailed', { message: messages[0] ?? '' })}</p>
          <ul>
            {messages.slice(0, 50).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      </main>
    );
  return <Ready model={model} config={config.data ?? NO_CONFIG} messages={messages} own={own} />;
}

/**
 * Resolves once the first choropleth is drawn (or after 2 s; at once where marks are not observable
 * or the app opens on a view without a map).
 */
function firstMapDrawn(): Promise<void> {
  return new Promise((ok) => {
    // Views that open without a map (comparison, profile) need the figures at once.
    const view = new URLSearchParams(location.search).get('ansicht');
    if (
      typeof PerformanceObserver === 'undefined' ||
      (view !== null && view !== 'karte' && view !== 'streuung') ||
      performance.getEntriesByName('qx-karte-fertig').length
    )
      return ok();
    const timer = setTimeout(done, 2000);
    const obs = new PerformanceObserver((list) => {
      if (list.getEntriesByName('qx-karte-fertig').length) done();
    });
    obs.observe({ type: 'mark' });
    function done() {
      clearTimeout(timer);
      obs.disconnect();
      ok();
    }
  });
}

/** The app: data from the static package (TanStack Query, fetched once), view state from the URL. */
export function App({
  load = loadPackageTexts,
  loadConfig = defaultLoadConfig,
}: {
  load?: () => Promise<PackageTexts>;
  loadConfig?: () => Promise<MapConfig>;
}) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Loader load={load} loadConfig={loadConfig} />
    </QueryClientProvider>
  );
}
