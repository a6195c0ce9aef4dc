import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadView } from './App.tsx';
import { loadPackageTexts } from './data/load.ts';
import { initialSession, preloadMapFont } from './view/mapInput.ts';
import { packageLocation } from './data/location.ts';
import { startMapSession } from './map/session.ts';
import { NORMAL_THEME } from './map/theme.ts';
import './styles/app.css';
import { registerServiceWorkerLater } from './ui/update.ts';
import { FINEST } from './domain/levels.ts';
import { runEffectsAfterRender } from './ui/effectTiming.ts';

runEffectsAfterRender();

// The map view is the first view: start MapLibre now, so its worker loads and tiles the boundaries
// while the data package is fetched and validated. The URL is fully parsed (and checked) later.
const q = new URLSearchParams(window.location.search);
const view = q.get('ansicht') ?? 'karte';
if (view === 'karte' || view === 'streuung') {
  preloadMapFont();
  void packageLocation()
    .then((loc) =>
      // With nothing selected, the hover and selection outlines show nothing: their copy of the
      // boundaries loads after the first complete map (map/style.ts).
      startMapSession({
        ...initialSession(NORMAL_THEME, loc.ebenen[q.get('ebene') ?? ''] ?? FINEST, !q.has('gebiet'), loc),
        bounds: loc.ausschnitt,
      }),
    )
    .catch(() => undefined);
} else {
  // Any other first view (profile, comparison …) loads its code alongside the data package, not
  // after it is validated. Lighthouse (mobile, profile, median of 3): TBT 287 → 102 ms, performance
  // 88 → 92; starting it after the first render instead kept FCP at 1.2 s but TBT at 187 ms.
  preloadView(view);
}

// The data package is requested right away too, not after React's first render.
const texts = loadPackageTexts();
texts.catch(() => undefined);

// Offline after one visit: the service worker is registered once the first view has settled.
registerServiceWorkerLater();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App load={() => texts} />
  </StrictMode>,
);
