import type { StyleSpecification } from 'maplibre-gl';

/**
 * A stand-in for MapLibre in jsdom (which has no WebGL): it records what the app asks of the map,
 * so component tests can check that a switch is feature state only and never re-sends geometry.
 */
export interface Call {
  method: string;
  args: unknown[];
}
export const calls: Call[] = [];
export const resetCalls = () => calls.splice(0, calls.length);

export class FakeMap {
  style: StyleSpecification;
  canvas = document.createElement('canvas');
  handlers = new Map<string, ((e: unknown) => void)[]>();
  constructor(opts: { style: StyleSpecification; container: HTMLElement }) {
    this.style = opts.style;
    opts.container.appendChild(this.canvas);
    calls.push({ method: 'constructor', args: [] });
  }
  getCanvas() {
    return this.canvas;
  }
  on(type: string, layerOrFn: unknown, fn?: (e: unknown) => void) {
    const key = typeof layerOrFn === 'string' ? `${type}:${layerOrFn}` : type;
    const list = this.handlers.get(key) ?? [];
    list.push((fn ?? layerOrFn) as (e: unknown) => void);
    this.handlers.set(key, list);
    return this;
  }
  off(type: string, layerOrFn: unknown, fn?: (e: unknown) => void) {
    const key = typeof layerOrFn === 'string' ? `${type}:${layerOrFn}` : type;
    const target = fn ?? layerOrFn;
    this.handlers.set(
      key,
      (this.handlers.get(key) ?? []).filter((f) => f !== target),
    );
    return this;
  }
  isStyleLoaded() {
    return false;
  }
  isSourceLoaded() {
    return true;
  }
  /** A repaint ends in `idle`, as MapLibre's does once it has drawn. */
  triggerRepaint() {
    setTimeout(() => [...(this.handlers.get('idle') ?? [])].forEach((f) => f({})), 0);
  }
  isMoving() {
    return false;
  }
  resize() {}
  fitBounds(...args: unknown[]) {
    calls.push({ method: 'fitBounds', args });
  }
  once(type: string, fn: () => void) {
    if (type === 'load' || type === 'style.load') setTimeout(fn, 0);
    return this;
  }
  /** Simulate a pointer event on a layer, as MapLibre would deliver it (an area key, or a feature's properties). */
  fire(type: string, layer: string, schluessel: string | Record<string, unknown>) {
    const properties = typeof schluessel === 'string' ? { schluessel } : schluessel;
    for (const f of this.handlers.get(`${type}:${layer}`) ?? []) f({ features: [{ properties }] });
  }
  getStyle() {
    return this.style;
  }
  getLayer(id: string) {
    return this.style.layers.find((l) => l.id === id);
  }
  setLayoutProperty(...args: unknown[]) {
    calls.push({ method: 'setLayoutProperty', args });
  }
  setPaintProperty(...args: unknown[]) {
    calls.push({ method: 'setPaintProperty', args });
  }
  setFeatureState(...args: unknown[]) {
    calls.push({ method: 'setFeatureState', args });
  }
  setGlobalStateProperty(...args: unknown[]) {
    calls.push({ method: 'setGlobalStateProperty', args });
  }
  getSource(id: string) {
    return {
      setData: (...args: unknown[]) => calls.push({ method: 'setData', args: [id, ...args] }),
    };
  }
  zoomIn() {}
  zoomOut() {}
  remove() {}
}

export const fakeMapLibre = { Map: FakeMap, setWorkerUrl: () => undefined };
