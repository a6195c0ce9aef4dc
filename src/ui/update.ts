/**
 * The service worker (vite-plugin-pwa, Workbox) in the built app: registered after the first
 * view, it precaches the app and its data so every view opens offline after one visit. When a new
 * deployment is found it waits; the app shows "Neue Version" with a reload button (UpdateNotice),
 * so numbers never change under a running view or presentation.
 */
type Listener = (ready: boolean) => void;
const listeners = new Set<Listener>();
let waiting = false;
let apply: (() => Promise<void>) | undefined;

export function onUpdateReady(f: Listener): () => void {
  listeners.add(f);
  f(waiting);
  return () => listeners.delete(f);
}

/** Activate the waiting service worker and reload (the user chose it). */
export const reloadForUpdate = (): Promise<void> => (apply ? apply() : Promise.resolve(location.reload()));

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  apply = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const f of listeners) f(true);
    },
  });
}

/**
 * Register once the first map is complete (or after 3 s, or at once on a view without a map), so
 * the precache downloads do not compete with the first view.
 */
export function registerServiceWorkerLater(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    void registerServiceWorker();
  };
  setTimeout(go, 3000);
  if (typeof PerformanceObserver !== 'undefined')
    new PerformanceObserver((list, obs) => {
      if (list.getEntriesByName('qx-karte-fertig').length) {
        obs.disconnect();
        go();
      }
    }).observe({ type: 'mark', buffered: true });
}
