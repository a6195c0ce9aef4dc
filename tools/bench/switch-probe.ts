/**
 * Runs inside the bench page (passed to `page.evaluate`, so it must be self-contained): times
 * recolouring switches on `window.__qxMap`, each from a settled map, because a user switches from a
 * map that has finished drawing. Software rendering (SwiftShader) draws each frame on the CPU after
 * MapLibre has issued it; back-to-back switches would measure that backlog, not the switch.
 *
 * - `bereit`: change → MapLibre's `idle` after a frame that shows the new colours ("repaint done").
 * - `sichtbar`: change → the next animation frame after that, which Chromium starts only once the
 *   frame has been drawn and presented.
 *
 * Modes: `ui` (the indicator select), `url` (history + popstate), `untergrenze` (plain MapLibre on
 * the floor page, feature state per area), `skalierung` (the scale page's `__switch`),
 * `veraenderung` (the change map's base-year select: level ↔ change and one base year to another).
 */
export type SwitchMode = 'ui' | 'url' | 'untergrenze' | 'skalierung' | 'veraenderung';

export async function switchProbe(args: {
  mode: SwitchMode;
  runs: number;
  source: string;
  /** The tiles' layer, for a source of vector tiles. */
  sourceLayer?: string;
}) {
  type FeatureState = Record<string, unknown>;
  type M = {
    on(e: string, f: () => void): void;
    off(e: string, f: () => void): void;
    once(e: string, f: () => void): void;
    querySourceFeatures(s: string, o?: { sourceLayer?: string }): { id?: string | number }[];
    getFeatureState(f: { source: string; sourceLayer?: string; id: string | number }): FeatureState;
    setPaintProperty(layer: string, prop: string, value: unknown): void;
    setFeatureState(f: { source: string; id: string | number }, s: FeatureState): void;
  };
  const w = window as unknown as { __qxMap: M; __switch?: (i: number) => Promise<number> };
  const map = w.__qxMap;
  const frame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
  // Settled: three animation frames in a row at the display's pace (no frame still being drawn).
  const settle = async () => {
    let last = await frame();
    for (let calm = 0; calm < 3;) {
      const t = await frame();
      calm = t - last < 20 ? calm + 1 : 0;
      last = t;
    }
  };
  const layer = args.sourceLayer ? { sourceLayer: args.sourceLayer } : {};
  const keys = [...new Set(map.querySourceFeatures(args.source, layer).map((f) => f.id!))];
  const snapshot = () =>
    keys.map((id) => String(map.getFeatureState({ source: args.source, ...layer, id }).farbe)).join();
  // Consecutive indicators that colour the Ortsteile differently (two age indicators in a row can
  // classify all 24 alike, and then there is nothing to repaint).
  const indicators = [
    'anteil_80_plus',
    'anteil_auslaender',
    'durchschnittsalter',
    'einwohner_je_km2',
    'altenquotient',
    'anteil_unter_18',
  ];
  const change = (i: number) => {
    const id = indicators[i % indicators.length]!;
    if (args.mode === 'ui') {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="indikator"]')!;
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (args.mode === 'url') {
      const q = new URLSearchParams(location.search);
      q.set('indikator', id);
      history.pushState(null, '', `?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    } else if (args.mode === 'veraenderung') {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="veraenderung-seit"]')!;
      select.value = ['2014', '', '2019', '2016', '', '2021'][(i - 1) % 6]!;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (args.mode === 'untergrenze') {
      const palette = ['#edf8b1', '#7fcdbb', '#41b6c4', '#225ea8'];
      keys.forEach((id, k) =>
        map.setFeatureState({ source: args.source, id }, { farbe: palette[(k + i) % 4] }),
      );
    } else void w.__switch!(i % 3);
  };
  // The floor recolours the way the app does, by feature state (a new data-driven paint expression
  // would make MapLibre re-tile the source: ~110 ms, measured).
  if (args.mode === 'untergrenze')
    map.setPaintProperty('f', 'fill-color', ['coalesce', ['feature-state', 'farbe'], '#e9eef2']);
  const bereit: number[] = [];
  const sichtbar: number[] = [];
  for (let i = 1; i <= args.runs; i++) {
    await settle();
    const before = snapshot();
    const done = new Promise<number>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`Wechsel ${i} (${args.mode}) ohne neue Farben`)), 10_000);
      const onRender = () => {
        if (snapshot() === before) return;
        map.off('render', onRender);
        map.once('idle', () => {
          clearTimeout(timer);
          ok(performance.now());
        });
      };
      map.on('render', onRender);
    });
    const t0 = performance.now();
    change(i);
    const t1 = await done;
    const t2 = await frame();
    bereit.push(t1 - t0);
    sichtbar.push(t2 - t0);
  }
  return { bereit, sichtbar };
}
